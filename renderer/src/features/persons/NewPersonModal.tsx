import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { personInputSchema, type Person } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { DuplicateWarning, useDuplicateCheck } from './DuplicateWarning';
import { emptyPerson, PersonFields } from './PersonFields';

type Values = z.input<typeof personInputSchema>;

interface NewPersonModalProps {
  title: string;
  onClose: () => void;
  onCreated?: (person: Person) => void;
  /** Starting values, e.g. the member's address for a household member. */
  initial?: Partial<Values>;
  fixedKind?: 'persoon' | 'organisatie';
  /** Saves the person some other way than persons.create (e.g. as a household member, in one go). */
  save?: (person: Values) => Promise<unknown>;
  /** The submit button's text. */
  submitLabel?: string;
}

/** A person added from inside another form (a contact person, a household member), without leaving it. */
export function NewPersonModal({ title, onClose, onCreated, initial, fixedKind, save, submitLabel = 'Persoon toevoegen' }: NewPersonModalProps) {
  const form = useForm<Values, unknown, z.output<typeof personInputSchema>>({
    resolver: zodResolver(personInputSchema),
    defaultValues: { ...emptyPerson(fixedKind), ...initial },
  });
  const candidates = useDuplicateCheck(form);
  const create = useProcedureMutation('persons.create', {
    onSuccess: (person) => onCreated?.(person),
    onError: (error) => showServerError(error, form),
  });
  const [saving, setSaving] = useState(false);

  async function submit(values: Values) {
    if (!save) return create.mutate(values);
    setSaving(true);
    try {
      await save(values);
      onClose();
    } catch (error) {
      showServerError(error, form);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      {/* React passes events up through the portal: keep Enter and Ctrl+Enter from also submitting the form behind. */}
      <div onSubmit={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Enter' && e.stopPropagation()}>
        <FormShell onSubmit={form.handleSubmit(() => submit(form.getValues()))} aria-label={title}>
          <Stack gap="md">
            <FormAlert form={form} />
            <PersonFields form={form} autoFocus full={false} fixedKind={fixedKind} />
            <DuplicateWarning candidates={candidates} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Annuleren
              </Button>
              <Button type="submit" loading={create.isPending || saving}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </FormShell>
      </div>
    </Modal>
  );
}
