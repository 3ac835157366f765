import { Badge, Checkbox, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DOCUMENT_STATUS_LABELS, formatDateTime, SEND_METHOD_LABELS, type DocumentSummary } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { DataTable } from '../../ui/DataTable';
import { DocumentActions, type DocumentHandlers } from './DocumentActions';
import { DOSSIER_KIND_LABELS, FILE_WARNINGS } from './labels';

const STATUS_COLORS: Record<DocumentSummary['status'], string> = { concept: 'yellow', definitief: 'blue', verzonden: 'green' };

export interface Selection {
  selected: ReadonlySet<string>;
  toggle(id: string): void;
  canSelect(document: DocumentSummary): boolean;
}

interface DocumentsTableProps {
  documents: DocumentSummary[];
  label: string;
  emptyText: string;
  handlers: DocumentHandlers;
  /** Across dossiers (Correspondentie): say which dossier each document belongs to. */
  showDossier?: boolean;
  selection?: Selection;
}

const column = createColumnHelper<DocumentSummary>();

export function DocumentsTable({ documents, label, emptyText, handlers, showDossier = false, selection }: DocumentsTableProps) {
  const columns = useMemo(() => {
    // `any`: columns of different value types in one list, as DataTable expects.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const list: ColumnDef<DocumentSummary, any>[] = [];
    if (selection) {
      list.push(
        column.display({
          id: 'select',
          header: () => <VisuallyHidden>Kiezen om af te drukken</VisuallyHidden>,
          cell: ({ row }) => (
            <Checkbox
              aria-label={`Kies ${row.original.title} (v${row.original.docVersion})`}
              checked={selection.selected.has(row.original.id)}
              disabled={!selection.canSelect(row.original)}
              onChange={() => selection.toggle(row.original.id)}
            />
          ),
        }),
      );
    }
    list.push(
      column.accessor('title', {
        header: 'Document',
        cell: ({ row }) => (
          <Stack gap={2}>
            {/* Titles usually start with the type ("Algemene brief aan …"); then it is not said twice. */}
            {!row.original.title.startsWith(row.original.typeName) && (
              <Text size="xs" c="dimmed">
                {row.original.typeName}
              </Text>
            )}
            <Text size="sm" fw={500}>
              {row.original.title}
            </Text>
            <FileWarning documentId={row.original.id} />
          </Stack>
        ),
      }),
      column.accessor('addresseeName', { header: 'Geadresseerde' }),
    );
    if (showDossier) {
      list.push(column.accessor((d) => DOSSIER_KIND_LABELS[d.dossierKind] ?? d.dossierKind, { id: 'dossier', header: 'Dossier' }));
    }
    list.push(
      column.accessor((d) => DOCUMENT_STATUS_LABELS[d.status], {
        id: 'status',
        header: 'Status',
        cell: ({ row }) => <StatusCell document={row.original} />,
      }),
      column.accessor('producedAt', {
        header: 'Gemaakt',
        cell: ({ row }) => (
          <Stack gap={0}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(row.original.producedAt)}
            </Text>
            {row.original.producedByName && (
              <Text size="xs" c="dimmed">
                door {row.original.producedByName}
              </Text>
            )}
          </Stack>
        ),
      }),
      column.accessor((d) => d.sentAt ?? '', {
        id: 'sent',
        header: 'Verzonden',
        cell: ({ row }) =>
          row.original.sentVia ? (
            <Stack gap={0}>
              <Text size="sm">{SEND_METHOD_LABELS[row.original.sentVia]}</Text>
              {row.original.sentAt && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(row.original.sentAt)}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          ),
      }),
      column.display({ id: 'actions', header: () => <Text size="sm" fw={600}>Acties</Text>, cell: ({ row }) => <DocumentActions document={row.original} handlers={handlers} /> }),
    );
    return list;
  }, [handlers, selection, showDossier]);

  return (
    <DataTable label={label} data={documents} columns={columns} initialSort={[{ id: 'producedAt', desc: true }]} getRowId={(d) => d.id} emptyText={emptyText} />
  );
}

function StatusCell({ document }: { document: DocumentSummary }) {
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6} wrap="nowrap">
        <Badge color={STATUS_COLORS[document.status]} variant="light" tt="none" fw={500} style={{ flexShrink: 0, overflow: 'visible' }}>
          {DOCUMENT_STATUS_LABELS[document.status]}
        </Badge>
        <Text size="sm" c="dimmed" title={`Versie ${document.docVersion}`}>
          v{document.docVersion}
        </Text>
      </Group>
      {document.supersededById && (
        <Text size="xs" c="dimmed">
          Vervangen door een nieuwere versie
        </Text>
      )}
    </Stack>
  );
}

/** The archive's own check of the file: a missing or changed file is said out loud at the document. */
function FileWarning({ documentId }: { documentId: string }) {
  const check = useProcedure('documents.verify', { id: documentId });
  const status = check.data?.status;
  if (!status || status === 'ok') return null;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" role="alert" maw={360}>
      <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="xs" c="red.7" fw={500}>
        {FILE_WARNINGS[status]}
      </Text>
    </Group>
  );
}
