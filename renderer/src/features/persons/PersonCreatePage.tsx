import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { personInputSchema } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { Page } from '../../ui/Page';
import { personPath } from '../search/paths';
import { DuplicateWarning, useDuplicateCheck } from './DuplicateWarning';
import { emptyPerson, PersonFields } from './PersonFields';
import { prefillFromSearch } from './prefill';

type Values = z.input<typeof personInputSchema>;

/** "Nieuwe persoon": from the list, or from the search box with what was searched for filled in. */
export function PersonCreatePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useForm<Values, unknown, z.output<typeof personInputSchema>>({
    resolver: zodResolver(personInputSchema),
    defaultValues: { ...emptyPerson(), ...prefillFromSearch(params.get('zoek') ?? '') },
  });
  const candidates = useDuplicateCheck(form);
  const create = useProcedureMutation('persons.create', {
    onSuccess: (person) => {
      notifications.show({ color: 'green', message: `${person.displayName} is toegevoegd.` });
      navigate(personPath(person.id));
    },
    onError: (error) => showServerError(error, form),
  });

  return (
    <Page title="Nieuwe persoon" back={{ to: PATHS.persons, label: 'Terug naar personen' }}>
      <Card withBorder padding="lg" maw={900}>
        <FormShell onSubmit={form.handleSubmit((values) => create.mutate(values))} aria-label="Nieuwe persoon">
          <Stack gap="md">
            <FormAlert form={form} />
            <PersonFields form={form} autoFocus />
            <DuplicateWarning candidates={candidates} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate(PATHS.persons)}>
                Annuleren
              </Button>
              <Button type="submit" loading={create.isPending}>
                {candidates.length > 0 ? 'Toch toevoegen' : 'Persoon toevoegen'}
              </Button>
            </Group>
          </Stack>
        </FormShell>
      </Card>
    </Page>
  );
}
