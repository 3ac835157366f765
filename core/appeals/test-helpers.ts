import fs from 'node:fs';
import path from 'node:path';
import { procedureSettings } from '../../db/schema';
import type { ProcedureInput } from '../contracts';
import type { Complaint } from '../contracts/complaints';
import type { DocumentSummary } from '../contracts/documents';
import { ensureProcedureSettings } from '../complaints/settings';
import { answeredComplaint, type ComplaintOffice } from '../complaints/test-helpers';
import type { TestCore } from '../testing/harness';
import { docxLines, readDocx } from '../../templates/render/testing';

/**
 * Appeals start from a complaint whose written answer went out on Monday 23 November 2026 (the test
 * office's first day), so the one-month window ends on Wednesday 23 December 2026.
 */
export const ANSWER_SENT_ON = '2026-11-23';
export const WINDOW_ENDS = '2026-12-23';

/** The clock on `day` at 10:00 in Woerden (winter time). */
export function onDay(t: TestCore, day: string): void {
  t.clock.set(`${day}T09:00:00Z`);
}

type RegisterInput = ProcedureInput<'appeals.register'>;

/** An answered complaint and its appeal, registered on the day it was received. */
export async function appealedComplaint(
  t: TestCore,
  office: ComplaintOffice,
  options: { receivedOn?: string; hearing?: RegisterInput['hearing']; complaint?: Parameters<typeof answeredComplaint>[2] } = {},
) {
  const complaint = await answeredComplaint(t, office, options.complaint);
  const receivedOn = options.receivedOn ?? '2026-12-08';
  onDay(t, receivedOn);
  const registered = await t.ok('appeals.register', { complaintId: complaint.id, receivedOn, grounds: 'De voorgestelde vergoeding dekt mijn kosten niet.', hearing: options.hearing ?? null }, office.desk.session);
  return { ...registered, answered: complaint };
}

/** K13: make the decision count from the hearing, as an administrator sets it. */
export function decisionCountsFromHearing(t: TestCore, office: ComplaintOffice): void {
  t.core.write(office.adminUser.id, (w) => w.update(procedureSettings, ensureProcedureSettings(w, t.core.db).id, { decisionCountsFrom: 'hearing' }));
}

export function openKinds(complaint: Complaint): string[] {
  return complaint.workItems.filter((i) => !i.doneAt).map((i) => i.kind);
}

export function item(complaint: Complaint, kind: string) {
  return complaint.workItems.find((i) => i.kind === kind);
}

/** The text of an archived letter, as Word shows it, on one line. */
export async function letterText(t: TestCore, document: Pick<DocumentSummary, 'id'>): Promise<string> {
  const row = t.core.sqlite.prepare('SELECT file_path AS filePath FROM documents WHERE id = ?').get(document.id) as { filePath: string };
  const parts = await readDocx(fs.readFileSync(path.join(t.core.documentsDir, row.filePath)));
  return docxLines(parts.documentXml).join(' ').replace(/\s+/g, ' ');
}

/** Timeline lines of a dossier, in order. */
export function steps(t: TestCore, complaintId: string): string[] {
  return (t.core.sqlite.prepare('SELECT text FROM complaint_steps WHERE complaint_id = ? ORDER BY at, rowid').all(complaintId) as { text: string }[]).map((r) => r.text);
}

export function documentRows(t: TestCore, complaintId: string) {
  return t.core.sqlite.prepare('SELECT type_key AS typeKey, status FROM documents WHERE dossier_id = ? ORDER BY rowid').all(complaintId) as { typeKey: string; status: string }[];
}

/** Everything a step could have written, to prove that a refused one wrote nothing. */
export function footprint(t: TestCore) {
  const count = (table: string) => (t.core.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    audit: count('audit_log'),
    changes: count('change_log'),
    documents: count('documents'),
    appeals: count('complaint_appeals'),
    items: count('work_items'),
    steps: count('complaint_steps'),
    mails: count('mail_outbox'),
  };
}
