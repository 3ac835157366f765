import { Loader } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { COMPLAINT_KIND_LABELS, formatDate, type Complaint } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { useCurrentUser } from '../../app/session';
import { ErrorAlert } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { DossierDocuments } from '../documents/DossierDocuments';
import { DossierMail } from '../mail/DossierMail';
import { isMediationCase, MediationCard } from '../mediation/MediationCard';
import { AnswerCard } from './dossier/AnswerCard';
import { AppealCard } from './dossier/AppealCard';
import { CallsCard } from './dossier/CallsCard';
import { CloseCard } from './dossier/CloseCard';
import { DeadlinesCard, DossierHeader } from './dossier/DossierHeader';
import { DuplicatesCard } from './dossier/DuplicatesCard';
import { ForwardCard } from './dossier/ForwardCard';
import { ComplaintStatusBadge, UrgentBadge } from './badges';
import { OwnerCard } from './dossier/OwnerCard';
import { PrintDossierButton } from './dossier/PrintDossierButton';
import { currentStep, EarlierSteps, type StepKey } from './dossier/procedure';
import { useDossierLetters } from './dossier/shared';
import { TimelineCard } from './dossier/TimelineCard';

/** One complaint dossier: who and what, the deadlines, the step due now, and everything that happened. */
export function ComplaintDossierPage() {
  const { id = '' } = useParams();
  const complaint = useProcedure('complaints.get', { id });
  const c = complaint.data;
  return (
    <Page
      title={c ? `${COMPLAINT_KIND_LABELS[c.kind]} ${c.dossierNumber}` : 'Klachtdossier'}
      description={c ? `Ontvangen ${formatDate(c.receivedOn)} · over ${c.concernsLabel}` : undefined}
      back={{ to: PATHS.complaints, label: 'Terug naar klachten' }}
      actions={
        c && (
          <>
            {c.urgent && <UrgentBadge size="lg" />}
            <ComplaintStatusBadge status={c.status} size="lg" />
            <PrintDossierButton complaint={c} />
          </>
        )
      }
    >
      {complaint.isPending && <Loader />}
      {complaint.isError && <ErrorAlert message={complaint.error.kind === 'invalid_input' ? 'Dit klachtdossier bestaat niet (meer).' : complaint.error.message} />}
      {c && <Dossier complaint={c} />}
    </Page>
  );
}

function Dossier({ complaint }: { complaint: Complaint }) {
  const letters = useDossierLetters(complaint.id);
  const step = currentStep(complaint);
  const user = useCurrentUser();
  const manages = user.roles.some((r) => r === 'manager' || r === 'director' || r === 'admin');
  return (
    <>
      <DossierHeader complaint={complaint} />
      <DeadlinesCard complaint={complaint} />
      <EarlierSteps complaint={complaint} documents={letters.data} />
      {stepCards(complaint, step, manages)}
      <DuplicatesCard complaint={complaint} />
      <TimelineCard complaintId={complaint.id} />
      <DossierDocuments
        dossierKind="complaint"
        dossierId={complaint.id}
        defaultAddressee={{ name: complaint.complainant.name }}
        backLabel={`Terug naar ${complaint.dossierNumber}`}
      />
      <DossierMail dossierKind="complaint" dossierId={complaint.id} />
      <HistoryPanel tableName="complaints" rowId={complaint.id} />
    </>
  );
}

/**
 * The card of the step due now comes first and stands out; after it, the cards of other steps that
 * still matter (the calls while the answer is being written, the appeal window, mediation).
 */
function stepCards(c: Complaint, step: StepKey, manages: boolean): ReactNode[] {
  const open = c.status !== 'afgesloten';
  const handling = c.status === 'doorgestuurd' || c.status === 'in_behandeling';
  const cards: { key: StepKey | 'mediation'; show: boolean; node: (current: boolean) => ReactNode }[] = [
    { key: 'forward', show: step === 'forward', node: (cur) => <ForwardCard complaint={c} current={cur} /> },
    // K6: management may hand the dossier to someone else while it is being handled.
    { key: 'owner', show: step === 'owner' || (manages && handling), node: (cur) => <OwnerCard complaint={c} current={cur} /> },
    { key: 'call', show: handling || c.calls.length > 0, node: (cur) => <CallsCard complaint={c} current={cur} /> },
    { key: 'answer', show: handling || c.answerSummary !== null, node: (cur) => <AnswerCard complaint={c} current={cur} /> },
    { key: 'appeal', show: c.answerSentOn !== null && (open || c.hasAppeal), node: (cur) => <AppealCard complaint={c} current={cur} /> },
    { key: 'mediation', show: isMediationCase(c) && c.status !== 'geregistreerd', node: () => <MediationCard complaint={c} /> },
    { key: 'close', show: step === 'close' || step === 'closed' || c.status === 'beantwoord', node: (cur) => <CloseCard complaint={c} current={cur} /> },
  ];
  const currentKey: StepKey = step === 'closed' ? 'close' : step;
  const first = cards.find((card) => card.key === currentKey);
  const rest = cards.filter((card) => card !== first && card.show);
  return [
    first && <Fragment key={`${first.key}-current`}>{first.node(step !== 'closed')}</Fragment>,
    ...rest.map((card) => <Fragment key={card.key}>{card.node(false)}</Fragment>),
  ];
}
