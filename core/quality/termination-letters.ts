import type { BlacklistLetterData, TerminationLetterData } from '../contracts/quality-letters';
import { addresseeFromPerson } from '../persons/addressee';
import { participantAddress, type ParticipantParty, type ParticipantRow } from './queries';
import { stickerDeadline } from './termination-rules';

/** The data of the letters at the end of a participation (T15, T16), built from the register. */

export const TERMINATION_LETTER = 'quality-termination';
export const BLACKLIST_LETTER = 'quality-blacklist';

function participantBase(party: ParticipantParty, participant: ParticipantRow) {
  return { addressee: addresseeFromPerson(party.person, party.contact), participantName: party.name, registrationNumber: participant.registrationNumber };
}

export interface Termination {
  terminatedBy: 'deelnemer' | 'bestuur';
  noticeReceivedOn: string | null;
  terminationDate: string;
}

/** T15, Q5 a-j. Q5 g: the reason is not part of the data, so no letter can carry it. */
export function terminationLetterData(party: ParticipantParty, participant: ParticipantRow, termination: Termination): TerminationLetterData {
  return {
    ...participantBase(party, participant),
    // Q5 a: the participant's own name and address, even when the letter is for its contact person.
    address: participantAddress(party),
    terminatedBy: termination.terminatedBy,
    noticeReceivedOn: termination.noticeReceivedOn,
    terminationDate: termination.terminationDate,
    stickerDeadline: stickerDeadline(termination.terminationDate),
    // Q5 e: the contribution of the year the participation ends in is not refunded.
    contributionYear: Number(termination.terminationDate.slice(0, 4)),
  };
}

export interface PublishedEntry {
  name: string;
  place: string | null;
  terminationDate: string;
  violation: string;
  violationSeenOn: string;
  publishedOn: string;
}

/** T16, Q6: the entry as it is published, nothing more. */
export function blacklistLetterData(party: ParticipantParty, participant: ParticipantRow, entry: PublishedEntry): BlacklistLetterData {
  return {
    ...participantBase(party, participant),
    place: entry.place,
    terminationDate: entry.terminationDate,
    stickerDeadline: stickerDeadline(entry.terminationDate),
    violationSeenOn: entry.violationSeenOn,
    violation: entry.violation,
    publishedOn: entry.publishedOn,
  };
}

export function terminationSubject(participant: ParticipantRow, terminatedBy: Termination['terminatedBy']): string {
  const what = terminatedBy === 'deelnemer' ? 'Bevestiging opzegging deelnemerschap' : 'Beëindiging deelnemerschap';
  return `${what} Keurmerk Kwaliteitsvakman, ${participant.registrationNumber}`;
}

export function blacklistSubject(participant: ParticipantRow): string {
  return `Vermelding op de zwarte lijst Keurmerk Kwaliteitsvakman, ${participant.registrationNumber}`;
}
