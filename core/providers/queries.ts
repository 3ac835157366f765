import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { persons, providers, providerScreeningSteps, providerServices, serviceCategories, staff } from '../../db/schema';
import {
  PROVIDER_CONTRACT_NOTE,
  type ProviderDetail,
  type ProviderPerson,
  type Region,
  type ScreeningStatus,
  type ServiceCategory,
} from '../contracts/providers';
import { preparedOnce } from '../db/prepared';
import { DomainError } from '../errors';
import { displayName } from '../persons/names';
import { allowedSteps, insuranceStatus, missingForApproval } from './rules';

export type ProviderRecord = typeof providers.$inferSelect;
export type PersonRecord = typeof persons.$inferSelect;
export type CategoryRecord = typeof serviceCategories.$inferSelect;

export function findProviderRow(db: Db, id: string): ProviderRecord | undefined {
  const statement = preparedOnce(db, 'providers.byId', () =>
    db.select().from(providers).where(and(eq(providers.id, sql.placeholder('id')), isNull(providers.deletedAt))).prepare(),
  );
  return statement.get({ id });
}

export function getProviderRow(db: Db, id: string): ProviderRecord {
  const row = findProviderRow(db, id);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function findProviderByPerson(db: Db, personId: string): ProviderRecord | undefined {
  return db.select().from(providers).where(and(eq(providers.personId, personId), isNull(providers.deletedAt))).get();
}

export function findPerson(db: Db, id: string): PersonRecord | undefined {
  return db.select().from(persons).where(and(eq(persons.id, id), isNull(persons.deletedAt), isNull(persons.mergedIntoId))).get();
}

function personSummary(p: PersonRecord): ProviderPerson {
  return {
    id: p.id,
    kind: p.kind,
    name: displayName(p),
    sortName: p.sortName,
    street: p.street,
    houseNumber: p.houseNumber,
    houseNumberAddition: p.houseNumberAddition,
    postcode: p.postcode,
    city: p.city,
    phone: p.phone,
    email: p.email,
  };
}

/** The provider's current services with their category, by category name. */
export function providerServiceRows(db: Db, providerId: string) {
  return db
    .select({
      id: providerServices.id,
      categoryId: providerServices.categoryId,
      categoryName: serviceCategories.name,
      categoryActive: serviceCategories.active,
      experience: providerServices.experience,
    })
    .from(providerServices)
    .innerJoin(serviceCategories, eq(serviceCategories.id, providerServices.categoryId))
    .where(and(eq(providerServices.providerId, providerId), isNull(providerServices.deletedAt)))
    .orderBy(asc(serviceCategories.name))
    .all();
}

export function screeningHistory(db: Db, providerId: string) {
  return db
    .select({
      id: providerScreeningSteps.id,
      step: providerScreeningSteps.step,
      doneOn: providerScreeningSteps.doneOn,
      doneBy: providerScreeningSteps.doneBy,
      doneByName: staff.name,
      note: providerScreeningSteps.note,
      recordedAt: providerScreeningSteps.createdAt,
    })
    .from(providerScreeningSteps)
    .leftJoin(staff, eq(staff.id, providerScreeningSteps.doneBy))
    .where(and(eq(providerScreeningSteps.providerId, providerId), isNull(providerScreeningSteps.deletedAt)))
    .orderBy(asc(providerScreeningSteps.doneOn), asc(providerScreeningSteps.createdAt))
    .all()
    .map((s) => ({ ...s, doneByName: s.doneByName ?? null }));
}

/** The most recent day a screening step was done, so a later step cannot be dated before it. */
export function lastStepDay(db: Db, providerId: string): string | null {
  const row = db
    .select({ day: sql<string | null>`max(${providerScreeningSteps.doneOn})` })
    .from(providerScreeningSteps)
    .where(and(eq(providerScreeningSteps.providerId, providerId), isNull(providerScreeningSteps.deletedAt)))
    .get();
  return row?.day ?? null;
}

export function approvalCheck(db: Db, row: ProviderRecord, today: string) {
  return missingForApproval({ ...row, regions: row.regions as Region[] }, providerServiceRows(db, row.id), today);
}

export function providerDetail(db: Db, id: string, today: string): ProviderDetail {
  const row = getProviderRow(db, id);
  const person = findPersonAnyState(db, row.personId);
  const contact = row.contactPersonId ? findPersonAnyState(db, row.contactPersonId) : undefined;
  const services = providerServiceRows(db, row.id);
  const regions = row.regions as Region[];
  const status = row.screeningStatus as ScreeningStatus;
  return {
    id: row.id,
    providerType: row.providerType,
    person: personSummary(person),
    contactPerson: contact ? personSummary(contact) : null,
    kvkNumber: row.kvkNumber,
    insurer: row.insurer,
    policyNumber: row.policyNumber,
    insuredUntil: row.insuredUntil,
    insurance: insuranceStatus(row.insuredUntil, today),
    branchOrganisation: row.branchOrganisation,
    vogReceivedOn: row.vogReceivedOn,
    screeningStatus: status,
    rejectionReason: row.rejectionReason,
    services,
    regions,
    notes: row.notes,
    screening: screeningHistory(db, row.id),
    allowedSteps: allowedSteps(status),
    missingForApproval: status === 'goedgekeurd' ? [] : missingForApproval({ ...row, regions }, services, today),
    contractNote: PROVIDER_CONTRACT_NOTE,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

// A provider's page still shows its person after that record was tombstoned elsewhere.
function findPersonAnyState(db: Db, id: string): PersonRecord {
  const row = db.select().from(persons).where(eq(persons.id, id)).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

// D4: the editable list of service categories.
export function listCategories(db: Db, includeInactive: boolean, onlyId?: string): ServiceCategory[] {
  const providerCount = sql<number>`(SELECT count(*) FROM provider_services o JOIN providers p ON p.id = o.provider_id
    WHERE o.category_id = service_categories.id AND o.deleted_at IS NULL AND p.deleted_at IS NULL)`;
  return db
    .select({ id: serviceCategories.id, name: serviceCategories.name, active: serviceCategories.active, providerCount, version: serviceCategories.version })
    .from(serviceCategories)
    .where(and(isNull(serviceCategories.deletedAt), includeInactive ? undefined : eq(serviceCategories.active, true), onlyId ? eq(serviceCategories.id, onlyId) : undefined))
    .orderBy(asc(sql`${serviceCategories.name} COLLATE NOCASE`))
    .all();
}

export function category(db: Db, id: string): ServiceCategory {
  const found = listCategories(db, true, id)[0];
  if (!found) throw new DomainError('record.not_found');
  return found;
}

export function findCategory(db: Db, id: string): CategoryRecord | undefined {
  return db.select().from(serviceCategories).where(and(eq(serviceCategories.id, id), isNull(serviceCategories.deletedAt))).get();
}

/** Names are unique without regard to case ("schilderwerk" = "Schilderwerk"); the list is short. */
export function findCategoryByName(db: Db, name: string): CategoryRecord | undefined {
  const wanted = name.trim().toLocaleLowerCase('nl');
  return db
    .select()
    .from(serviceCategories)
    .where(isNull(serviceCategories.deletedAt))
    .all()
    .find((c) => c.name.toLocaleLowerCase('nl') === wanted);
}
