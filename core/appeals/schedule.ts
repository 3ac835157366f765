import type { z } from 'zod';
import type { appealsContracts } from '../contracts/appeals';
import { amsterdamDay, formatDateTime } from '../contracts/format';
import type { Db } from '../../db/client';
import { hearingReportDue, type Deadline, type DeadlineSettings } from '../complaints/deadlines';
import { COMPLAINT_DOSSIER } from '../complaints/letters';
import { instantFromAmsterdamLocal } from '../contracts/local-time';
import type { ComplaintRow } from '../complaints/queries';
import { DomainError } from '../errors';
import type { Writer } from '../mutation/writer';
import { addWorkItem, openWorkItems, rescheduleWorkItems } from '../worklist/items';
import type { PlannedHearing } from './letters';

/** The appeal's dates and the director's work items that carry them (K11-K13). */

type HearingInput = z.output<(typeof appealsContracts)['appeals.scheduleHearing']['input']>['hearing'];

/** K12: a hearing as typed on the form (Woerden time), stored as an instant; never before the appeal arrived. */
export function plannedHearing(input: HearingInput | null, appealReceivedOn: string): PlannedHearing | null {
  if (!input) return null;
  const at = instantFromAmsterdamLocal(input.at);
  if (amsterdamDay(at) < appealReceivedOn) throw new DomainError('appeal.hearing_before_appeal', {}, ['hearing.at']);
  return { kind: input.kind, at: at.toISOString() };
}

export function hearingDay(hearing: PlannedHearing | null): string | null {
  return hearing ? amsterdamDay(new Date(hearing.at)) : null;
}

/** The appeal is the director's work (K11), whoever registered it. */
function directorItem(row: ComplaintRow) {
  return { dossierKind: COMPLAINT_DOSSIER, dossierId: row.id, assigneeRole: 'director', urgent: row.urgent } as const;
}

export function addDirectorItem(w: Writer, row: ComplaintRow, kind: 'bezwaar_ontvankelijkheid' | 'uitspraak', deadline: Deadline): void {
  addWorkItem(w, { ...directorItem(row), kind, rule: deadline.rule, dueOn: deadline.due });
}

/** K12: the hearing on its day and its report within a few working days after; both move with the hearing. */
export function planHearingItems(w: Writer, db: Db, row: ComplaintRow, day: string, s: DeadlineSettings): void {
  const report = hearingReportDue(day, s);
  const items = [
    { kind: 'hoorzitting', dueOn: day, rule: 'K12' },
    { kind: 'gespreksverslag', dueOn: report.due, rule: report.rule },
  ];
  for (const item of items) {
    if (openWorkItems(db, COMPLAINT_DOSSIER, row.id, [item.kind]).length > 0) rescheduleWorkItems(w, db, COMPLAINT_DOSSIER, row.id, item.kind, item.dueOn, item.rule);
    else addWorkItem(w, { ...directorItem(row), ...item });
  }
}

/** K13: a decision day counted from the hearing moves when the hearing does. */
export function rescheduleDecision(w: Writer, db: Db, row: ComplaintRow, deadline: Deadline): void {
  rescheduleWorkItems(w, db, COMPLAINT_DOSSIER, row.id, 'uitspraak', deadline.due, deadline.rule);
}

export const HEARING_FORM = { telefonisch: 'telefonisch', hoofdkantoor: 'op het hoofdkantoor' } as const;

/** "op 03-12-2026 10:30, telefonisch" for the timeline. */
export function hearingText(hearing: PlannedHearing): string {
  return `op ${formatDateTime(hearing.at)}, ${HEARING_FORM[hearing.kind]}`;
}
