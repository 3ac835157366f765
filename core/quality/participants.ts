import { qualityParticipants } from '../../db/schema';
import { sendLetter, type SendVia } from '../complaints/letters';
import { SCREENING_STATUS_LABELS } from '../contracts/providers';
import type { HandlerContext } from '../context';
import { documentTypeFor, parseTemplateData } from '../documents/produce';
import { DomainError } from '../errors';
import { allocateNumber } from '../numbering/allocate';
import { findProviderRow } from '../providers/queries';
import { chargeParticipant } from './contributions';
import { draftQualityLetter, RECOGNITION_LETTER, recognitionData } from './letters';
import { QUALITY_DOSSIER } from '../contracts/quality';
import { liveParticipationOf, participantParty } from './queries';
import { qualitySettingsOf } from './settings';

/** Q1: registration numbers KKV-00001, KKV-00002, … from their own series. */
export const REGISTRATION_SERIES = { key: 'quality.registration', prefix: 'KKV-', padding: 5 } as const;

export interface RegistrationInput {
  providerId: string;
  startDate: string;
  zelfstandigenBouw: boolean;
  yearEndMonthDay: string;
  notes: string | null;
  via: SendVia;
}

/**
 * Q1: an approved provider without a live participation becomes a participant with a number from
 * the series (allocated in the participant's own transaction), is charged the start year's
 * contribution (Q7), and gets the recognition letter (T14), archived in the dossier and sent.
 * Returns the participant's id and the letter's.
 */
export async function registerParticipant(ctx: HandlerContext, input: RegistrationInput): Promise<{ participantId: string; documentId: string }> {
  const provider = findProviderRow(ctx.db, input.providerId);
  if (!provider) throw new DomainError('quality.provider_unknown', {}, ['providerId']);
  const party = participantParty(ctx.db, { providerId: provider.id });
  if (provider.screeningStatus !== 'goedgekeurd') {
    throw new DomainError('quality.provider_not_approved', { name: party.name, status: SCREENING_STATUS_LABELS[provider.screeningStatus] }, ['providerId']);
  }
  const assertNotLive = () => {
    const live = liveParticipationOf(ctx.db, provider.id);
    if (live) throw new DomainError('quality.already_participant', { name: party.name, number: live.registrationNumber }, ['providerId']);
  };
  assertNotLive();
  const settings = qualitySettingsOf(ctx.db);
  const facts = { providerId: provider.id, startDate: input.startDate, yearEndMonthDay: input.yearEndMonthDay, zelfstandigenBouw: input.zelfstandigenBouw };
  // The letter's own checks (an address to send it to) before a number is used.
  parseTemplateData(documentTypeFor(RECOGNITION_LETTER, QUALITY_DOSSIER), recognitionData(ctx.db, { ...facts, registrationNumber: `${REGISTRATION_SERIES.prefix}0` }, settings, party));

  const participant = ctx.write((w) => {
    assertNotLive();
    const registrationNumber = allocateNumber(w, ctx.db, REGISTRATION_SERIES.key, REGISTRATION_SERIES);
    const row = w.insert(qualityParticipants, { ...facts, registrationNumber, status: 'deelnemer', notes: input.notes });
    chargeParticipant(w, ctx.db, row, Number(input.startDate.slice(0, 4)), settings.paymentTermDays); // Q7
    return row;
  });

  // Rendering is async and a transaction is not: the letter is archived as a concept, then sent.
  const documentId = await draftQualityLetter(ctx, participant.id, RECOGNITION_LETTER, recognitionData(ctx.db, participant, settings, party));
  ctx.write((w) => {
    sendLetter(ctx, w, documentId, party.person.id, input.via, `Erkenning als deelnemer Keurmerk Kwaliteitsvakman, ${participant.registrationNumber}`);
    w.update(qualityParticipants, participant.id, { recognitionDocumentId: documentId });
  });
  return { participantId: participant.id, documentId };
}
