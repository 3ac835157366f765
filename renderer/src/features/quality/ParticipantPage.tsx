import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { formatDate, type Participant } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { DossierDocuments } from '../documents/DossierDocuments';
import { DossierMail } from '../mail/DossierMail';
import { useQualityAccess } from './access';
import { ParticipantStatusBadge } from './badges';
import type { ParticipantRouteState } from './letters';
import { AdvicesCard } from './participant/AdvicesCard';
import { AfterTerminationCard } from './participant/AfterTerminationCard';
import { BoardTerminationCard } from './participant/BoardTerminationCard';
import { ComplaintsCard } from './participant/ComplaintsCard';
import { ContributionsCard } from './participant/ContributionsCard';
import { DecisionsCard } from './participant/DecisionsCard';
import { FindingsCard } from './participant/FindingsCard';
import { EvidenceHighlight } from './participant/highlight';
import { JustSentLetter } from './participant/JustSentLetter';
import { NoticeCard } from './participant/NoticeCard';
import { ParticipantHeader } from './participant/ParticipantHeader';
import { ReviewsCard } from './participant/ReviewsCard';
import { findingAnchor } from './paths';

/** One participant of the quality mark: facts, contribution, reviews, advices, findings, decisions and the ending (Q1-Q7). */
export function ParticipantPage() {
  const { id = '' } = useParams();
  const participant = useProcedure('quality.get', { id });
  const p = participant.data;
  return (
    <Page
      title={p ? p.provider.name : 'Deelnemer keurmerk'}
      description={p ? [p.registrationNumber, p.provider.place, `deelnemer sinds ${formatDate(p.startDate)}`].filter(Boolean).join(' · ') : undefined}
      back={{ to: PATHS.quality, label: 'Terug naar het keurmerk' }}
      actions={p && <ParticipantStatusBadge status={p.status} size="lg" />}
    >
      {participant.isPending && <Loader />}
      {participant.isError && <ErrorAlert message={participant.error.kind === 'invalid_input' ? 'Deze deelnemer bestaat niet (meer).' : participant.error.message} />}
      {p && <ParticipantDossier participant={p} />}
    </Page>
  );
}

function ParticipantDossier({ participant: p }: { participant: Participant }) {
  const location = useLocation();
  const navigate = useNavigate();
  const { isBoard } = useQualityAccess();
  const [letterId, setLetterId] = useState<string | null>((location.state as ParticipantRouteState | null)?.letterId ?? null);
  const hashFinding = location.hash.startsWith('#bevinding-') ? location.hash.slice('#bevinding-'.length) : null;
  useScrollToHash(location.hash);
  const live = p.status === 'deelnemer';

  return (
    <EvidenceHighlight findings={p.findings} initial={hashFinding}>
      {letterId && (
        <JustSentLetter
          documentId={letterId}
          onClose={() => {
            setLetterId(null);
            // Coming back to this page later does not show the letter again.
            navigate({ pathname: location.pathname, hash: location.hash }, { replace: true, state: null });
          }}
        />
      )}
      <ParticipantHeader participant={p} />
      <FindingsCard participant={p} onLetter={setLetterId} />
      {p.terminationDate && <AfterTerminationCard participant={p} onLetter={setLetterId} />}
      <ContributionsCard participant={p} />
      <ReviewsCard participant={p} />
      <AdvicesCard participant={p} />
      <ComplaintsCard participant={p} />
      <DecisionsCard participant={p} />
      {live && <NoticeCard participant={p} onLetter={setLetterId} />}
      {live && isBoard && <BoardTerminationCard participant={p} onLetter={setLetterId} />}
      <DossierDocuments dossierKind="quality" dossierId={p.id} defaultAddressee={{ name: p.provider.name, city: p.provider.place ?? '' }} backLabel={`Terug naar ${p.provider.name}`} />
      <DossierMail dossierKind="quality" dossierId={p.id} />
      <HistoryPanel tableName="quality_participants" rowId={p.id} />
    </EvidenceHighlight>
  );
}

/** The board's list links to one finding (#bevinding-…): bring it into view once the page is there. */
function useScrollToHash(hash: string) {
  useEffect(() => {
    if (!hash.startsWith(`#${findingAnchor('')}`)) return;
    const element = document.getElementById(hash.slice(1));
    element?.scrollIntoView({ block: 'start' });
  }, [hash]);
}
