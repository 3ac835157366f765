import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, type Mandate, type Member } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { formatIban } from './badges';

const addSchema = contracts['members.addMandate'].input;
const ibanSchema = contracts['members.changeMandateIban'].input;
const receivedSchema = contracts['members.markFormReceived'].input;

function DialogForm({ title, onClose, onSubmit, submitLabel, busy, children, color }: { title: string; onClose: () => void; onSubmit: () => unknown; submitLabel: string; busy: boolean; children: ReactNode; color?: string }) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <FormShell onSubmit={onSubmit} aria-label={title}>
        <Stack gap="md">
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button type="submit" loading={busy} color={color}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Modal>
  );
}

/** L3: a mandate from the signed form, or from the phone until the form comes back. */
export function AddMandateDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const form = useForm<z.input<typeof addSchema>, unknown, z.output<typeof addSchema>>({
    resolver: zodResolver(addSchema),
    defaultValues: { memberId: member.id, iban: '', bic: '', accountHolder: member.person.displayName, formReceived: false, signatureDate: null },
  });
  const received = useWatch({ control: form.control, name: 'formReceived' });
  const add = useProcedureMutation('members.addMandate', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'De machtiging is vastgelegd.' });
      onClose();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <DialogForm title="Machtiging vastleggen" onClose={onClose} onSubmit={form.handleSubmit((v) => add.mutate(v))} submitLabel="Machtiging vastleggen" busy={add.isPending}>
      <FormAlert form={form} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="IBAN" required data-autofocus {...form.register('iban')} error={errors.iban?.message} />
        <TextInput label="BIC" description="Alleen voor een buitenlandse rekening" {...form.register('bic')} error={errors.bic?.message} />
      </SimpleGrid>
      <TextInput label="Rekeninghouder" required {...form.register('accountHolder')} error={errors.accountHolder?.message} />
      <Group align="flex-start">
        <Checkbox label="Ondertekend formulier ontvangen" mt={8} {...form.register('formReceived')} />
        {received && (
          <Controller
            control={form.control}
            name="signatureDate"
            render={({ field }) => <DateField label="Ondertekend op" required value={field.value ?? null} onChange={field.onChange} error={errors.signatureDate?.message} w={200} />}
          />
        )}
      </Group>
    </DialogForm>
  );
}

/** L3: another account is an amendment of the same mandate (same reference); the old row stays as history. */
export function ChangeIbanDialog({ mandate, onClose }: { mandate: Mandate; onClose: () => void }) {
  const form = useForm<z.input<typeof ibanSchema>, unknown, z.output<typeof ibanSchema>>({
    resolver: zodResolver(ibanSchema),
    defaultValues: { mandateId: mandate.id, iban: '', bic: '', accountHolder: mandate.accountHolder, signatureDate: null, formReceived: false },
  });
  const received = useWatch({ control: form.control, name: 'formReceived' });
  const change = useProcedureMutation('members.changeMandateIban', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `De machtiging ${mandate.reference} is gewijzigd.` });
      onClose();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <DialogForm title="Ander rekeningnummer" onClose={onClose} onSubmit={form.handleSubmit((v) => change.mutate(v))} submitLabel="Wijziging vastleggen" busy={change.isPending}>
      <FormAlert form={form} />
      <Text size="sm">
        Huidig: <b>{formatIban(mandate.iban)}</b> ({mandate.accountHolder}). De machtiging houdt kenmerk {mandate.reference}; de huidige regel blijft bewaard als
        &quot;gewijzigd&quot; en de bank krijgt de wijziging mee bij de volgende incasso.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Nieuw IBAN" required data-autofocus {...form.register('iban')} error={errors.iban?.message} />
        <TextInput label="BIC" description="Alleen voor een buitenlandse rekening" {...form.register('bic')} error={errors.bic?.message} />
      </SimpleGrid>
      <TextInput label="Rekeninghouder" {...form.register('accountHolder')} error={errors.accountHolder?.message} />
      <Group align="flex-start">
        <Checkbox label="Ondertekend formulier ontvangen" mt={8} {...form.register('formReceived')} />
        {received && (
          <Controller
            control={form.control}
            name="signatureDate"
            render={({ field }) => <DateField label="Ondertekend op" value={field.value ?? null} onChange={field.onChange} error={errors.signatureDate?.message} w={200} />}
          />
        )}
      </Group>
    </DialogForm>
  );
}

export function FormReceivedDialog({ mandate, onClose }: { mandate: Mandate; onClose: () => void }) {
  const form = useForm<z.input<typeof receivedSchema>, unknown, z.output<typeof receivedSchema>>({
    resolver: zodResolver(receivedSchema),
    defaultValues: { mandateId: mandate.id, signatureDate: amsterdamDay(new Date()) },
  });
  const mark = useProcedureMutation('members.markFormReceived', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `Het ondertekende formulier voor ${mandate.reference} is vastgelegd.` });
      onClose();
    },
    onError: (error) => showServerError(error, form),
  });
  return (
    <DialogForm title="Formulier ontvangen" onClose={onClose} onSubmit={form.handleSubmit((v) => mark.mutate(v))} submitLabel="Vastleggen" busy={mark.isPending}>
      <FormAlert form={form} />
      <Text size="sm">
        Machtiging {mandate.reference}, {formatIban(mandate.iban)}.
      </Text>
      <Controller
        control={form.control}
        name="signatureDate"
        render={({ field }) => <DateField label="Ondertekend op" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={form.formState.errors.signatureDate?.message} w={200} />}
      />
    </DialogForm>
  );
}

export function RevokeDialog({ mandate, onClose }: { mandate: Mandate; onClose: () => void }) {
  const revoke = useProcedureMutation('members.revokeMandate', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `Machtiging ${mandate.reference} is ingetrokken.` });
      onClose();
    },
  });
  return (
    <DialogForm title="Machtiging intrekken" onClose={onClose} onSubmit={() => revoke.mutate({ mandateId: mandate.id })} submitLabel="Intrekken" busy={revoke.isPending} color="red">
      <Alert color="orange">
        Na intrekken wordt er niet meer geïncasseerd van {formatIban(mandate.iban)}. Voor een nieuwe incasso is een nieuwe, ondertekende machtiging nodig.
      </Alert>
      {revoke.isError && <ErrorAlert message={revoke.error.message} />}
    </DialogForm>
  );
}
