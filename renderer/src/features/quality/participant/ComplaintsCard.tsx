import { Anchor, Table, Text } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { COMPLAINT_STATUS_LABELS, formatDate, type ComplaintStatus, type Participant } from '../../../../../core/contracts';
import { PATHS } from '../../../app/paths';
import { StepCard } from '../../complaints/dossier/shared';
import { ComplaintStatusBadge } from '../../complaints/badges';
import { useEvidenceHighlight } from './highlight';

/** Complaints about the participant's provider (K3); rule 4 looks at them (Q3). */
export function ComplaintsCard({ participant: p }: { participant: Participant }) {
  return (
    <StepCard title="Klachten" rules="K3 · Q3 regel 4" icon={<IconMessageReport size={20} />}>
      {p.complaints.length === 0 ? (
        <Text size="sm" c="dimmed">
          Geen klachten over deze deelnemer.
        </Text>
      ) : (
        <ComplaintsTable participant={p} />
      )}
    </StepCard>
  );
}

function ComplaintsTable({ participant: p }: { participant: Participant }) {
  const { findingId } = useEvidenceHighlight();
  const counted = new Set(p.findings.find((f) => f.id === findingId)?.evidence.complaintIds ?? []);
  return (
    <Table verticalSpacing="xs" aria-label="Klachten over deze deelnemer">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Dossier</Table.Th>
          <Table.Th>Ontvangen</Table.Th>
          <Table.Th>Klager</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.complaints.map((c) => (
          <Table.Tr key={c.id} style={counted.has(c.id) ? { background: 'var(--mantine-color-red-0)', boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}>
            <Table.Td>
              <Anchor component={Link} to={`${PATHS.complaints}/${c.id}`} size="sm" fw={500}>
                {c.dossierNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>{formatDate(c.receivedOn)}</Table.Td>
            <Table.Td>{c.complainant}</Table.Td>
            <Table.Td>{c.status in COMPLAINT_STATUS_LABELS ? <ComplaintStatusBadge status={c.status as ComplaintStatus} /> : c.status}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
