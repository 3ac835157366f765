import { Card, Grid, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { amsterdamDay, formatDate, type ProcedureOutput } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { NoAccessPage } from '../../app/access';
import { useCurrentUser } from '../../app/session';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { AppealStatusBadge, LateBadge } from './AppealFacts';
import { AppealDossier } from './AppealDossier';

export type OpenAppeal = ProcedureOutput<'appeals.open'>[number];

/** K11-K13: the director's desk: every open appeal, and for the one chosen the whole dossier and the decision. */
export function AppealsPage() {
  const user = useCurrentUser();
  const mayView = user.roles.some((r) => r === 'director' || r === 'manager' || r === 'admin');
  if (!mayView) return <NoAccessPage role="director" />;
  return <Appeals />;
}

function Appeals() {
  const open = useProcedure('appeals.open', {});
  const [params, setParams] = useSearchParams();
  const chosenId = params.get('klacht');
  const list = open.data ?? [];
  const chosen = list.find((a) => a.complaint.id === chosenId) ?? list[0];

  return (
    <Page title="Bezwaren" description="Openstaande bezwaren bij de directeur (K11–K13). De directeur doet uitspraak; managers en beheerders kunnen meekijken.">
      {open.isPending && <Loader />}
      {open.isError && <ErrorAlert message={open.error.message} />}
      {open.data && list.length === 0 && (
        <Text c="dimmed" data-testid="no-open-appeals">
          Er zijn geen openstaande bezwaren.
        </Text>
      )}
      {chosen && (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <AppealList appeals={list} chosenId={chosen.complaint.id} onChoose={(id) => setParams({ klacht: id }, { replace: true })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <AppealDossier key={chosen.appeal.id} open={chosen} />
          </Grid.Col>
        </Grid>
      )}
    </Page>
  );
}

function AppealList({ appeals, chosenId, onChoose }: { appeals: OpenAppeal[]; chosenId: string; onChoose: (complaintId: string) => void }) {
  const today = amsterdamDay(new Date());
  return (
    <Stack gap="xs" component="nav" aria-label="Openstaande bezwaren" style={{ position: 'sticky', top: 76 }}>
      {appeals.map(({ appeal, complaint }) => {
        const chosen = complaint.id === chosenId;
        const overdue = appeal.decisionDue < today;
        return (
          <UnstyledButton key={appeal.id} onClick={() => onChoose(complaint.id)} aria-current={chosen ? 'true' : undefined} aria-label={`Bezwaar ${complaint.dossierNumber}`}>
            <Card withBorder padding="sm" style={chosen ? { borderColor: 'var(--mantine-color-blue-5)', background: 'var(--mantine-color-blue-0)' } : undefined}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600} size="sm">
                  {complaint.dossierNumber}
                </Text>
                <AppealStatusBadge status={appeal.status} />
              </Group>
              <Text size="sm">{complaint.complainant.name}</Text>
              <Text size="xs" c="dimmed">
                over {complaint.concernsLabel}
              </Text>
              <Group gap={6} mt={4}>
                <Text size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : undefined}>
                  Uitspraak uiterlijk {formatDate(appeal.decisionDue)}
                  {overdue ? ' · te laat' : ''}
                </Text>
                {appeal.late && <LateBadge />}
              </Group>
            </Card>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
