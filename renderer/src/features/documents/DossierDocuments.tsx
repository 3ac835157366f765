import { Button, Card, Group, Loader, Title } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Addressee } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { DocumentsTable } from './DocumentsTable';
import { newLetterPath, type LetterRouteState } from './navigation';
import { useDocumentDialogs } from './useDocumentDialogs';

interface DossierDocumentsProps {
  dossierKind: string;
  dossierId: string;
  /** Fills the addressee of a new letter, e.g. the member of a dossier; empty when left out. */
  defaultAddressee?: Partial<Addressee>;
  /** Shown on the letter form's way back; the panel does not know what its dossier is called. */
  backLabel?: string;
}

/** Every letter of one dossier, with what can be done with each, and "Nieuwe brief". */
export function DossierDocuments({ dossierKind, dossierId, defaultAddressee, backLabel = 'Terug naar het dossier' }: DossierDocumentsProps) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const documents = useProcedure('documents.list', { dossierKind, dossierId });
  const back = useMemo(() => ({ to: pathname, label: backLabel }), [pathname, backLabel]);
  const { handlers, dialogs } = useDocumentDialogs(back);

  function newLetter() {
    const state: LetterRouteState = { back, defaultAddressee };
    navigate(newLetterPath(dossierKind, dossierId), { state });
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label="Documenten">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <IconFileText size={20} />
          <Title order={2} size="h4">
            Documenten
          </Title>
        </Group>
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={newLetter}>
          Nieuwe brief
        </Button>
      </Group>
      {documents.isPending && <Loader size="sm" />}
      {documents.isError && <ErrorAlert message={documents.error.message} />}
      {documents.data && (
        <DocumentsTable documents={documents.data} label="Documenten van dit dossier" emptyText="Nog geen documenten in dit dossier." handlers={handlers} />
      )}
      {dialogs}
    </Card>
  );
}
