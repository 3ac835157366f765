import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { dossierItems, mediations, providers } from '../../db/schema';
import { findPersonRow, getComplaintRow, type ComplaintRow } from '../complaints/queries';
import type { Mediation } from '../contracts/mediation';
import { DomainError } from '../errors';
import { displayName } from '../persons/names';
import { emailSubject, failingConditions, missingItems } from './rules';

export type MediationRow = typeof mediations.$inferSelect;
export type DossierItemRow = typeof dossierItems.$inferSelect;
type PersonRow = NonNullable<ReturnType<typeof findPersonRow>>;

export function findMediationOfComplaint(db: Db, complaintId: string): MediationRow | undefined {
  return db.select().from(mediations).where(and(eq(mediations.complaintId, complaintId), isNull(mediations.deletedAt))).get();
}

export function getMediationRow(db: Db, id: string): MediationRow {
  const row = db.select().from(mediations).where(and(eq(mediations.id, id), isNull(mediations.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function getMediationOfComplaint(db: Db, complaintId: string): MediationRow {
  const row = findMediationOfComplaint(db, complaintId);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function itemRows(db: Db, complaintId: string): DossierItemRow[] {
  return db
    .select()
    .from(dossierItems)
    .where(and(eq(dossierItems.complaintId, complaintId), isNull(dossierItems.deletedAt)))
    .orderBy(asc(dossierItems.createdAt), asc(dossierItems.id))
    .all();
}

export function getItemRow(db: Db, id: string): DossierItemRow {
  const row = db.select().from(dossierItems).where(and(eq(dossierItems.id, id), isNull(dossierItems.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export interface Party {
  id: string;
  name: string;
  /** Where letters to this party go: the provider's own person or organisation, or the customer. */
  person: PersonRow;
  /** The provider's contact person, for the "t.a.v." line. */
  contact: PersonRow | null;
}

/** The provider of a complaint (K3 dienstverlener, or B5 the provider who complains). */
export function providerParty(db: Db, providerId: string | null): Party {
  const provider = providerId ? db.select().from(providers).where(eq(providers.id, providerId)).get() : undefined;
  const person = provider ? findPersonRow(db, provider.personId) : undefined;
  if (!provider || !person) throw new DomainError('complaint.concerns_unknown');
  return { id: provider.id, name: displayName(person), person, contact: findPersonRow(db, provider.contactPersonId) ?? null };
}

/** The customer: the complainant of a complaint about a provider, or the person a provider complains about (B5). */
export function customerParty(db: Db, customerId: string): Party {
  const person = findPersonRow(db, customerId);
  if (!person) throw new DomainError('complaint.concerns_unknown');
  return { id: person.id, name: displayName(person), person, contact: null };
}

export function customerIdOf(complaint: ComplaintRow): string | null {
  return complaint.concernsKind === 'klant' ? complaint.concernsPersonId : complaint.complainantId;
}

export function mediationView(db: Db, row: MediationRow): Mediation {
  const complaint = getComplaintRow(db, row.complaintId);
  const provider = providerParty(db, row.providerId);
  const customer = customerParty(db, row.customerId);
  const items = itemRows(db, row.complaintId);
  return {
    id: row.id,
    version: row.version,
    complaintId: row.complaintId,
    direction: row.direction,
    provider: { id: provider.id, name: provider.name },
    customer: { id: customer.id, name: customer.name },
    adviceGivenOn: row.adviceGivenOn,
    adviceNote: row.adviceNote,
    conditions: row.conditions ?? null,
    conditionsCheckedOn: row.conditionsCheckedOn,
    failingConditions: failingConditions(row.conditions ?? null),
    status: row.status,
    responseRequestedOn: row.responseRequestedOn,
    responseDue: row.responseDue,
    responseReceivedOn: row.responseReceivedOn,
    response: row.response,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    outcomeOn: row.outcomeOn,
    emailSubject: emailSubject(customer.name, provider.name, row.direction),
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      description: item.description,
      paid: item.paid ?? null,
      fileName: item.fileName,
      contentType: item.contentType,
      byteSize: item.byteSize,
      createdAt: item.createdAt,
    })),
    missingItems: missingItems({ customer: customer.person, providerName: provider.name, description: complaint.description, itemKinds: items.map((i) => i.kind) }),
  };
}

export function mediationById(db: Db, id: string): Mediation {
  return mediationView(db, getMediationRow(db, id));
}
