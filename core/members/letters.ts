import { isNull } from 'drizzle-orm';
import { organisation } from '../../db/schema';
import type { DocumentSummary } from '../contracts/documents';
import { amsterdamDay } from '../contracts/format';
import type { MandateFormData, MembershipLetterData } from '../contracts/members';
import type { HandlerContext } from '../context';
import { createDocument } from '../documents/produce';
import { documentSummary } from '../documents/queries';
import { DomainError } from '../errors';
import { addresseeFromPerson } from '../persons/addressee';
import { displayName, streetLine } from '../persons/names';
import { getMember, householdOf, mandateReferencesOf, mandatesOf, contributionOfYear, toMandate } from './queries';
import { nextMandateReference } from './rules';

/** The member's letters: T8 (membership letter, L2) and T9 (SEPA mandate form, L3), into the member's dossier. */

export const MEMBER_DOSSIER = 'member';
export const MEMBERSHIP_LETTER = 'membership-letter';
export const MANDATE_FORM = 'mandate-form';

function today(ctx: HandlerContext): string {
  return amsterdamDay(ctx.clock.now());
}

/**
 * The mandate the form is for: the member's current mandate (pre-filled with what we know), or the
 * reference the next mandate will get: members.addMandate gives that same reference when the signed
 * form comes back, as long as no other mandate was added in between.
 */
function mandateForForm(ctx: HandlerContext, memberId: string, membershipNumber: string) {
  const current = mandatesOf(ctx.sqlite, memberId)
    .map((row) => toMandate(row, today(ctx)))
    .find((m) => m.status === 'actief');
  if (current) return current;
  return { reference: nextMandateReference(membershipNumber, mandateReferencesOf(ctx.sqlite, memberId)), iban: null, bic: null, accountHolder: null };
}

export function membershipLetterData(ctx: HandlerContext, memberId: string, mandateFormEnclosed: boolean): MembershipLetterData {
  const member = getMember(ctx.sqlite, memberId);
  const day = today(ctx);
  // L1: a membership that starts next year is charged from next year.
  const year = Math.max(Number(day.slice(0, 4)), Number(member.startDate.slice(0, 4)));
  const usable = mandatesOf(ctx.sqlite, memberId)
    .map((row) => toMandate(row, day))
    .find((m) => m.canCollect);
  return {
    addressee: addresseeFromPerson(member),
    membershipNumber: member.membershipNumber,
    memberName: displayName(member),
    startDate: member.startDate,
    household: householdOf(ctx.sqlite, memberId).map((h) => ({ name: displayName(h), relation: h.relation })),
    contributionYear: year,
    contributionCents: contributionOfYear(ctx.sqlite, year).amountCents,
    mandateFormEnclosed,
    mandateReference: usable?.reference ?? null,
  };
}

export function mandateFormData(ctx: HandlerContext, memberId: string, requestedVia: MandateFormData['requestedVia']): MandateFormData {
  const org = ctx.db.select({ creditorId: organisation.sepaCreditorId }).from(organisation).where(isNull(organisation.deletedAt)).get();
  // L3: a form without the creditor's incassant-ID is no valid mandate; say so instead of printing one.
  if (!org?.creditorId) throw new DomainError('member.creditor_id_missing');
  const member = getMember(ctx.sqlite, memberId);
  const mandate = mandateForForm(ctx, memberId, member.membershipNumber);
  return {
    addressee: addresseeFromPerson(member),
    membershipNumber: member.membershipNumber,
    mandateReference: mandate.reference,
    accountHolder: mandate.accountHolder ?? displayName(member),
    street: streetLine(member),
    postcode: member.postcode,
    city: member.city,
    country: member.country,
    iban: mandate.iban,
    bic: mandate.bic,
    requestedVia,
  };
}

export async function produceMembershipLetter(ctx: HandlerContext, memberId: string, mandateFormEnclosed: boolean): Promise<DocumentSummary> {
  const id = await createDocument(ctx, {
    dossierKind: MEMBER_DOSSIER,
    dossierId: memberId,
    typeKey: MEMBERSHIP_LETTER,
    data: membershipLetterData(ctx, memberId, mandateFormEnclosed),
  });
  return documentSummary(ctx.sqlite, id);
}

export async function produceMandateForm(ctx: HandlerContext, memberId: string, requestedVia: MandateFormData['requestedVia']): Promise<DocumentSummary> {
  const id = await createDocument(ctx, { dossierKind: MEMBER_DOSSIER, dossierId: memberId, typeKey: MANDATE_FORM, data: mandateFormData(ctx, memberId, requestedVia) });
  return documentSummary(ctx.sqlite, id);
}
