import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { persons, providers, providerServices, serviceCategories } from '../../db/schema';
import type { expiringInsuranceSchema, providerListInput, ProviderRow, Region } from '../contracts/providers';
import { preparedOnce } from '../db/prepared';
import { displayName } from '../persons/names';
import { coversSearchTerm, daysBetween, insuranceStatus, addDays } from './rules';

type ListInput = z.output<typeof providerListInput>;

/**
 * D4: region matching runs the same rule as everywhere else (rules.ts) inside SQLite, so a list
 * filter and a later request match can never disagree about who covers "3441 AB".
 */
function registerRegionFunction(sqlite: Database.Database): void {
  preparedOnce(sqlite, 'providers.covers_region', () => {
    sqlite.function('provider_covers_region', { deterministic: true }, (regions: unknown, term: unknown) =>
      typeof regions === 'string' && typeof term === 'string' && coversSearchTerm(JSON.parse(regions) as Region[], term) ? 1 : 0,
    );
    return true;
  });
}

/** Search-as-you-type on names: every word a prefix, diacritics folded by the index itself. */
export function ftsQuery(text: string): string | null {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

const STATUS_RANK = sql`CASE ${providers.screeningStatus} WHEN 'aangemeld' THEN 1 WHEN 'telefonisch_geselecteerd' THEN 2 WHEN 'bezocht' THEN 3
  WHEN 'goedgekeurd' THEN 4 ELSE 5 END`;

function filters(input: ListInput): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(providers.deletedAt)];
  if (input.providerType) conditions.push(eq(providers.providerType, input.providerType));
  if (input.screeningStatus) conditions.push(eq(providers.screeningStatus, input.screeningStatus));
  // D2: only approved providers are in the system for search and matching.
  if (input.approved === true) conditions.push(eq(providers.screeningStatus, 'goedgekeurd'));
  if (input.approved === false) conditions.push(ne(providers.screeningStatus, 'goedgekeurd'));
  if (input.categoryId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${providerServices} WHERE ${providerServices.providerId} = ${providers.id}
      AND ${providerServices.categoryId} = ${input.categoryId} AND ${providerServices.deletedAt} IS NULL)`);
  }
  if (input.region) conditions.push(sql`provider_covers_region(${providers.regions}, ${input.region}) = 1`);
  if (input.text) {
    const match = ftsQuery(input.text);
    const byName = match ? sql`SELECT person_id FROM persons_fts WHERE persons_fts MATCH ${match}` : sql`SELECT NULL WHERE 0`;
    const digits = input.text.replace(/[\s.]/g, '');
    conditions.push(sql`(${providers.personId} IN (${byName}) OR ${providers.contactPersonId} IN (${byName})
      OR ${providers.kvkNumber} = ${digits} OR lower(${persons.city}) = lower(${input.text.trim()}))`);
  }
  return and(...conditions);
}

function ordering(input: ListInput): SQL[] {
  const dir = input.direction === 'desc' ? desc : asc;
  const byName = [dir(sql`${persons.sortName} COLLATE NOCASE`), asc(providers.id)];
  if (input.sort === 'status') return [dir(STATUS_RANK), asc(sql`${persons.sortName} COLLATE NOCASE`), asc(providers.id)];
  // Unknown insurance dates go last either way: they are neither soon nor far.
  if (input.sort === 'insuredUntil') return [asc(sql`${providers.insuredUntil} IS NULL`), dir(providers.insuredUntil), ...byName];
  return byName;
}

/** A page of providers for a virtual list, with the total for its scroll height. */
export function listProviders(db: Db, sqlite: Database.Database, input: ListInput, today: string): { total: number; offset: number; rows: ProviderRow[] } {
  registerRegionFunction(sqlite);
  const where = filters(input);
  const total = db.select({ n: sql<number>`count(*)` }).from(providers).innerJoin(persons, eq(persons.id, providers.personId)).where(where).get()?.n ?? 0;
  const page = db
    .select({ p: providers, person: persons })
    .from(providers)
    .innerJoin(persons, eq(persons.id, providers.personId))
    .where(where)
    .orderBy(...ordering(input))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const names = categoryNames(
    db,
    page.map((r) => r.p.id),
  );
  const rows = page.map(({ p, person }) => ({
    id: p.id,
    providerType: p.providerType,
    personId: p.personId,
    name: displayName(person),
    sortName: person.sortName,
    city: person.city,
    phone: person.phone,
    email: person.email,
    kvkNumber: p.kvkNumber,
    screeningStatus: p.screeningStatus,
    insuredUntil: p.insuredUntil,
    insurance: insuranceStatus(p.insuredUntil, today),
    categories: names.get(p.id) ?? [],
    regions: p.regions as Region[],
    version: p.version,
  }));
  return { total, offset: input.offset, rows };
}

function categoryNames(db: Db, providerIds: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (providerIds.length === 0) return result;
  const rows = db
    .select({ providerId: providerServices.providerId, name: serviceCategories.name })
    .from(providerServices)
    .innerJoin(serviceCategories, eq(serviceCategories.id, providerServices.categoryId))
    .where(and(inArray(providerServices.providerId, providerIds), isNull(providerServices.deletedAt)))
    .orderBy(asc(sql`${serviceCategories.name} COLLATE NOCASE`))
    .all();
  for (const r of rows) result.set(r.providerId, [...(result.get(r.providerId) ?? []), r.name]);
  return result;
}

/**
 * D2 work list: a range scan on providers_insured_idx. Providers without a date are not here: their
 * insurance is missing, not expiring, and approval already asks for it.
 */
export const EXPIRING_INSURANCE_SQL = `
  SELECT p.id, p.provider_type, p.screening_status, p.insurer, p.policy_number, p.insured_until,
         pe.kind, pe.organisation_name, pe.initials, pe.first_name, pe.infix, pe.last_name, pe.sort_name, pe.phone
  FROM providers p JOIN persons pe ON pe.id = p.person_id
  WHERE p.insured_until IS NOT NULL AND p.insured_until <= @until
    AND p.deleted_at IS NULL AND p.screening_status <> 'afgewezen'
  ORDER BY p.insured_until, pe.sort_name`;

type ExpiringRow = {
  id: string;
  provider_type: 'particulier' | 'bedrijf';
  screening_status: ProviderRow['screeningStatus'];
  insurer: string | null;
  policy_number: string | null;
  insured_until: string;
  kind: 'persoon' | 'organisatie';
  organisation_name: string | null;
  initials: string | null;
  first_name: string | null;
  infix: string | null;
  last_name: string | null;
  sort_name: string;
  phone: string | null;
};

export function insuranceExpiring(sqlite: Database.Database, today: string, withinDays: number): z.input<typeof expiringInsuranceSchema>[] {
  const statement = preparedOnce(sqlite, 'providers.insuranceExpiring', () => sqlite.prepare<{ until: string }, ExpiringRow>(EXPIRING_INSURANCE_SQL));
  return statement.all({ until: addDays(today, withinDays) }).map((r) => {
    const daysLeft = daysBetween(today, r.insured_until);
    return {
      id: r.id,
      providerType: r.provider_type,
      name: displayName({ kind: r.kind, organisationName: r.organisation_name, initials: r.initials, firstName: r.first_name, infix: r.infix, lastName: r.last_name }),
      phone: r.phone,
      screeningStatus: r.screening_status,
      insurer: r.insurer,
      policyNumber: r.policy_number,
      insuredUntil: r.insured_until,
      daysLeft,
      expired: daysLeft < 0,
    };
  });
}
