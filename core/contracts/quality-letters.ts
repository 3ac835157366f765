import { z } from 'zod';
import { addresseeSchema } from './documents';

/**
 * The data of the quality-mark letters (T14-T16). The core builds it from the register; the
 * templates in `templates/quality-*.ts` turn it into a letter. Days are ISO (yyyy-mm-dd); amounts
 * in cents.
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().trim().min(1);

const participantBase = {
  addressee: addresseeSchema,
  /** The participant's (trade) name as registered: "Klusbedrijf Jansen". */
  participantName: text,
  registrationNumber: text,
};

/** T14, Q1: recognition as participant, with the registration number and the conditions. */
export const recognitionLetterData = z.object({
  ...participantBase,
  startDate: day,
  /** Q4: the membership year ends on this day (the first one after the start). */
  yearEnd: day,
  /** Q7: this year's contribution, excluding BTW, after any Zelfstandigen Bouw discount. */
  contributionYear: z.number().int(),
  contributionCents: z.number().int(),
  zelfstandigenBouw: z.boolean(),
  /** Rule 1's table as it stands in the settings, so the letter states the conditions in force. */
  staffel: z.array(z.object({ from: z.number(), to: z.number(), needed: z.number() })),
});
export type RecognitionLetterData = z.infer<typeof recognitionLetterData>;

/**
 * T15, Q5 a-j: the termination letter. It never carries the reason (Q5 g), only who ended it:
 * `deelnemer` (confirmation of the participant's notice) or `bestuur` (the board's decision).
 */
export const terminationLetterData = z.object({
  ...participantBase,
  /** Q5 a: name, address and place, as registered (the addressee may be a contact person). */
  address: z.object({ name: text, street: text, postcode: text, city: text }),
  terminatedBy: z.enum(['deelnemer', 'bestuur']),
  /** Q4: the day the participant's notice was received (deelnemer only). */
  noticeReceivedOn: day.nullable(),
  /** Q5 b */
  terminationDate: day,
  /** Q5 h-i: termination + 10 days. */
  stickerDeadline: day,
  /** Q5 e: the current year, whose contribution is not refunded. */
  contributionYear: z.number().int(),
});
export type TerminationLetterData = z.infer<typeof terminationLetterData>;

/** T16, Q6: the former participant is told of the blacklist entry, with the text as published. */
export const blacklistLetterData = z.object({
  ...participantBase,
  /** The place as published in the entry (the snapshot), which may differ from the addressee's. */
  place: z.string().nullable(),
  terminationDate: day,
  stickerDeadline: day,
  violationSeenOn: day,
  /** The violation as published: what was seen, never the reason of termination. */
  violation: text,
  publishedOn: day,
});
export type BlacklistLetterData = z.infer<typeof blacklistLetterData>;

/** Q6: one public entry, as exported for the website (HTML and CSV). */
export const publicBlacklistEntry = z.object({
  name: z.string(),
  place: z.string().nullable(),
  terminationDate: day,
  violation: z.string(),
  publishedOn: day,
});
export type PublicBlacklistEntry = z.infer<typeof publicBlacklistEntry>;
