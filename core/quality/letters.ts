import type { Db } from '../../db/client';
import type { HandlerContext } from '../context';
import type { RecognitionLetterData } from '../contracts/quality-letters';
import { QUALITY_DOSSIER } from '../contracts/quality';
import { createDocument } from '../documents/produce';
import { addresseeFromPerson } from '../persons/addressee';
import { chargeFor, rateFor, DEFAULT_RATE } from './contribution-rules';
import { storedRates } from './contributions';
import { yearEndOnOrAfter } from './notice-terms';
import { participantParty, type ParticipantParty, type ParticipantRow } from './queries';
import type { QualitySettings } from './settings';

/** The register's letters (T14-T16) go into the participant's dossier (kind `quality`). */
export const RECOGNITION_LETTER = 'quality-recognition';

type RecognitionFacts = Pick<ParticipantRow, 'providerId' | 'registrationNumber' | 'startDate' | 'yearEndMonthDay' | 'zelfstandigenBouw'>;

/**
 * T14, Q1: the registration number and the conditions in force: the start year's contribution
 * (excluding BTW, after any discount) and rule 1's table as the settings have it.
 */
export function recognitionData(db: Db, participant: RecognitionFacts, settings: QualitySettings, party: ParticipantParty = participantParty(db, participant)): RecognitionLetterData {
  const year = Number(participant.startDate.slice(0, 4));
  const rate = rateFor(storedRates(db), year) ?? { year, ...DEFAULT_RATE };
  const charge = chargeFor(rate, year, participant, settings.paymentTermDays);
  return {
    addressee: addresseeFromPerson(party.person, party.contact),
    participantName: party.name,
    registrationNumber: participant.registrationNumber,
    startDate: participant.startDate,
    yearEnd: yearEndOnOrAfter(participant.startDate, participant.yearEndMonthDay),
    contributionYear: year,
    contributionCents: charge.amountCents - charge.discountCents,
    zelfstandigenBouw: participant.zelfstandigenBouw,
    staffel: settings.staffel.map((r) => ({ from: r.from, to: r.to, needed: r.needed })),
  };
}

/** Renders a letter into the participant's dossier as a concept (before the step's own transaction). */
export function draftQualityLetter(ctx: HandlerContext, participantId: string, typeKey: string, data: unknown): Promise<string> {
  return createDocument(ctx, { dossierKind: QUALITY_DOSSIER, dossierId: participantId, typeKey, data });
}
