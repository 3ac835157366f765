import { addWorkingDays, workingDaysBetween } from '../calendar';
import { deadlineSettings } from '../complaints/settings';
import { amsterdamDay } from '../contracts/format';
import { workItemLabel } from '../contracts/complaints';
import { worklistContracts, type WorklistGroup, type WorklistItem } from '../contracts/worklist';
import { requireUser } from '../context';
import { defineHandlers } from '../handlers';
import { worklistRows } from './query';

export const worklistHandlers = defineHandlers(worklistContracts, {
  'worklist.items': (input, ctx) => {
    const user = requireUser(ctx);
    const settings = deadlineSettings(ctx.db);
    const today = amsterdamDay(ctx.clock.now());
    const horizon = addWorkingDays(today, input.horizonWorkingDays, settings);
    const rows = worklistRows(ctx.sqlite, { userId: user.id, roles: user.roles, teamId: user.teamId, scope: input.scope, horizon });
    // Many items share a due day; count the working days once per day.
    const overdueByDay = new Map<string, number>();
    const overdue = (dueOn: string) => {
      let days = overdueByDay.get(dueOn);
      if (days === undefined) overdueByDay.set(dueOn, (days = workingDaysBetween(dueOn, today, settings)));
      return days;
    };
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
        workingDaysOverdue: group === 'overdue' ? overdue(r.dueOn) : 0,
      };
    });
    return { today, horizon, items };
  },
});
