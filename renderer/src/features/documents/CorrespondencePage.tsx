import { Button, Group, Loader, Text, TextInput } from '@mantine/core';
import { IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentSummary } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { BatchPrintDialog } from './BatchPrintDialog';
import { DocumentsTable, type Selection } from './DocumentsTable';
import { GENERAL_DOSSIER, isFinal } from './labels';
import { newLetterPath, type BackLink, type LetterRouteState } from './navigation';
import { useDocumentDialogs } from './useDocumentDialogs';

const BACK: BackLink = { to: PATHS.correspondence, label: 'Terug naar correspondentie' };

/** Recent letters across all dossiers, general letters, and printing many letters at once. */
export function CorrespondencePage() {
  const navigate = useNavigate();
  const recent = useProcedure('documents.recent', { limit: 200 });
  const { handlers, dialogs } = useDocumentDialogs(BACK);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [batch, setBatch] = useState<DocumentSummary[] | null>(null);

  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const all = recent.data ?? [];
    return needle ? all.filter((d) => `${d.title} ${d.addresseeName} ${d.typeName}`.toLowerCase().includes(needle)) : all;
  }, [recent.data, search]);

  const selection = useMemo<Selection>(
    () => ({
      selected,
      // Concepts are not printed: on paper they would look like real letters.
      canSelect: isFinal,
      toggle: (id) =>
        setSelected((current) => {
          const next = new Set(current);
          if (!next.delete(id)) next.add(id);
          return next;
        }),
    }),
    [selected],
  );
  const chosen = (recent.data ?? []).filter((d) => selected.has(d.id) && isFinal(d));

  function newLetter() {
    const state: LetterRouteState = { back: BACK };
    navigate(newLetterPath(GENERAL_DOSSIER.dossierKind, GENERAL_DOSSIER.dossierId), { state });
  }

  return (
    <Page
      title="Correspondentie"
      description="Laatst gemaakte brieven uit alle dossiers. Een brief die bij geen dossier hoort, schrijft u hier."
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={newLetter}>
          Nieuwe brief
        </Button>
      }
    >
      <Group justify="space-between">
        <TextInput
          placeholder="Zoeken op onderwerp of geadresseerde"
          aria-label="Zoeken"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={360}
        />
        <Group gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {chosen.length === 0 ? 'Kies definitieve brieven om samen af te drukken' : `${chosen.length} gekozen`}
          </Text>
          {chosen.length > 0 && (
            <Button variant="subtle" onClick={() => setSelected(new Set())}>
              Keuze wissen
            </Button>
          )}
          <Button leftSection={<IconPrinter size={16} />} disabled={chosen.length === 0} onClick={() => setBatch(chosen)}>
            Afdrukken als één PDF
          </Button>
        </Group>
      </Group>
      {recent.isPending && <Loader />}
      {recent.isError && <ErrorAlert message={recent.error.message} />}
      {recent.data && (
        <DocumentsTable
          documents={visible}
          label="Correspondentie"
          emptyText={search ? 'Geen brieven gevonden.' : 'Er zijn nog geen brieven gemaakt.'}
          handlers={handlers}
          showDossier
          selection={selection}
        />
      )}
      {dialogs}
      <BatchPrintDialog documents={batch} onClose={() => setBatch(null)} />
    </Page>
  );
}
