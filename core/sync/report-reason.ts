import { fieldLabel } from '../contracts/labels';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A sync report's reason as a person reads it. The server and SQLite give codes and English
 * constraint texts; the office needs to know what happened and what to do.
 */
export function describeReportReason(tableName: string, reason: string | null): string | null {
  if (reason === null) return null;
  if (reason === 'concurrent_edit') return 'Tegelijk op een andere computer gewijzigd; de latere wijziging geldt. Bij Conflicten kunt u uw waarde terugzetten.';
  if (reason === 'row_deleted') return 'Op een andere computer verwijderd terwijl u het wijzigde; uw wijziging staat bij Conflicten.';
  if (reason === 'row_rejected') return 'Hoort bij een gegeven dat de syncserver eerder weigerde.';
  if (reason === 'local_only') return 'Dit gegeven hoort alleen bij deze computer en wordt niet gedeeld.';
  const claimed = /^unique:([a-z_]+)\.([a-z_]+):(.*)$/s.exec(reason);
  if (claimed) {
    const [, table, column, value] = claimed;
    return `"${value}" (${fieldLabel(table!, camel(column!)).toLowerCase()}) is al in gebruik op een andere computer. Dit gegeven staat alleen op deze computer: geef het een andere waarde of verwijder het.`;
  }
  const local = /^UNIQUE constraint failed: ([a-z_]+)\.([a-z_]+)/.exec(reason);
  if (local) {
    const [, table, column] = local;
    return `Niet opgeslagen: ${fieldLabel(table!, camel(column!)).toLowerCase()} bestaat op deze computer al bij een ander gegeven.`;
  }
  return reason;
}
