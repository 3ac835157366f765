import { Anchor, Card, Divider, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileText, IconGavel, IconMessageReport, IconScale, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, formatDateTime, type Complaint } from '../../../../core/contracts';
import { useCurrentUser } from '../../app/session';
import { complaintPath } from '../complaints/dossier/DuplicatesCard';
import { Fact, LetterPreview } from '../complaints/dossier/shared';
import { AdmissionForm } from './AdmissionForm';
import { AppealFacts, hearingOpen } from './AppealFacts';
import type { OpenAppeal } from './AppealsPage';
import { DecisionForm } from './DecisionForm';
import { RecordHearingForm, ScheduleHearingForm } from './HearingForms';

/** One appeal with everything the director needs to treat it anew (K12): the complaint, the answer, the hearing. */
export function AppealDossier({ open }: { open: OpenAppeal }) {
  const { appeal, complaint, answerDocument, hearingReportDocument } = open;
  const user = useCurrentUser();
  const isDirector = user.roles.includes('director');
  const awaitingAdmission = appeal.late && appeal.admitted === null;
  const decidable = !awaitingAdmission && appeal.admitted !== false && appeal.status !== 'beslist' && appeal.status !== 'niet_ontvankelijk';

  return (
    <Stack gap="lg" aria-label={`Bezwaar bij ${complaint.dossierNumber}`}>
      <ComplaintSummary complaint={complaint} />
      <Card withBorder padding="lg" component="section" aria-label="Brieven">
        <Tabs defaultValue="answer" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="answer" leftSection={<IconFileText size={14} />}>
              Schriftelijk antwoord (T3)
            </Tabs.Tab>
            <Tabs.Tab value="report" leftSection={<IconUsers size={14} />}>
              Gespreksverslag (T5)
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="answer" pt="md">
            {answerDocument ? <LetterPreview documentId={answerDocument.id} title="Voorbeeld van het schriftelijk antwoord" /> : <Text size="sm" c="dimmed">Geen antwoordbrief gevonden.</Text>}
          </Tabs.Panel>
          <Tabs.Panel value="report" pt="md">
            {hearingReportDocument ? (
              <LetterPreview documentId={hearingReportDocument.id} title="Voorbeeld van het gespreksverslag" />
            ) : (
              <Text size="sm" c="dimmed">
                Nog geen gespreksverslag.
              </Text>
            )}
          </Tabs.Panel>
        </Tabs>
      </Card>
      <Card withBorder padding="lg" component="section" aria-label="Bezwaar">
        <Group gap="xs" mb="md">
          <IconScale size={20} />
          <Title order={2} size="h4">
            Bezwaar
          </Title>
        </Group>
        <AppealFacts appeal={appeal} />
        {awaitingAdmission && isDirector && (
          <>
            <Divider my="md" />
            <AdmissionForm appeal={appeal} complaint={complaint} />
          </>
        )}
      </Card>
      {hearingOpen(appeal) && (
        <Card withBorder padding="lg" component="section" aria-label="Gesprek over het bezwaar">
          <Group gap="xs" mb="md">
            <IconUsers size={20} />
            <Title order={2} size="h4">
              Gesprek over het bezwaar
            </Title>
            <Text size="xs" c="dimmed">
              K12
            </Text>
          </Group>
          <Stack gap="lg">
            <ScheduleHearingForm appeal={appeal} key={`s${appeal.version}`} />
            {/* K12: a report is of a conversation that was planned first. */}
            {appeal.hearingKind && (
              <>
                <Divider />
                <RecordHearingForm appeal={appeal} key={`r${appeal.version}`} />
              </>
            )}
          </Stack>
        </Card>
      )}
      {decidable && (
        <Card withBorder padding="lg" component="section" aria-label="Uitspraak" style={isDirector ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined}>
          <Group gap="xs" mb="md">
            <IconGavel size={20} />
            <Title order={2} size="h4">
              Uitspraak
            </Title>
            <Text size="xs" c="dimmed">
              K13 · K7 · K15
            </Text>
          </Group>
          {isDirector ? (
            <DecisionForm appeal={appeal} complaint={complaint} key={appeal.version} />
          ) : (
            <Text size="sm" c="dimmed">
              Alleen de directeur doet uitspraak op een bezwaar (K13). Uiterlijk {formatDate(appeal.decisionDue)}.
            </Text>
          )}
        </Card>
      )}
    </Stack>
  );
}

function ComplaintSummary({ complaint: c }: { complaint: Complaint }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label="Klacht">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <IconMessageReport size={20} />
          <Title order={2} size="h4">
            Klacht{' '}
            <Anchor component={Link} to={complaintPath(c.id)} inherit>
              {c.dossierNumber}
            </Anchor>
          </Title>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Fact label="Klager">
          {c.complainant.name}
          {c.complainant.phone && (
            <Text size="xs" c="dimmed">
              {c.complainant.phone}
            </Text>
          )}
        </Fact>
        <Fact label="Over">{c.concernsLabel}</Fact>
        <Fact label="Ontvangen">{formatDateTime(c.receivedAt)}</Fact>
        <Fact label="Dossierverantwoordelijke">{c.owner?.name ?? '—'}</Fact>
        <Fact label="Antwoord verzonden">{c.answerSentOn ? formatDate(c.answerSentOn) : '—'}</Fact>
        <Fact label="Goedgekeurd door">{c.answerApprovedBy?.name ?? '—'}</Fact>
      </SimpleGrid>
      <Stack gap="sm" mt="md">
        <Fact label="Omschrijving">
          <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span>
        </Fact>
        {c.answerSolution && (
          <Fact label="Voorgestelde oplossing in het antwoord">
            <span style={{ whiteSpace: 'pre-wrap' }}>{c.answerSolution}</span>
          </Fact>
        )}
      </Stack>
    </Card>
  );
}
