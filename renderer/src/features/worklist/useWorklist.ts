import { useLocalStorage } from '@mantine/hooks';
import type { WORKLIST_SCOPES } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';

export type WorklistScope = (typeof WORKLIST_SCOPES)[number];

/** The chosen scope (Mijn werk / Mijn team) is remembered on this desktop, for the card and the page alike. */
export function useWorklist() {
  const [scope, setScope] = useLocalStorage<WorklistScope>({ key: 'servicedesk.worklist.scope', defaultValue: 'mine', getInitialValueInEffect: false });
  // The list changes as colleagues work: look again every minute while it is on screen.
  const query = useProcedure('worklist.items', { scope, horizonWorkingDays: 5 }, { refetchInterval: 60_000 });
  return { scope, setScope, query };
}
