import { and, eq, getTableName } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { complaints, documents, householdMembers, mailOutbox, mediations, members, providers, qualityReviews } from '../../db/schema';
import type { SyncedTable, Writer } from '../mutation/writer';

/**
 * Every place a row points at a person, in one list. `persons.merge` moves each of them from the
 * merged person to the kept one; a reference missing here would be left pointing at a tombstone.
 *
 * A new area whose table refers to persons adds a line here (and a test in its own area that a
 * merge moves it). `scope` limits a generic dossier reference to the rows that mean a person.
 */
export interface PersonReference {
  table: SyncedTable;
  /** The row field (drizzle key) holding the person id. */
  field: string;
  /** Dutch, for the merge summary: "Lidmaatschappen". */
  label: string;
  scope?: { field: string; value: string };
}

function reference<T extends SyncedTable>(
  table: T,
  field: keyof T['$inferSelect'] & string,
  label: string,
  scope?: { field: keyof T['$inferSelect'] & string; value: string },
): PersonReference {
  return { table, field, label, scope };
}

export const PERSON_REFERENCES: readonly PersonReference[] = [
  reference(members, 'personId', 'Lidmaatschappen'),
  reference(householdMembers, 'personId', 'Huisgenoten'),
  reference(providers, 'personId', 'Dienstverleners'),
  reference(providers, 'contactPersonId', 'Contactpersoon van dienstverlener'),
  reference(complaints, 'complainantId', 'Klachten (als melder)'),
  reference(complaints, 'concernsPersonId', 'Klachten (als klant waarover geklaagd wordt)'),
  reference(mediations, 'customerId', 'Bemiddelingen (als klant)'),
  reference(qualityReviews, 'customerId', 'Klantbeoordelingen keurmerk (als klant)'),
  reference(documents, 'dossierId', 'Documenten', { field: 'dossierKind', value: 'person' }),
  reference(mailOutbox, 'dossierId', 'Uitgaande e-mail', { field: 'dossierKind', value: 'person' }),
];

/**
 * Moves every reference from `fromId` to `toId` through the writer (audit trail and change log per
 * row), tombstoned rows included, so nothing keeps pointing at the merged person.
 */
export function moveReferences(w: Writer, db: Db, fromId: string, toId: string): { table: string; label: string; count: number }[] {
  return PERSON_REFERENCES.map((ref) => {
    const columns = ref.table as unknown as Record<string, AnySQLiteColumn>;
    const condition = and(eq(columns[ref.field]!, fromId), ref.scope ? eq(columns[ref.scope.field]!, ref.scope.value) : undefined);
    const rows = db.select({ id: ref.table.id }).from(ref.table).where(condition).all() as { id: string }[];
    for (const row of rows) w.update(ref.table, row.id, { [ref.field]: toId } as never);
    return { table: getTableName(ref.table), label: ref.label, count: rows.length };
  });
}
