import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';

/** Who is in the team now; changing that happens on the employee's own page. */
export function TeamMembers({ teamId }: { teamId: string }) {
  const staff = useProcedure('staff.options', {});
  const members = (staff.data ?? []).filter((s) => s.teamId === teamId && s.active).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <Card withBorder padding="lg" component="section" aria-label="Medewerkers in dit team">
      <Title order={2} size="h4" mb="sm">
        Medewerkers in dit team
      </Title>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog niemand. Kies het team bij een medewerker om die hier te plaatsen.
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none">
          {members.map((m) => (
            <List.Item key={m.id}>
              <Anchor component={Link} to={`${PATHS.staff}/${m.id}`} size="sm">
                {m.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
