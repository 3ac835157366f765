import { getTableColumns } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import { tableLabel } from '../contracts/labels';
import { syncedTableByName } from './apply';

/** Columns that name a row to a person, best first: a dossier or member number beats a name. */
const NAMING_COLUMNS = ['dossierNumber', 'membershipNumber', 'registrationNumber', 'sortName', 'name', 'subject'] as const;

/**
 * "K2026-000012", "Berg, J.": which row a sync report or conflict is about, from this desktop's copy
 * of it (shown beside the table's name). A row that is not here (rejected) is named by its table.
 */
export function describeSyncedRow(sqlite: Database.Database, tableName: string, rowId: string): string {
  const label = tableLabel(tableName);
  const table = syncedTableByName(tableName);
  if (!table) return label;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const naming = NAMING_COLUMNS.find((c) => c in columns);
  if (!naming) return label;
  const value = sqlite.prepare(`SELECT "${columns[naming]!.name}" FROM "${tableName}" WHERE id = ?`).pluck().get(rowId);
  return typeof value === 'string' && value !== '' ? value : label;
}
