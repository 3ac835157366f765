import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appealedComplaint } from '../appeals/test-helpers';
import type { ClientSession } from '../context';
import { complaintAboutProvider, mediationOffice, type MediationOffice } from '../mediation/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { CHROMIUM_PATH, htmlToPdf } from '../../templates/render/chromium-pdf';
import { answeredComplaint, intakeInputFor, ownedComplaint } from './test-helpers';
import { TIMELINE_SQL } from './timeline';

let t: TestCore;
let office: MediationOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await mediationOffice(t);
});
afterEach(() => t.close());

const timeline = (id: string, session: ClientSession = office.desk.session) => t.ok('complaints.timeline', { id }, session);
const print = (id: string) => t.ok('complaints.printDossier', { id }, office.desk.session);

async function preferEmail() {
  const person = await t.ok('persons.get', { id: office.complainant.id }, office.desk.session);
  await t.ok('persons.update', { ...person, preferredChannel: 'email' } as never, office.desk.session);
}

describe('the dossier timeline', () => {
  it('timeline: steps, letters, e-mails and calls, oldest first, each with who did it', async () => {
    await preferEmail();
    const minute = (m: number) => t.clock.set(`2026-11-23T09:${m}:00Z`);
    minute(30);
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    minute(31);
    const { documents } = await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    minute(32);
    await t.ok('complaints.assignOwner', { id: complaint.id, ownerId: office.desk.id }, office.manager.session);
    minute(40);
    await t.ok('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:35', reached: false, outcome: 'Voicemail ingesproken' }, office.desk.session);
    const lines = await timeline(complaint.id);
    expect(lines.map((l) => [l.kind, l.text, l.by])).toEqual([
      ['stap', `Klacht ontvangen via telefoon op 23-11-2026 09:15; dossier ${complaint.dossierNumber}`, 'Sanne Servicedesk'],
      ['stap', expect.stringContaining('Doorgestuurd naar team Leden'), 'Sanne Servicedesk'],
      ['stap', 'Ontvangstbevestiging (T1) verzonden per e-mail', 'Sanne Servicedesk'],
      ['document', `Brief: ${documents[0]!.title} (verzonden per e-mail)`, 'Sanne Servicedesk'],
      ['email', `E-mail aan j.devries@example.nl: Ontvangstbevestiging van uw klacht, dossier ${complaint.dossierNumber} (in de wachtrij)`, 'Sanne Servicedesk'],
      ['stap', 'Sanne Servicedesk is dossierverantwoordelijke (K6)', 'Marieke Manager'],
      ['gesprek', 'Gebeld door Sanne Servicedesk: niet bereikt — Voicemail ingesproken', 'Sanne Servicedesk'],
      ['stap', expect.stringContaining('Klant niet bereikt'), 'Sanne Servicedesk'],
    ]);
    const letter = lines.find((l) => l.kind === 'document')!;
    expect(letter.documentId).toEqual(expect.any(String));
    expect(lines.find((l) => l.text.startsWith('Ontvangstbevestiging'))!.documentId).toBe(letter.documentId);
    expect(lines.map((l) => l.at)).toEqual([...lines.map((l) => l.at)].sort());
  });

  it('timeline: a correction no step explains shows as a change, with the fields in Dutch', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    t.clock.set('2026-11-23T10:00:00Z');
    await t.ok('complaints.update', { ...intakeInputFor(office), id: complaint.id, complainantId: office.complainant.id, description: 'De monteur kwam twee keer niet.', urgent: true }, office.colleague.session);
    const lines = await timeline(complaint.id);
    expect(lines.filter((l) => l.kind === 'wijziging').map((l) => [l.text, l.by])).toEqual([['Dossier gewijzigd: Omschrijving, Spoed', 'Kees Collega']]);
    // Forwarding changes the dossier too, but that change is its step.
    await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    expect((await timeline(complaint.id)).filter((l) => l.kind === 'wijziging')).toHaveLength(1);
  });

  it('timeline: letters show whether they are a concept, definitive or sent, and how', async () => {
    const complaint = await ownedComplaint(t, office);
    await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'U meldde dat de monteur niet kwam.', answerSolution: 'Een nieuwe afspraak.' }, office.desk.session);
    const letters = async () => (await timeline(complaint.id)).filter((l) => l.kind === 'document').map((l) => l.text.replace(/^Brief: .* \(/, '('));
    expect(await letters()).toEqual(['(verzonden per post)', '(concept)']);
    await t.ok('complaints.approveAnswer', { id: complaint.id }, office.manager.session);
    expect(await letters()).toEqual(['(verzonden per post)', '(definitief)']);
  });

  it('timeline: every read uses an index, the audit trail its row index (EXPLAIN QUERY PLAN)', () => {
    for (const [name, sql] of Object.entries(TIMELINE_SQL)) {
      const plan = (t.core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ id: 'x', kind: 'complaint' }) as { detail: string }[]).map((p) => p.detail).join('\n');
      expect(plan, name).not.toMatch(/SCAN (audit_log|complaint_steps|complaint_calls|documents|mail_outbox|complaint_appeals|mediations|[asdcm])( |$)/m);
    }
  });

  it('timeline: an unknown dossier is not found', async () => {
    expect(await t.core.call('complaints.timeline', { id: '019a0000-0000-7000-8000-000000000000' }, office.desk.session)).toMatchObject({ ok: false, error: { code: 'record.not_found' } });
  });
});

describe('printing the dossier', () => {
  it('dossier print: one page with the header, deadlines, timeline and calls, then every archived letter on a new page', async () => {
    const complaint = await answeredComplaint(t, office);
    const { title, html } = await print(complaint.id);
    expect(title).toBe(`Dossier ${complaint.dossierNumber}`);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<title>Dossier ${complaint.dossierNumber}</title>`);
    expect(html).toContain('<html lang="nl">');
    for (const text of ['J. de Vries', 'Team Leden', 'Beantwoord', 'Sanne Servicedesk', 'Termijnen', 'Eerste telefonisch contact', 'Tijdlijn', 'Telefoongesprekken', 'Geen gesprekken vastgelegd.']) {
      expect(html, text).toContain(text);
    }
    // T1 and T3 were sent: both letters follow, each on its own named page.
    expect(html.match(/<div class="dossier-letter" data-page="letter\d">/g)).toHaveLength(2);
    expect(html).toContain('Wij plannen een nieuwe afspraak en vergoeden de voorrijkosten.');
    expect(html).not.toMatch(/<script|<link|src="http/i);
  });

  it('dossier print: every text is escaped', async () => {
    const complaint = await ownedComplaint(t, office, { description: '<script>alert("x")</script> & <b>vet</b>' });
    const { html } = await print(complaint.id);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>vet</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;vet&lt;/b&gt;');
  });

  it('dossier print: the appeal with its hearing and the mediation are part of the dossier', async () => {
    const { answered } = await appealedComplaint(t, office, { hearing: { kind: 'telefonisch', at: '2026-12-15T14:00' } });
    const appealHtml = (await print(answered.id)).html;
    expect(appealHtml).toContain('<h2>Bezwaar</h2>');
    expect(appealHtml).toContain('De voorgestelde vergoeding dekt mijn kosten niet.');
    expect(appealHtml).toContain('Telefonisch, 15-12-2026 14:00');

    t.clock.set('2026-11-23T09:30:00Z');
    const aboutProvider = await complaintAboutProvider(t, office);
    await t.ok('mediation.start', { complaintId: aboutProvider.id, adviceNote: 'Mevrouw belt de schilder deze week zelf.' }, office.desk.session);
    const mediationHtml = (await print(aboutProvider.id)).html;
    expect(mediationHtml).toContain('<h2>Bemiddeling</h2>');
    expect(mediationHtml).toContain('Klusbedrijf De Vries');
    expect(mediationHtml).toContain('Mevrouw belt de schilder deze week zelf.');
    expect(mediationHtml).not.toContain('<h2>Bezwaar</h2>');
  });
});

const canPrint = existsSync(CHROMIUM_PATH) && existsSync('/usr/bin/pdftotext');

describe.skipIf(!canPrint)('the printed dossier (Chromium)', () => {
  it('dossier print: the PDF starts with the dossier and each letter on a page of its own', async () => {
    const complaint = await answeredComplaint(t, office);
    const { html } = await print(complaint.id);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-print-'));
    try {
      const file = join(dir, 'dossier.pdf');
      await htmlToPdf([{ html, file }]);
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
      const pages = stdout.split('\f').filter((p) => p.trim() !== '');
      expect(pages[0]).toContain(`Dossier ${complaint.dossierNumber}`);
      const letterPages = pages.filter((p) => p.includes('Met vriendelijke groet'));
      expect(letterPages).toHaveLength(2);
      // Each letter starts at the top of a page: its letterhead before anything of the dossier.
      for (const p of letterPages) expect(p).not.toContain('Tijdlijn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
