import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Checkbox, Code, CopyButton, Group, List, Modal, Radio, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconEye, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import {
  amsterdamDay,
  contracts,
  formatDate,
  MEDIATION_CONDITION_LABELS,
  MEDIATION_CONDITIONS,
  MEDIATION_OUTCOME_LABELS,
  MEDIATION_OUTCOMES,
  type Mediation,
} from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { latestLetter, LetterPreview, SendViaSelect, useDossierLetters } from '../complaints/dossier/shared';

const conditionsSchema = contracts['mediation.checkConditions'].input;
const requestSchema = contracts['mediation.requestResponse'].input;
const responseSchema = contracts['mediation.recordResponse'].input;
const outcomeSchema = contracts['mediation.recordOutcome'].input;

/** B3: all six must hold; any that does not is named in the refusal letter (T7). */
export function ConditionsForm({ mediation }: { mediation: Mediation }) {
  const form = useForm<z.input<typeof conditionsSchema>, unknown, z.output<typeof conditionsSchema>>({
    resolver: zodResolver(conditionsSchema),
    defaultValues: {
      id: mediation.id,
      version: mediation.version,
      conditions: Object.fromEntries(MEDIATION_CONDITIONS.map((c) => [c, mediation.conditions?.[c] ?? false])) as Record<(typeof MEDIATION_CONDITIONS)[number], boolean>,
      via: 'voorkeur',
    },
  });
  const conditions = useWatch({ control: form.control, name: 'conditions' });
  const failing = MEDIATION_CONDITIONS.filter((c) => !conditions[c]);
  const check = useProcedureMutation('mediation.checkConditions', {
    onSuccess: ({ mediation: saved }) =>
      notifications.show(
        saved.status === 'geweigerd'
          ? { color: 'orange', message: 'Bemiddeling is niet mogelijk; de weigeringsbrief (T7) staat bij Documenten.' }
          : { color: 'green', message: 'Alle voorwaarden zijn vervuld: bemiddeling is mogelijk.' },
      ),
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => check.mutate(v))} aria-label="Voorwaarden voor bemiddeling">
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          Voorwaarden voor bemiddeling (B3): alle zes moeten gelden.
        </Text>
        <FormAlert form={form} />
        <Stack gap={6}>
          {MEDIATION_CONDITIONS.map((c) => (
            <Checkbox key={c} label={MEDIATION_CONDITION_LABELS[c]} {...form.register(`conditions.${c}`)} />
          ))}
        </Stack>
        {failing.length > 0 && (
          <Text size="sm" c="orange.8">
            {failing.length === 1 ? 'Eén voorwaarde is' : `${failing.length} voorwaarden zijn`} niet vervuld: bij vastleggen wordt de bemiddeling geweigerd met een brief die de
            reden noemt.
          </Text>
        )}
        <Group align="flex-end" justify="space-between">
          {failing.length > 0 ? <SendViaSelect control={form.control} name="via" label="Weigeringsbrief versturen via" /> : <span />}
          <Button type="submit" loading={check.isPending} color={failing.length > 0 ? 'orange' : undefined}>
            {failing.length > 0 ? 'Vastleggen en weigeren' : 'Voorwaarden vastleggen'}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

/** B3: why mediation was refused, and the letter that said so. */
export function RefusalNotice({ mediation }: { mediation: Mediation }) {
  const letters = useDossierLetters(mediation.complaintId);
  const letter = latestLetter(letters.data, 'mediation-refusal');
  const [open, setOpen] = useState(false);
  return (
    <Alert color="red" variant="light" title="Bemiddeling geweigerd (B3)" role="alert">
      <Text size="sm">Niet vervuld{mediation.conditionsCheckedOn ? ` (getoetst op ${formatDate(mediation.conditionsCheckedOn)})` : ''}:</Text>
      <List size="sm" mt={4} data-testid="failing-conditions">
        {mediation.failingConditions.map((c) => (
          <List.Item key={c}>{MEDIATION_CONDITION_LABELS[c]}</List.Item>
        ))}
      </List>
      {letter && (
        <>
          <Button size="xs" variant="default" mt="sm" leftSection={<IconEye size={14} />} onClick={() => setOpen(true)}>
            Weigeringsbrief bekijken
          </Button>
          <Modal opened={open} onClose={() => setOpen(false)} title={`Voorbeeld: ${letter.title}`} size={880} centered>
            <LetterPreview documentId={letter.id} title={`Voorbeeld van ${letter.title}`} />
          </Modal>
        </>
      )}
    </Alert>
  );
}

/** B2: hear the other side: the complaint goes to the provider, who is asked to respond by a date. */
export function RequestResponseForm({ mediation }: { mediation: Mediation }) {
  const form = useForm<z.input<typeof requestSchema>, unknown, z.output<typeof requestSchema>>({
    resolver: zodResolver(requestSchema),
    defaultValues: { id: mediation.id, version: mediation.version, via: 'voorkeur' },
  });
  const request = useProcedureMutation('mediation.requestResponse', {
    onSuccess: ({ mediation: saved }) => notifications.show({ color: 'green', message: `De reactie is gevraagd, uiterlijk ${saved.responseDue ? formatDate(saved.responseDue) : '—'}.` }),
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => request.mutate(v))} aria-label="Reactie vragen">
      <Stack gap="sm">
        <Text size="sm">
          Alle voorwaarden zijn vervuld. Leg de klacht voor aan {mediation.direction === 'dienstverlener_over_klant' ? 'de klant' : 'de dienstverlener'} (hoor en wederhoor, B2).
        </Text>
        <FormAlert form={form} />
        <EmailSubject subject={mediation.emailSubject} />
        <Group align="flex-end" justify="space-between">
          <SendViaSelect control={form.control} name="via" label="Verzoek (T7) versturen via" />
          <Button type="submit" loading={request.isPending} leftSection={<IconSend size={16} />}>
            Reactie vragen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

/** B4's subject line, to copy into a mail so both sides recognise the case. */
export function EmailSubject({ subject }: { subject: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">Onderwerp voor e-mail:</Text>
      <Code data-testid="mediation-subject">{subject}</Code>
      <CopyButton value={subject}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Gekopieerd' : 'Kopiëren'} withArrow>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Onderwerp kopiëren">
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

export function ResponseFacts({ mediation: m }: { mediation: Mediation }) {
  return (
    <Stack gap="xs">
      {m.responseRequestedOn && (
        <Text size="sm">
          Reactie gevraagd op {formatDate(m.responseRequestedOn)}
          {m.responseDue && (
            <>
              , uiterlijk <b data-testid="response-due">{formatDate(m.responseDue)}</b> (B2)
            </>
          )}
          .
        </Text>
      )}
      {m.status === 'reactie_gevraagd' && <EmailSubject subject={m.emailSubject} />}
      {m.response && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <b>Reactie</b> ontvangen op {m.responseReceivedOn ? formatDate(m.responseReceivedOn) : '—'}: {m.response}
        </Text>
      )}
      {m.outcome && (
        <Text size="sm">
          <b>Uitkomst (B6):</b> {MEDIATION_OUTCOME_LABELS[m.outcome]}
          {m.outcomeNote ? ` — ${m.outcomeNote}` : ''}
          {m.outcomeOn ? ` (${formatDate(m.outcomeOn)})` : ''}
        </Text>
      )}
    </Stack>
  );
}

export function RecordResponseForm({ mediation }: { mediation: Mediation }) {
  const form = useForm<z.input<typeof responseSchema>, unknown, z.output<typeof responseSchema>>({
    resolver: zodResolver(responseSchema),
    defaultValues: { id: mediation.id, version: mediation.version, receivedOn: amsterdamDay(new Date()), response: '' },
  });
  const record = useProcedureMutation('mediation.recordResponse', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De reactie is vastgelegd.' }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => record.mutate(v))} aria-label="Reactie vastleggen">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="receivedOn"
          render={({ field }) => <DateField label="Reactie ontvangen op" required value={field.value ?? null} onChange={field.onChange} error={errors.receivedOn?.message} w={220} />}
        />
        <Textarea label="Reactie" required autosize minRows={3} {...form.register('response')} error={errors.response?.message} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            Reactie vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

/** B6: solved, not solved, or advice given. */
export function OutcomeForm({ mediation }: { mediation: Mediation }) {
  const form = useForm<z.input<typeof outcomeSchema>, unknown, z.output<typeof outcomeSchema>>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: { id: mediation.id, version: mediation.version, outcome: undefined as never, note: '' },
  });
  const record = useProcedureMutation('mediation.recordOutcome', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De uitkomst van de bemiddeling is vastgelegd.' }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => record.mutate(v))} aria-label="Uitkomst bemiddeling">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="outcome"
          render={({ field }) => (
            <Radio.Group label="Uitkomst (B6)" required value={field.value ?? ''} onChange={field.onChange} error={errors.outcome?.message}>
              <Group gap="lg" mt={6}>
                {MEDIATION_OUTCOMES.map((o) => (
                  <Radio key={o} value={o} label={MEDIATION_OUTCOME_LABELS[o]} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea label="Toelichting" autosize minRows={2} {...form.register('note')} error={errors.note?.message} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            Uitkomst vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
