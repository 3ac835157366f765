import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { NewPersonModal } from '../../persons/NewPersonModal';
import { PersonPicker } from '../../persons/PersonPicker';
import { ComplaintSelect } from './ComplaintSelect';
import { Judgement } from './Judgement';

const schema = contracts['quality.addReview'].input;
type Values = z.input<typeof schema>;
const JUDGEMENTS = [
  ['guaranteeSufficient', 'Garantie'],
  ['serviceSufficient', 'Service'],
  ['craftsmanshipSufficient', 'Vakmanschap'],
] as const;

/** Q2: a customer's review of guarantee, service and craftsmanship; afterwards the participant is assessed (Q3). */
export function ReviewForm({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  const [customerLabel, setCustomerLabel] = useState<string>();
  const [newCustomer, setNewCustomer] = useState(false);
  // Once the overall judgement is chosen by hand, the three judgements no longer set it.
  const overallChosen = useRef(false);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      participantId: p.id,
      reviewedOn: amsterdamDay(new Date()),
      customerId: '',
      guaranteeSufficient: true,
      serviceSufficient: true,
      craftsmanshipSufficient: true,
      sufficient: true,
      complaintId: null,
      jobReference: '',
      notes: '',
    },
  });
  const judgements = useWatch({ control: form.control, name: ['guaranteeSufficient', 'serviceSufficient', 'craftsmanshipSufficient'] });
  const add = useProcedureMutation('quality.addReview', {
    onSuccess: (saved) => {
      const open = saved.findings.filter((f) => f.status === 'open').length;
      notifications.show({ color: 'green', message: `De klantbeoordeling is vastgelegd.${open > p.findings.filter((f) => f.status === 'open').length ? ' Er is een nieuwe bevinding voor het bestuur (Q3).' : ''}` });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  function setJudgement(name: (typeof JUDGEMENTS)[number][0], sufficient: boolean) {
    form.setValue(name, sufficient, { shouldDirty: true });
    if (overallChosen.current) return;
    const all = JUDGEMENTS.map(([n]) => (n === name ? sufficient : form.getValues(n)));
    form.setValue('sufficient', all.every(Boolean));
  }

  const anyInsufficient = judgements.some((j) => j === false);
  return (
    <>
    <FormShell onSubmit={form.handleSubmit((v) => add.mutate(v))} aria-label="Beoordeling toevoegen">
      <Stack gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <FormAlert form={form} />
        <Group align="flex-start" gap="md">
          <Controller
            control={form.control}
            name="reviewedOn"
            render={({ field, fieldState }) => (
              <DateField label="Datum beoordeling" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} clearable={false} />
            )}
          />
          <Controller
            control={form.control}
            name="customerId"
            render={({ field, fieldState }) => (
              <PersonPicker
                label="Klant"
                required
                placeholder="Zoek op naam, telefoon of postcode"
                value={field.value || null}
                onChange={(id, row) => {
                  field.onChange(id ?? '');
                  setCustomerLabel(row?.displayName);
                }}
                initialLabel={customerLabel}
                error={fieldState.error?.message}
                ref={field.ref}
                style={{ flex: 1, minWidth: 260 }}
              />
            )}
          />
          <Button variant="subtle" mt={25} leftSection={<IconUserPlus size={16} />} onClick={() => setNewCustomer(true)}>
            Nieuwe klant
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {JUDGEMENTS.map(([name, label], i) => (
            <Judgement key={name} label={label} value={judgements[i] ?? true} onChange={(v) => setJudgement(name, v)} error={errors[name]?.message} />
          ))}
          <Controller
            control={form.control}
            name="sufficient"
            render={({ field, fieldState }) => (
              <Judgement
                label="Eindoordeel"
                emphasis
                value={field.value}
                onChange={(v) => {
                  overallChosen.current = true;
                  field.onChange(v);
                }}
                error={fieldState.error?.message}
              />
            )}
          />
        </SimpleGrid>
        {anyInsufficient && (
          <Text size="xs" c="dimmed">
            Eén of meer onderdelen zijn onvoldoende: het eindoordeel staat daarom op onvoldoende. Wijzig het als de klant het anders beoordeelt.
          </Text>
        )}
        <Group align="flex-start" gap="md" grow>
          <Controller
            control={form.control}
            name="complaintId"
            render={({ field, fieldState }) => (
              <ComplaintSelect participant={p} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
          <TextInput label="Opdracht (referentie)" {...form.register('jobReference')} error={errors.jobReference?.message} />
        </Group>
        <Textarea label="Notities" autosize minRows={2} {...form.register('notes')} error={errors.notes?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={add.isPending}>
            Beoordeling vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
    {/* Outside the form: a submit in the dialog must not bubble (through the portal) into this one. */}
      {newCustomer && (
        <NewPersonModal
          title="Nieuwe klant"
          onClose={() => setNewCustomer(false)}
          onCreated={(person) => {
            form.setValue('customerId', person.id, { shouldValidate: form.formState.isSubmitted });
            setCustomerLabel(person.displayName);
            setNewCustomer(false);
          }}
        />
      )}
    </>
  );
}
