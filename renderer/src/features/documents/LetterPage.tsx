import { Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { DocumentSummary } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { DOSSIER_KIND_LABELS, GENERAL_DOSSIER, GENERAL_LETTER_TYPE } from './labels';
import { LetterForm } from './LetterForm';
import { emptyLetter, hasLetterForm, letterValues } from './letterForm';
import type { BackLink, LetterRouteState } from './navigation';

const TO_CORRESPONDENCE: BackLink = { to: PATHS.correspondence, label: 'Terug naar correspondentie' };

function useRouteState(): LetterRouteState {
  return (useLocation().state as LetterRouteState | null) ?? {};
}

/** "Nieuwe brief": for the dossier in the address (or general correspondence), saved as a concept. */
export function NewLetterPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { back = TO_CORRESPONDENCE, defaultAddressee } = useRouteState();
  const dossierKind = params.get('dossierKind') ?? GENERAL_DOSSIER.dossierKind;
  const dossierId = params.get('dossierId') ?? GENERAL_DOSSIER.dossierId;
  const create = useProcedureMutation('documents.create');

  return (
    <Page title="Nieuwe brief" description={dossierKind === GENERAL_DOSSIER.dossierKind ? 'Algemene correspondentie, bij geen dossier' : `Dossier: ${DOSSIER_KIND_LABELS[dossierKind] ?? dossierKind}`} back={back}>
      <LetterForm
        dossierKind={dossierKind}
        dossierId={dossierId}
        initialValues={emptyLetter(defaultAddressee)}
        submitLabel="Opslaan als concept"
        save={(data) => create.mutateAsync({ dossierKind, dossierId, typeKey: GENERAL_LETTER_TYPE, data })}
        onSaved={(document) => {
          notifications.show({ color: 'green', message: `Het concept "${document.title}" is opgeslagen.` });
          navigate(back.to);
        }}
        onCancel={() => navigate(back.to)}
      />
    </Page>
  );
}

/** A concept, opened again. A final document never gets here: it is corrected as a new version. */
export function EditLetterPage() {
  const { id = '' } = useParams();
  const document = useProcedure('documents.get', { id });
  const { back = TO_CORRESPONDENCE } = useRouteState();
  return (
    <Page title="Brief bewerken" description={document.data ? `${document.data.title} (v${document.data.docVersion})` : undefined} back={back}>
      {document.isPending && <Loader />}
      {document.isError && <ErrorAlert message={document.error.kind === 'invalid_input' ? 'Dit document bestaat niet (meer).' : document.error.message} />}
      {document.data && <EditableLetter document={document.data} back={back} />}
    </Page>
  );
}

function EditableLetter({ document, back }: { document: DocumentSummary; back: BackLink }) {
  const navigate = useNavigate();
  const update = useProcedureMutation('documents.update');
  if (document.status !== 'concept') {
    return <ErrorAlert message="Dit document is definitief en kan niet meer worden gewijzigd. Maak een correctie (nieuwe versie) vanuit de lijst met documenten." />;
  }
  if (!hasLetterForm(document.typeKey)) return <ErrorAlert message="Dit soort document wordt niet hier bewerkt." />;
  return (
    <LetterForm
      dossierKind={document.dossierKind}
      dossierId={document.dossierId}
      documentId={document.id}
      initialValues={letterValues(document.data)}
      submitLabel="Concept opslaan"
      save={(data) => update.mutateAsync({ id: document.id, data })}
      onSaved={(saved) => {
        notifications.show({ color: 'green', message: `Het concept "${saved.title}" is opgeslagen.` });
        navigate(back.to);
      }}
      onCancel={() => navigate(back.to)}
    />
  );
}
