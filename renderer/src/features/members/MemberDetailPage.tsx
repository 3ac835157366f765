import { Anchor, Card, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Member } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { DossierDocuments } from '../documents/DossierDocuments';
import { DossierMail } from '../mail/DossierMail';
import { addresseeOf } from '../persons/format';
import { personPath } from '../search/paths';
import { MemberStatusBadge } from './badges';
import { HouseholdCard } from './HouseholdCard';
import { MandatesCard } from './MandatesCard';
import { MembershipCard } from './MembershipCard';

export function MemberDetailPage() {
  const { id = '' } = useParams();
  const member = useProcedure('members.get', { id });
  const m = member.data;
  return (
    <Page
      title={m ? `${m.person.displayName}` : 'Lid'}
      description={m ? `Lid ${m.membershipNumber}${m.person.addressLine ? ` · ${m.person.addressLine}` : ''}` : undefined}
      back={{ to: PATHS.members, label: 'Terug naar leden' }}
      actions={m && <MemberStatusBadge status={m.status} size="lg" />}
    >
      {member.isPending && <Loader />}
      {member.isError && <ErrorAlert message={member.error.kind === 'invalid_input' ? 'Dit lid bestaat niet (meer).' : member.error.message} />}
      {m && <MemberDossier member={m} />}
    </Page>
  );
}

function MemberDossier({ member }: { member: Member }) {
  // The letter's addressee needs the address in parts; the member gives it as one line.
  const person = useProcedure('persons.get', { id: member.person.id });
  return (
    <>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <MembershipCard key={`${member.id}-${member.version}`} member={member} />
            <HouseholdCard member={member} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder padding="lg" component="section" aria-label="Contact">
            <Title order={2} size="h4" mb="sm">
              Contact
            </Title>
            <Stack gap={2}>
              <Anchor component={Link} to={personPath(member.person.id)} fw={600} size="sm">
                {member.person.displayName}
              </Anchor>
              <Text size="sm">{member.person.addressLine ?? 'Geen adres bekend'}</Text>
              {member.person.phone && <Text size="sm">{member.person.phone}</Text>}
              {member.person.email && <Text size="sm">{member.person.email}</Text>}
              <Text size="xs" c="dimmed" mt={4}>
                Brieven {member.person.preferredChannel === 'email' ? 'bij voorkeur per e-mail' : 'per post'}. Gegevens wijzigen bij de persoon.
              </Text>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <MandatesCard member={member} />
      <DossierDocuments
        dossierKind="member"
        dossierId={member.id}
        defaultAddressee={person.data ? addresseeOf(person.data) : undefined}
        backLabel={`Terug naar lid ${member.membershipNumber}`}
      />
      <DossierMail dossierKind="member" dossierId={member.id} />
      <HistoryPanel tableName="members" rowId={member.id} />
    </>
  );
}
