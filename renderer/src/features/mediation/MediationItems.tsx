import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Badge, Button, Group, Input, List, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPaperclip, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, DOSSIER_ITEM_KIND_LABELS, DOSSIER_ITEM_KINDS, formatDateTime, MAX_ITEM_BYTES, type Mediation } from '../../../../core/contracts';
import { call, errorMessage } from '../../api/client';
import { useProcedureMutation } from '../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { saveFile } from '../documents/host';

const schema = contracts['mediation.addItem'].input;
type Values = z.input<typeof schema>;
type Item = Mediation['items'][number];

/** B4: what the dossier holds for mediation: agreements, invoices (paid or not), photos, correspondence. */
export function MediationItems({ mediation, readOnly }: { mediation: Mediation; readOnly: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          <IconPaperclip size={16} style={{ verticalAlign: 'middle' }} /> Stukken in het dossier (B4)
        </Title>
        {!readOnly && !adding && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Stuk toevoegen
          </Button>
        )}
      </Group>
      {mediation.missingItems.length > 0 && (
        <Alert color="yellow" variant="light" title="Nog nodig voor bemiddeling" data-testid="missing-items">
          <List size="sm" spacing={2}>
            {mediation.missingItems.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {mediation.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog geen stukken.
        </Text>
      ) : (
        <ItemsTable items={mediation.items} readOnly={readOnly} />
      )}
      {adding && <AddItemForm mediation={mediation} onDone={() => setAdding(false)} />}
    </Stack>
  );
}

function ItemsTable({ items, readOnly }: { items: Item[]; readOnly: boolean }) {
  const remove = useProcedureMutation('mediation.removeItem', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het stuk is verwijderd.' }),
    onError: (error) => notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message }),
  });
  async function download(item: Item) {
    try {
      const file = await call('mediation.itemFile', { id: item.id });
      if (await saveFile(file.filename, file.base64, file.contentType)) notifications.show({ color: 'green', message: `${file.filename} is opgeslagen.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Niet gelukt', message: errorMessage(error) });
    }
  }
  return (
    <Table verticalSpacing={6} aria-label="Stukken voor bemiddeling">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Soort</Table.Th>
          <Table.Th>Omschrijving</Table.Th>
          <Table.Th>Bestand</Table.Th>
          <Table.Th>Toegevoegd</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>
              <Group gap={6}>
                <Text size="sm">{DOSSIER_ITEM_KIND_LABELS[item.kind]}</Text>
                {item.paid !== null && (
                  <Badge size="sm" variant="light" color={item.paid ? 'green' : 'orange'} tt="none">
                    {item.paid ? 'Betaald' : 'Onbetaald'}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{item.description}</Text>
            </Table.Td>
            <Table.Td>
              {item.fileName ? (
                <Button size="compact-xs" variant="subtle" leftSection={<IconDownload size={14} />} onClick={() => void download(item)} aria-label={`${item.fileName} downloaden`}>
                  {item.fileName}
                  {item.byteSize !== null ? ` (${formatSize(item.byteSize)})` : ''}
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed">
                {formatDateTime(item.createdAt)}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              {!readOnly && (
                <ActionIcon variant="subtle" color="red" onClick={() => remove.mutate({ id: item.id })} aria-label={`${item.description} verwijderen`} loading={remove.isPending && remove.variables?.id === item.id}>
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The file as base64 without the data-URL prefix: how uploads travel over IPC and HTTP. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Het bestand kon niet worden gelezen'));
    reader.readAsDataURL(file);
  });
}

const KIND_OPTIONS = DOSSIER_ITEM_KINDS.map((k) => ({ value: k, label: DOSSIER_ITEM_KIND_LABELS[k] }));
const PAID_OPTIONS = [
  { value: 'true', label: 'Betaald' },
  { value: 'false', label: 'Onbetaald' },
];

function AddItemForm({ mediation, onDone }: { mediation: Mediation; onDone: () => void }) {
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { complaintId: mediation.complaintId, kind: undefined as never, description: '', paid: null, file: null },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const add = useProcedureMutation('mediation.addItem', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Het stuk is aan het dossier toegevoegd.' });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    form.clearErrors('file');
    if (!file) {
      form.setValue('file', null);
      return;
    }
    if (file.size > MAX_ITEM_BYTES) {
      form.setValue('file', null);
      form.setError('file', { type: 'size', message: 'Het bestand is groter dan 10 MB' });
      return;
    }
    form.setValue('file', { name: file.name, contentType: file.type || 'application/octet-stream', base64: await readBase64(file) });
    if (!form.getValues('description')) form.setValue('description', file.name.replace(/\.[^.]+$/, ''));
  }

  return (
    <FormShell onSubmit={form.handleSubmit((v) => add.mutate(v))} aria-label="Stuk toevoegen">
      <Stack gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <FormAlert form={form} />
        <Group align="flex-start" gap="sm">
          <Controller
            control={form.control}
            name="kind"
            render={({ field, fieldState }) => (
              <Select
                label="Soort stuk"
                required
                data={KIND_OPTIONS}
                value={field.value ?? null}
                ref={field.ref}
                onChange={(v) => {
                  field.onChange(v);
                  // Only an invoice is paid or unpaid (B4).
                  form.setValue('paid', null);
                }}
                error={fieldState.error?.message}
                w={220}
              />
            )}
          />
          {kind === 'factuur' && (
            <Controller
              control={form.control}
              name="paid"
              render={({ field, fieldState }) => (
                <Select
                  label="Factuur"
                  required
                  placeholder="Betaald of onbetaald"
                  data={PAID_OPTIONS}
                  value={field.value === true ? 'true' : field.value === false ? 'false' : null}
                  onChange={(v) => field.onChange(v === null ? null : v === 'true')}
                  error={fieldState.error?.message}
                  w={200}
                />
              )}
            />
          )}
        </Group>
        <TextInput label="Omschrijving" required {...form.register('description')} error={errors.description?.message} />
        <Input.Wrapper label="Bestand" description="Foto, scan of PDF, hoogstens 10 MB" error={errors.file?.message ?? errors.file?.base64?.message}>
          <input type="file" aria-label="Bestand" onChange={(e) => void onFile(e)} style={{ display: 'block', marginTop: 4 }} />
        </Input.Wrapper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={add.isPending}>
            Toevoegen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
