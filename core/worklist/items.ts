import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workItems } from '../../db/schema';
import type { Writer } from '../mutation/writer';

export type WorkItemRow = typeof workItems.$inferSelect;

export interface NewWorkItem {
  dossierKind: string;
  dossierId: string;
  kind: string;
  rule: string;
  dueOn: string;
  assigneeId?: string | null;
  teamId?: string | null;
  assigneeRole?: string | null;
  urgent?: boolean;
  subjectId?: string | null;
}

/** A deadline on a dossier, stored with the rule that set it, so the work list is one query. */
export function addWorkItem(w: Writer, item: NewWorkItem): WorkItemRow {
  return w.insert(workItems, {
    dossierKind: item.dossierKind,
    dossierId: item.dossierId,
    kind: item.kind,
    rule: item.rule,
    dueOn: item.dueOn,
    assigneeId: item.assigneeId ?? null,
    teamId: item.teamId ?? null,
    assigneeRole: item.assigneeRole ?? null,
    urgent: item.urgent ?? false,
    doneAt: null,
    subjectId: item.subjectId ?? null,
  });
}

export function openWorkItems(db: Db, dossierKind: string, dossierId: string, kinds?: readonly string[]): WorkItemRow[] {
  return db
    .select()
    .from(workItems)
    .where(
      and(
        eq(workItems.dossierKind, dossierKind),
        eq(workItems.dossierId, dossierId),
        isNull(workItems.doneAt),
        isNull(workItems.deletedAt),
        kinds ? inArray(workItems.kind, [...kinds]) : undefined,
      ),
    )
    .all();
}

/** Marks the dossier's open items of these kinds (all when omitted) as done. */
export function completeWorkItems(w: Writer, db: Db, dossierKind: string, dossierId: string, kinds?: readonly string[]): void {
  for (const item of openWorkItems(db, dossierKind, dossierId, kinds)) w.update(workItems, item.id, { doneAt: w.at });
}

/** Moves the dossier's open items of these kinds to another person (and team). */
export function reassignWorkItems(
  w: Writer,
  db: Db,
  dossierKind: string,
  dossierId: string,
  kinds: readonly string[],
  to: { assigneeId?: string | null; teamId?: string | null },
): void {
  for (const item of openWorkItems(db, dossierKind, dossierId, kinds)) w.update(workItems, item.id, to);
}

/** Replaces the due day of the dossier's open items of one kind (a deadline that was recomputed). */
export function rescheduleWorkItems(w: Writer, db: Db, dossierKind: string, dossierId: string, kind: string, dueOn: string, rule: string): void {
  for (const item of openWorkItems(db, dossierKind, dossierId, [kind])) w.update(workItems, item.id, { dueOn, rule });
}

/** Marks the open items about one subject of a dossier (a finding, a request) as done. */
export function completeSubjectWorkItems(w: Writer, db: Db, subjectId: string): void {
  const items = db
    .select({ id: workItems.id })
    .from(workItems)
    .where(and(eq(workItems.subjectId, subjectId), isNull(workItems.doneAt), isNull(workItems.deletedAt)))
    .all();
  for (const item of items) w.update(workItems, item.id, { doneAt: w.at });
}
