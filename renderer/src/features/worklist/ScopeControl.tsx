import { SegmentedControl } from '@mantine/core';
import { WORKLIST_SCOPE_LABELS, WORKLIST_SCOPES } from '../../../../core/contracts';
import type { WorklistScope } from './useWorklist';

export function ScopeControl({ value, onChange }: { value: WorklistScope; onChange: (scope: WorklistScope) => void }) {
  return (
    <SegmentedControl
      size="xs"
      aria-label="Werkvoorraad van"
      value={value}
      onChange={(v) => onChange(v as WorklistScope)}
      data={WORKLIST_SCOPES.map((s) => ({ value: s, label: WORKLIST_SCOPE_LABELS[s] }))}
    />
  );
}
