import { List, Text } from '@mantine/core';
import { fieldLabel, type AuditEntry } from '../../../core/contracts';
import { formatAuditValue, type NameLookup } from './auditFormat';

/** The fields one save changed, in the order of the form: "Veld: oud → nieuw". */
export function ChangeList({ entries, lookup }: { entries: AuditEntry[]; lookup: NameLookup }) {
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);
  return (
    <List listStyleType="none" spacing={2} size="sm">
      {ordered.map((e) => (
        <List.Item key={`${e.seq}:${e.field}`}>
          <Text span size="sm" c="dimmed">
            {fieldLabel(e.tableName, e.field)}:{' '}
          </Text>
          {e.op !== 'insert' && (
            <>
              <Text span size="sm" c="dimmed">
                {formatAuditValue(e.field, e.oldValue, lookup)}
              </Text>
              {' → '}
            </>
          )}
          <Text span size="sm">
            {formatAuditValue(e.field, e.newValue, lookup)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
