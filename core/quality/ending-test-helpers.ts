import fs from 'node:fs';
import path from 'node:path';
import type { ProcedureInput } from '../contracts';
import type { Participant } from '../contracts/quality';
import type { TestCore } from '../testing/harness';
import { docxLines, readDocx } from '../../templates/render/testing';
import { customer, reviewInput, type QualityOffice } from './test-helpers';

/** Helpers for the tests of the register's endings (decisions, termination, violations, blacklist). */

/** The clock on `day` at 10:00 in Woerden (winter time). */
export function onDay(t: TestCore, day: string): void {
  t.clock.set(`${day}T09:00:00Z`);
}

/** The text of an archived letter, as Word shows it, on one line. */
export async function letterText(t: TestCore, documentId: string): Promise<string> {
  const row = t.core.sqlite.prepare('SELECT file_path AS filePath FROM documents WHERE id = ?').get(documentId) as { filePath: string };
  const parts = await readDocx(fs.readFileSync(path.join(t.core.documentsDir, row.filePath)));
  return docxLines(parts.documentXml).join(' ').replace(/\s+/g, ' ');
}

export function documentsOf(t: TestCore, participantId: string) {
  return t.core.sqlite
    .prepare("SELECT id, type_key AS typeKey, status, sent_via AS sentVia FROM documents WHERE dossier_kind = 'quality' AND dossier_id = ? ORDER BY rowid")
    .all(participantId) as { id: string; typeKey: string; status: string; sentVia: string | null }[];
}

export function workItemsOf(t: TestCore, participantId: string) {
  return t.core.sqlite
    .prepare("SELECT kind, rule, due_on AS dueOn, assignee_role AS assigneeRole, done_at AS doneAt, subject_id AS subjectId FROM work_items WHERE dossier_kind = 'quality' AND dossier_id = ? ORDER BY rowid")
    .all(participantId) as { kind: string; rule: string; dueOn: string; assigneeRole: string | null; doneAt: string | null; subjectId: string | null }[];
}

export function openItemKinds(t: TestCore, participantId: string): string[] {
  return workItemsOf(t, participantId)
    .filter((i) => !i.doneAt)
    .map((i) => i.kind);
}

/** Everything a step of the register's endings could have written, to prove that a refused one wrote nothing. */
export function footprint(t: TestCore) {
  const count = (table: string) => (t.core.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    audit: count('audit_log'),
    documents: count('documents'),
    items: count('work_items'),
    mails: count('mail_outbox'),
    decisions: count('quality_decisions'),
    hardship: count('quality_hardship_requests'),
    violations: count('quality_violations'),
    files: count('quality_evidence_files'),
    blacklist: count('quality_blacklist'),
  };
}

/**
 * Q3 rule 1: three reviews in the half year before today, two of them insufficient, on the days
 * after the registration (23 November 2026); the clock ends on the last of them. The register
 * assesses the participant after each review, so this makes one open finding.
 */
export async function ruleOneFinding(t: TestCore, office: QualityOffice, participantId: string, days = ['2026-11-24', '2026-11-25', '2026-11-26']): Promise<Participant> {
  const judgements = [true, false, false];
  let participant: Participant | undefined;
  for (const [i, day] of days.entries()) {
    onDay(t, day);
    const person = await customer(t, office, `Klant${i + 1}`);
    participant = await t.ok('quality.addReview', reviewInput(participantId, person.id, day, judgements[i]!), office.desk.session);
  }
  return participant!;
}

export function openFinding(participant: Participant, rule: number) {
  const finding = participant.findings.find((f) => f.rule === rule && f.status === 'open');
  if (!finding) throw new Error(`no open finding for rule ${rule}: ${JSON.stringify(participant.findings.map((f) => [f.rule, f.status]))}`);
  return finding;
}

type DecideInput = ProcedureInput<'quality.decide'>;

/** Q3 rule 6: the board ends the participation on `terminationDate` (today when left out), the letter by post. */
export async function boardTerminates(t: TestCore, office: QualityOffice, participantId: string, overrides: Partial<DecideInput> = {}) {
  return t.ok(
    'quality.decide',
    { participantId, findingId: null, outcome: 'beeindigen', reasons: 'Vertrouwelijk: herhaaldelijk klachten over oplichting van ouderen.', terminationDate: null, via: 'post', ...overrides },
    office.board.session,
  );
}
