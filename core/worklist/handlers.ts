import { addWorkingDays, workingDaysBetween } from '../calendar';
import type { DeadlineSettings } from '../complaints/deadlines';
import { deadlineSettings } from '../complaints/settings';
import { amsterdamDay } from '../contracts/format';
import { workItemLabel } from '../contracts/complaints';
import { worklistContracts, type WorklistGroup, type WorklistItem } from '../contracts/worklist';
import { requireUser } from '../context';
import { defineHandlers } from '../handlers';
import { worklistRows } from './query';

/**
 * Working days overdue per due day. Walking back from today once, through the due days from the
 * latest to the earliest, counts each stretch of the calendar once, however long the list.
 */
export function workingDaysOverdue(dueDays: string[], today: string, settings: DeadlineSettings): Map<string, number> {
  const result = new Map<string, number>();
  let later = today;
  let counted = 0;
  for (const day of [...new Set(dueDays)].sort().reverse()) {
    counted += workingDaysBetween(day, later, settings);
    result.set(day, counted);
    later = day;
  }
  return result;
}

export const worklistHandlers = defineHandlers(worklistContracts, {
  'worklist.items': (input, ctx) => {
    const user = requireUser(ctx);
    const settings = deadlineSettings(ctx.db);
    const today = amsterdamDay(ctx.clock.now());
    const horizon = addWorkingDays(today, input.horizonWorkingDays, settings);
    const rows = worklistRows(ctx.sqlite, { userId: user.id, roles: user.roles, teamId: user.teamId, scope: input.scope, horizon });
    const overdue = workingDaysOverdue(rows.map((r) => r.dueOn).filter((d) => d < today), today, settings);
    const items: WorklistItem[] = rows.map((r) => {
      const group: WorklistGroup = r.dueOn < today ? 'overdue' : r.dueOn === today ? 'today' : 'soon';
      return {
        id: r.id,
        dossierKind: r.dossierKind,
        dossierId: r.dossierId,
        kind: r.kind,
        label: workItemLabel(r.kind),
        rule: r.rule,
        dueOn: r.dueOn,
        assignee: r.assignee,
        team: r.team,
        assigneeRole: r.assigneeRole,
        urgent: r.urgent,
        doneAt: null,
        group,
        dossierNumber: r.dossierNumber,
        dossierTitle: r.dossierTitle,
        workingDaysOverdue: overdue.get(r.dueOn) ?? 0,
      };
    });
    return { today, horizon, items };
  },
});
