import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Checkbox, Divider, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { amsterdamDay, formatMoney, registerMemberInput } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { Page } from '../../ui/Page';
import { DuplicateWarning, useDuplicateCheck } from '../persons/DuplicateWarning';
import { emptyPerson, PersonFields } from '../persons/PersonFields';
import { PersonPicker } from '../persons/PersonPicker';
import { memberPath } from '../search/paths';
import { HouseholdEntries } from './HouseholdEntries';
import { addressOf, toRegisterInput, type AddressOfHousehold, type Mode, type RegisterValues } from './registerForm';

const schemaResolver = zodResolver(registerMemberInput);

/** L1-L3: a new member, with the household, the mandate and the letters in one go. */
export function MemberRegisterPage() {
  const [params] = useSearchParams();
  const existingId = params.get('persoon');
  const existing = useProcedure('persons.get', { id: existingId ?? '' }, { enabled: !!existingId });
  if (existingId && existing.isPending) return null;
  return <MemberRegisterForm key={existing.data?.id ?? 'new'} existing={existing.data ? { id: existing.data.id, name: existing.data.displayName } : null} />;
}

function MemberRegisterForm({ existing }: { existing: { id: string; name: string } | null }) {
  const navigate = useNavigate();
  const [personLabel, setPersonLabel] = useState(existing?.name);
  const memberAddress = useRef<AddressOfHousehold | null>(null);
  const resolver: Resolver<RegisterValues> = async (values, context, options) =>
    // The schema checks what will be sent; its messages land on the same paths in this form.
    (await schemaResolver(toRegisterInput(values, memberAddress.current) as never, context, options as never)) as never;
  const form = useForm<RegisterValues>({
    resolver,
    defaultValues: {
      mode: existing ? 'bestaand' : 'nieuw',
      personId: existing?.id ?? null,
      newPerson: emptyPerson('persoon'),
      startDate: amsterdamDay(new Date()),
      household: [],
      notes: '',
      requestMandateForm: false,
      withMandate: false,
      mandate: { iban: '', bic: '', accountHolder: '', formReceived: false, signatureDate: null },
    },
  });
  const [mode, personId, withMandate, formReceived, startDate] = useWatch({ control: form.control, name: ['mode', 'personId', 'withMandate', 'mandate.formReceived', 'startDate'] });
  const newPerson = useWatch({ control: form.control, name: 'newPerson' });
  const chosen = useProcedure('persons.get', { id: personId ?? '' }, { enabled: mode === 'bestaand' && !!personId });
  memberAddress.current = mode === 'nieuw' ? addressOf(newPerson) : chosen.data ? addressOf(chosen.data) : null;
  const candidates = useDuplicateCheck(form, 'newPerson.');
  const rates = useProcedure('members.getContributionRates', {});
  const year = Number((startDate || amsterdamDay(new Date())).slice(0, 4));
  const rate = rates.data && (rates.data.rates.find((r) => r.year === year)?.amountCents ?? rates.data.defaultCents);

  const register = useProcedureMutation('members.register', {
    onSuccess: ({ member, documents, documentErrors }) => {
      const letters = documents.length ? ` ${documents.map((d) => d.title).join(' en ')} staan klaar bij Documenten.` : '';
      notifications.show({ color: 'green', title: `Lid ${member.membershipNumber}`, message: `${member.person.displayName} is ingeschreven.${letters}` });
      for (const e of documentErrors) notifications.show({ color: 'orange', title: 'Brief niet gemaakt', message: e.message, autoClose: false });
      navigate(memberPath(member.id));
    },
    onError: (error) => showServerError(error, form),
  });

  function switchMode(next: Mode) {
    form.setValue('mode', next);
    form.clearErrors();
  }

  function accountHolderGuess(): string {
    if (mode === 'bestaand') return personLabel ?? '';
    const p = form.getValues('newPerson');
    return [p.initials || p.firstName, p.infix, p.lastName].filter(Boolean).join(' ');
  }

  const errors = form.formState.errors;
  return (
    <Page title="Lid inschrijven" back={{ to: PATHS.members, label: 'Terug naar leden' }}>
      <Card withBorder padding="lg" maw={980}>
        <FormShell onSubmit={form.handleSubmit(() => register.mutate(toRegisterInput(form.getValues(), memberAddress.current)))} aria-label="Lid inschrijven">
          <Stack gap="lg">
            <FormAlert form={form} />
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} size="h5">
                  Het lid
                </Title>
                <SegmentedControl
                  size="xs"
                  value={mode}
                  onChange={(v) => switchMode(v as Mode)}
                  aria-label="Nieuwe of bestaande persoon"
                  data={[
                    { value: 'nieuw', label: 'Nieuwe persoon' },
                    { value: 'bestaand', label: 'Bestaande persoon' },
                  ]}
                />
              </Group>
              {mode === 'nieuw' ? (
                <>
                  <PersonFields form={form} prefix="newPerson." fixedKind="persoon" full={false} autoFocus />
                  <DuplicateWarning
                    candidates={candidates}
                    onUse={(c) => {
                      switchMode('bestaand');
                      form.setValue('personId', c.personId);
                      setPersonLabel(c.displayName);
                    }}
                  />
                </>
              ) : (
                <Controller
                  control={form.control}
                  name="personId"
                  render={({ field }) => (
                    <PersonPicker
                      label="Persoon"
                      placeholder="Zoek op naam, telefoon of postcode"
                      kind="persoon"
                      value={field.value}
                      onChange={(id, p) => {
                        field.onChange(id);
                        setPersonLabel(p?.displayName);
                      }}
                      initialLabel={personLabel}
                      error={errors.personId?.message}
                      ref={field.ref}
                      maw={480}
                    />
                  )}
                />
              )}
              <Group align="flex-start" gap="lg">
                <Controller
                  control={form.control}
                  name="startDate"
                  render={({ field }) => <DateField label="Lid vanaf" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={errors.startDate?.message} w={200} />}
                />
                {rate !== undefined && (
                  <Text size="sm" c="dimmed" mt={30}>
                    Contributie {year}: {formatMoney(rate)} per jaar, voor het hele huishouden
                  </Text>
                )}
              </Group>
            </Stack>
            <Divider />
            <HouseholdEntries form={form} />
            <Divider />
            <Stack gap="sm">
              <Title order={3} size="h5">
                Automatische incasso
              </Title>
              <Checkbox
                label="Machtiging vastleggen (het IBAN is bekend)"
                {...form.register('withMandate', {
                  onChange: (e: { target: { checked: boolean } }) => {
                    if (e.target.checked && !form.getValues('mandate.accountHolder')) form.setValue('mandate.accountHolder', accountHolderGuess());
                  },
                })}
              />
              {withMandate && (
                <Stack gap="sm" pl="lg">
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput label="IBAN" required {...form.register('mandate.iban')} error={errors.mandate?.iban?.message} />
                    <TextInput label="BIC" description="Alleen voor een buitenlandse rekening" {...form.register('mandate.bic')} error={errors.mandate?.bic?.message} />
                    <TextInput label="Rekeninghouder" required {...form.register('mandate.accountHolder')} error={errors.mandate?.accountHolder?.message} />
                  </SimpleGrid>
                  <Group align="flex-start">
                    <Checkbox label="Ondertekend formulier ontvangen" mt={8} {...form.register('mandate.formReceived')} />
                    {formReceived && (
                      <Controller
                        control={form.control}
                        name="mandate.signatureDate"
                        render={({ field }) => <DateField label="Ondertekend op" required value={field.value} onChange={field.onChange} error={errors.mandate?.signatureDate?.message} w={200} />}
                      />
                    )}
                  </Group>
                  {!formReceived && (
                    <Text size="xs" c="dimmed">
                      Zonder ondertekend formulier wordt er nog niet geïncasseerd.
                    </Text>
                  )}
                </Stack>
              )}
              <Checkbox label="Machtigingsformulier meesturen met de ledenbrief" {...form.register('requestMandateForm')} />
            </Stack>
            <Textarea label="Notities" autosize minRows={2} maxRows={6} {...form.register('notes')} />
            <Text size="xs" c="dimmed">
              Na het inschrijven staat de ledenbrief klaar bij de documenten van het lid.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate(PATHS.members)}>
                Annuleren
              </Button>
              <Button type="submit" loading={register.isPending}>
                Lid inschrijven
              </Button>
            </Group>
          </Stack>
        </FormShell>
      </Card>
    </Page>
  );
}
