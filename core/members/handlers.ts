import { contributionRates as contributionRatesTable, householdMembers, members, sepaMandates } from '../../db/schema';
import { amsterdamDay } from '../contracts/format';
import { membersContracts, type MandateFormData } from '../contracts/members';
import type { PersonInput } from '../contracts/persons';
import type { HandlerContext } from '../context';
import { DomainError, InputError } from '../errors';
import { defineHandlers } from '../handlers';
import type { Writer } from '../mutation/writer';
import { allocateNumber } from '../numbering/allocate';
import { insertPerson } from '../persons/write';
import { produceMandateForm, produceMembershipLetter } from './letters';
import { listMembers } from './list';
import { activeMembershipOf, contributionRates, findContributionRate, findLivePerson, getMandate, getMember, householdOf, mandateReferencesOf, mandatesOf, memberDetail, toMandate } from './queries';
import { DEFAULT_CONTRIBUTION_CENTS, MEMBERSHIP_NUMBER_SERIES, membershipProblem, nextMandateReference, sequenceAfterIbanChange } from './rules';
import type { DocumentSummary } from '../contracts/documents';

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());
const detail = (ctx: HandlerContext, id: string) => memberDetail(ctx.sqlite, id, today(ctx));

/** An existing person (checked) or a new one, inserted in the caller's transaction. */
function personFor(ctx: HandlerContext, w: Writer, choice: { personId?: string; newPerson?: PersonInput }, field: string): string {
  if (choice.newPerson) return insertPerson(w, choice.newPerson).id;
  if (!choice.personId || !findLivePerson(ctx.sqlite, choice.personId)) throw new DomainError('member.person_unknown', {}, [field]);
  return choice.personId;
}

function addHousehold(ctx: HandlerContext, w: Writer, memberId: string, memberPersonId: string, personId: string, relation: 'partner' | 'kind' | 'huisgenoot', field: string): void {
  if (personId === memberPersonId) throw new DomainError('member.household_self', {}, [field]);
  if (householdOf(ctx.sqlite, memberId).some((h) => h.personId === personId)) throw new DomainError('member.household_duplicate', {}, [field]);
  w.insert(householdMembers, { memberId, personId, relation }); // L1: the membership covers the household
}

/** The current, usable mandate of a member: actief and not expired. */
function usableMandate(ctx: HandlerContext, memberId: string) {
  return mandatesOf(ctx.sqlite, memberId).find((row) => toMandate(row, today(ctx)).status === 'actief');
}

function requireChangeable(ctx: HandlerContext, mandateId: string) {
  const row = getMandate(ctx.sqlite, mandateId);
  const status = toMandate(row, today(ctx)).status;
  if (status !== 'actief') throw new DomainError('member.mandate_not_active', { status });
  return row;
}

/** A letter that failed after the member was saved: reported in Dutch, the member stays. */
function describeFailure(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  if (error instanceof InputError) return `Controleer de gegevens van het lid: ${Object.values(error.fields).join('; ')}.`;
  return 'Het document kon niet worden gemaakt. Maak het later opnieuw vanuit het dossier.';
}

export const membersHandlers = defineHandlers(membersContracts, {
  'members.register': async (input, ctx) => {
    // One transaction for the member: number, persons, household, mandate. A failure anywhere rolls
    // the number back too, so the series stays without gaps.
    const memberId = ctx.write((w) => {
      const personId = personFor(ctx, w, input, 'personId');
      const existing = activeMembershipOf(ctx.sqlite, personId);
      if (existing) throw new DomainError('member.already_member', { number: existing.membershipNumber }, ['personId']);
      const membershipNumber = allocateNumber(w, ctx.db, MEMBERSHIP_NUMBER_SERIES.key, MEMBERSHIP_NUMBER_SERIES);
      const member = w.insert(members, { personId, membershipNumber, startDate: input.startDate, status: 'actief', notes: input.notes });
      input.household.forEach((entry, i) => {
        const housemate = personFor(ctx, w, entry, `household.${i}.personId`);
        addHousehold(ctx, w, member.id, personId, housemate, entry.relation, `household.${i}.personId`);
      });
      if (input.mandate) {
        w.insert(sepaMandates, { ...input.mandate, memberId: member.id, iban: input.mandate.iban!, reference: nextMandateReference(membershipNumber, []), status: 'actief' });
      }
      return member.id;
    });

    // L2, L3: the letters after the member is saved. Rendering a .docx is async and a SQLite
    // transaction is sync, so each letter is archived in a transaction of its own; a letter that
    // fails is reported and can be made again from the dossier, the registration stands.
    const documents: DocumentSummary[] = [];
    const documentErrors: { typeKey: string; message: string }[] = [];
    const produce = async (typeKey: string, make: () => Promise<DocumentSummary>) => {
      try {
        documents.push(await make());
      } catch (error) {
        if (!(error instanceof DomainError || error instanceof InputError)) console.error(`members.register: ${typeKey} for ${memberId} failed`, error);
        documentErrors.push({ typeKey, message: describeFailure(error) });
      }
    };
    await produce('membership-letter', () => produceMembershipLetter(ctx, memberId, input.requestMandateForm));
    if (input.requestMandateForm) await produce('mandate-form', () => produceMandateForm(ctx, memberId, null));
    return { member: detail(ctx, memberId), documents, documentErrors };
  },

  'members.get': (input, ctx) => detail(ctx, input.id),

  'members.list': (input, ctx) => {
    const { offset, limit, ...filter } = input;
    return { offset, ...listMembers(ctx.sqlite, filter, offset, limit) };
  },

  'members.update': (input, ctx) => {
    ctx.write((w) => {
      const current = getMember(ctx.sqlite, input.id);
      const next = {
        startDate: input.startDate ?? current.startDate,
        endDate: input.endDate === undefined ? current.endDate : input.endDate,
        status: input.status ?? current.status,
        notes: input.notes === undefined ? current.notes : input.notes,
      };
      const problem = membershipProblem(next);
      if (problem) throw new DomainError(problem, {}, [problem === 'member.active_with_end_date' ? 'status' : 'endDate']);
      w.update(members, input.id, next, { expectedVersion: input.version });
    });
    return detail(ctx, input.id);
  },

  'members.addHouseholdMember': (input, ctx) => {
    ctx.write((w) => {
      const member = getMember(ctx.sqlite, input.memberId);
      addHousehold(ctx, w, member.id, member.personId, personFor(ctx, w, input, 'personId'), input.relation, 'personId');
    });
    return detail(ctx, input.memberId);
  },

  'members.removeHouseholdMember': (input, ctx) => {
    const removed = ctx.write((w) => w.remove(householdMembers, input.id));
    return detail(ctx, removed.memberId);
  },

  'members.addMandate': (input, ctx) => {
    const { memberId, ...mandate } = input;
    ctx.write((w) => {
      const member = getMember(ctx.sqlite, memberId);
      const current = usableMandate(ctx, memberId);
      if (current) throw new DomainError('member.mandate_exists', { reference: current.reference });
      const reference = nextMandateReference(member.membershipNumber, mandateReferencesOf(ctx.sqlite, memberId));
      w.insert(sepaMandates, { ...mandate, iban: mandate.iban!, memberId, reference, status: 'actief' });
    });
    return detail(ctx, memberId);
  },

  'members.changeMandateIban': (input, ctx) => {
    const memberId = ctx.write((w) => {
      const old = requireChangeable(ctx, input.mandateId);
      if (old.iban === input.iban) throw new DomainError('member.same_iban', {}, ['iban']);
      // L3: a SEPA amendment: the old row becomes history ('gewijzigd') first, so the new row may
      // carry the same reference (unique among current mandates only).
      w.update(sepaMandates, old.id, { status: 'gewijzigd' }, { expectedVersion: old.version });
      w.insert(sepaMandates, {
        memberId: old.memberId,
        reference: old.reference,
        iban: input.iban!,
        bic: input.bic,
        accountHolder: input.accountHolder ?? old.accountHolder,
        signatureDate: input.signatureDate === undefined ? old.signatureDate : input.signatureDate,
        formReceived: input.formReceived ?? old.formReceived === 1,
        sequenceType: sequenceAfterIbanChange(old, input.iban!),
        lastCollectionDate: old.lastCollectionDate,
        status: 'actief',
        replacesId: old.id,
      });
      return old.memberId;
    });
    return detail(ctx, memberId);
  },

  'members.markFormReceived': (input, ctx) => {
    const memberId = ctx.write((w) => {
      const mandate = requireChangeable(ctx, input.mandateId);
      w.update(sepaMandates, mandate.id, { formReceived: true, signatureDate: input.signatureDate });
      return mandate.memberId;
    });
    return detail(ctx, memberId);
  },

  'members.revokeMandate': (input, ctx) => {
    const memberId = ctx.write((w) => {
      const mandate = getMandate(ctx.sqlite, input.mandateId);
      if (mandate.status !== 'actief') throw new DomainError('member.mandate_not_active', { status: mandate.status });
      w.update(sepaMandates, mandate.id, { status: 'ingetrokken' });
      return mandate.memberId;
    });
    return detail(ctx, memberId);
  },

  'members.requestMandateForm': async (input, ctx) => {
    getMember(ctx.sqlite, input.memberId);
    return { document: await produceMandateForm(ctx, input.memberId, (input.requestedVia ?? null) as MandateFormData['requestedVia']) };
  },

  'members.getContributionRates': (_input, ctx) => ({ defaultCents: DEFAULT_CONTRIBUTION_CENTS, rates: contributionRates(ctx.sqlite) }),

  'members.setContributionRate': (input, ctx) => {
    ctx.write((w) => {
      const existing = findContributionRate(ctx.sqlite, input.year);
      if (existing) w.update(contributionRatesTable, existing.id, { amountCents: input.amountCents });
      else w.insert(contributionRatesTable, { year: input.year, amountCents: input.amountCents });
    });
    return { defaultCents: DEFAULT_CONTRIBUTION_CENTS, rates: contributionRates(ctx.sqlite) };
  },
});
