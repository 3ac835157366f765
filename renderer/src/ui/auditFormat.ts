import { formatDate, formatDateTime, ROLE_LABELS, tableLabel, type AuditEntry, type Role } from '../../../core/contracts';
import { useProcedure } from '../api/queries';

/** Names behind ids, so the audit trail says "Team Servicedesk" instead of a UUID. */
export interface NameLookup {
  staff: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
}

export function useNameLookup(): NameLookup {
  const staff = useProcedure('staff.options', {});
  const teams = useProcedure('teams.list', {});
  return {
    staff: new Map((staff.data ?? []).map((s) => [s.id, s.name])),
    teams: new Map((teams.data ?? []).map((t) => [t.id, t.name])),
  };
}

export const OP_LABELS: Record<AuditEntry['op'], string> = {
  insert: 'Toegevoegd',
  update: 'Gewijzigd',
  delete: 'Verwijderd',
};

export const OP_COLORS: Record<AuditEntry['op'], string> = { insert: 'green', update: 'blue', delete: 'red' };

const EMPTY = '—';

/** A stored value as a person reads it: Ja/Nee, role names, Dutch dates, names instead of ids. */
export function formatAuditValue(field: string, value: unknown, lookup: NameLookup): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'number') return value.toLocaleString('nl-NL');
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    if (field === 'roles') return value.map((role) => ROLE_LABELS[role as Role] ?? String(role)).join(', ');
    return value.map((v) => formatAuditValue(field, v, lookup)).join(', ');
  }
  if (typeof value === 'string') {
    const name = lookup.staff.get(value) ?? lookup.teams.get(value);
    if (name) return name;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    // Stored codes such as telefonisch_geselecteerd read as words.
    if (/^[a-z]+(_[a-z]+)+$/.test(value)) return value.replace(/_/g, ' ');
    return value;
  }
  // Small objects (a work region, an attachment) as "key: value" pairs rather than JSON.
  if (typeof value === 'object') {
    const region = value as { from?: unknown; to?: unknown };
    if (typeof region.from === 'string' && typeof region.to === 'string') return region.from === region.to ? region.from : `${region.from}–${region.to}`;
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => (typeof v === 'object' ? `${k}: ${JSON.stringify(v)}` : Object.keys(value as object).length === 1 ? String(v) : `${k}: ${String(v)}`))
      .join(' · ');
  }
  return String(value);
}

/** What the changed row is, in words: the person's or team's name where we know it. */
export function describeRow(entry: Pick<AuditEntry, 'tableName' | 'rowId'>, lookup: NameLookup): string {
  if (entry.tableName === 'staff') return lookup.staff.get(entry.rowId) ?? tableLabel('staff');
  if (entry.tableName === 'teams') return lookup.teams.get(entry.rowId) ?? tableLabel('teams');
  return tableLabel(entry.tableName);
}

/** Who made a change. */
export function actorName(entry: Pick<AuditEntry, 'userId' | 'userName' | 'tableName'>): string {
  if (entry.userName) return entry.userName;
  if (entry.userId) return 'Onbekende medewerker';
  // Without a user: a sign-in attempt (on staff) or the application itself (the mail sender).
  return entry.tableName === 'staff' ? 'Aanmeldpoging' : 'Systeem';
}

/** The lines of one save of one record belong together: one moment, one person, one row. */
export function groupChanges(entries: readonly AuditEntry[]): AuditEntry[][] {
  const groups: AuditEntry[][] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.txId === entry.txId && last[0]!.rowId === entry.rowId) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}
