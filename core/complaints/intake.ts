import { complaints } from '../../db/schema';
import { amsterdamDay, formatDateTime } from '../contracts/format';
import { CHANNEL_LABELS, COMPLAINT_KIND_LABELS, RESOLUTION_LABELS, type IntakeInput } from '../contracts/complaints';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { allocateNumber } from '../numbering/allocate';
import { insertPerson } from '../persons/write';
import { assertConcernsExist, assertImprovement, assertPersonExists } from './checks';
import { instantFromAmsterdamLocal } from '../contracts/local-time';
import { dossierSeries } from './rules';
import { addStep } from './steps';
import { assessOneParticipant, liveParticipantIdOfProvider } from '../quality/assess';

/** A few minutes of slack: the desktop's clock and the caller's "just now" rarely agree to the second. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** K1-K4: records a report while the caller is on the line; K4 closes it at once when resolved. */
export function recordIntake(ctx: HandlerContext, input: IntakeInput): string {
  const receivedAt = instantFromAmsterdamLocal(input.receivedAt);
  const now = ctx.clock.now();
  if (receivedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new DomainError('complaint.received_in_future', {}, ['receivedAt']);
  if (input.complainantId) assertPersonExists(ctx.db, input.complainantId, 'complainantId');
  assertConcernsExist(ctx.db, input);
  if (input.resolvedAtIntake && input.improvement) assertImprovement(ctx.db, input.improvement as never);
  const receivedOn = amsterdamDay(receivedAt);
  const today = amsterdamDay(now);

  return ctx.write((w) => {
    const complainantId = input.complainantId ?? insertPerson(w, input.newComplainant!).id;
    const dossierNumber = allocateNumber(w, ctx.db, dossierSeries(receivedOn.slice(0, 4)).key, dossierSeries(receivedOn.slice(0, 4)));
    const resolved = input.resolvedAtIntake;
    const improvement = resolved ? (input.improvement as { categoryId: string; causeId: string; measureId: string }) : null;
    const row = w.insert(complaints, {
      dossierNumber,
      kind: input.kind,
      reporterType: input.reporterType,
      channel: input.channel,
      receivedAt: receivedAt.toISOString(),
      receivedOn,
      complainantId,
      concernsKind: input.concernsKind,
      concernsTeamId: input.concernsTeamId,
      concernsStaffId: input.concernsStaffId,
      concernsProviderId: input.concernsProviderId,
      concernsPersonId: input.concernsPersonId,
      description: input.description,
      requestedRemedy: input.requestedRemedy,
      urgent: input.urgent,
      status: resolved ? 'afgesloten' : 'geregistreerd',
      resolution: resolved ? 'direct_opgelost' : null,
      resolutionText: resolved ? input.solution : null,
      closedAt: resolved ? w.at : null,
      closedOn: resolved ? today : null,
      categoryId: improvement?.categoryId ?? null,
      causeId: improvement?.causeId ?? null,
      measureId: improvement?.measureId ?? null,
      agreementExecutedOn: input.agreementExecutedOn ?? null,
    });
    addStep(w, row.id, 'intake', `${COMPLAINT_KIND_LABELS[input.kind]} ontvangen via ${CHANNEL_LABELS[input.channel].toLowerCase()} op ${formatDateTime(receivedAt)}; dossier ${dossierNumber}`);
    // K4
    if (resolved) addStep(w, row.id, 'direct_opgelost', `${RESOLUTION_LABELS.direct_opgelost}: ${input.solution}`);
    // Q3 rule 4: a complaint about a live participant is assessed in the same transaction.
    const participantId = input.concernsKind === 'dienstverlener' && input.concernsProviderId ? liveParticipantIdOfProvider(ctx.sqlite, input.concernsProviderId) : null;
    if (participantId) assessOneParticipant(w, ctx, participantId, today);
    return row.id;
  });
}
