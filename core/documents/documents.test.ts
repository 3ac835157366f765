import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { sha256 } from './archive';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

const GENERAL = { dossierKind: 'general', dossierId: 'algemeen', typeKey: 'general-letter' } as const;
const letter = (subject = 'Uw vraag over de contributie') => ({
  addressee: { name: 'Mevrouw J.A. de Vries-Ünal', street: 'Kerkstraat 12 bis', postcode: '3441 AB', city: 'Woerden' },
  subject,
  body: 'Dank voor uw brief.\n\nDe contributie bedraagt € 23,50 per jaar; ook uw huisgenoten zijn daarmee lid.',
  enclosures: ['Machtigingsformulier'],
});

async function signedIn() {
  const { admin } = await withAdmin(t);
  return admin;
}

function fileOf(relative: string) {
  return path.join(t.core.documentsDir, relative);
}

function docRow(id: string) {
  return t.core.sqlite.prepare('SELECT file_path AS filePath, sha256, status FROM documents WHERE id = ?').get(id) as { filePath: string; sha256: string; status: string };
}

describe('document archive', () => {
  it('lists the registered document types with their Dutch names', async () => {
    const admin = await signedIn();
    const types = await t.ok('documents.types', { dossierKind: 'staff' }, admin);
    expect(types).toContainEqual({ key: 'general-letter', name: 'Algemene brief', dossierKinds: ['*'] });
  });

  it('stores a produced letter with its dossier, producer, status concept and the SHA-256 of its .docx', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    expect(doc).toMatchObject({ status: 'concept', docVersion: 1, dossierKind: 'general', typeName: 'Algemene brief', addresseeName: 'Mevrouw J.A. de Vries-Ünal', producedByName: 'Anna de Beheerder' });
    const row = docRow(doc.id);
    const content = fs.readFileSync(fileOf(row.filePath));
    expect(content.subarray(0, 2).toString()).toBe('PK');
    expect(sha256(content)).toBe(row.sha256);
    expect(row.filePath).not.toContain('..');
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
  });

  it('keeps files outside the database, in the documents folder', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    expect(fs.existsSync(fileOf(docRow(doc.id).filePath))).toBe(true);
    expect(path.dirname(t.core.documentsDir)).toBe(path.dirname(t.dbPath));
  });

  it('answers wrong template data with Dutch messages at the fields', async () => {
    const admin = await signedIn();
    const result = await t.core.call('documents.create', { ...GENERAL, data: { ...letter(), subject: '', addressee: { ...letter().addressee, city: '' } } }, admin);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { subject: 'Vul het onderwerp (Betreft) in', 'addressee.city': 'Vul de plaats in' } } });
    expect(fs.existsSync(t.core.documentsDir) ? fs.readdirSync(t.core.documentsDir, { recursive: true }).filter((f) => String(f).endsWith('.docx')) : []).toEqual([]);
  });

  it('a concept can be changed; its old file is replaced', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    const before = docRow(doc.id);
    const changed = await t.ok('documents.update', { id: doc.id, data: letter('Uw vraag over de contributie 2027') }, admin);
    expect(changed.data).toMatchObject({ subject: 'Uw vraag over de contributie 2027' });
    const after = docRow(doc.id);
    expect(after.filePath).not.toBe(before.filePath);
    expect(fs.existsSync(fileOf(before.filePath))).toBe(false);
    expect(sha256(fs.readFileSync(fileOf(after.filePath)))).toBe(after.sha256);
  });

  it('a definitive document is never overwritten: changing it is refused, a correction is a new version', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    const final = await t.ok('documents.finalize', { id: doc.id }, admin);
    const original = docRow(doc.id);
    const bytes = fs.readFileSync(fileOf(original.filePath));

    expect(final.status).toBe('definitief');
    expect(await t.core.call('documents.update', { id: doc.id, data: letter('Anders') }, admin)).toMatchObject({ ok: false, error: { code: 'document.not_concept' } });

    const v2 = await t.ok('documents.correct', { id: doc.id }, admin);
    expect(v2).toMatchObject({ status: 'concept', docVersion: 2, supersedesId: doc.id });
    expect(await t.ok('documents.get', { id: doc.id }, admin)).toMatchObject({ status: 'definitief', supersededById: v2.id });
    expect(fs.readFileSync(fileOf(original.filePath)).equals(bytes)).toBe(true);
    expect(await t.core.call('documents.correct', { id: doc.id }, admin)).toMatchObject({ ok: false, error: { code: 'document.superseded' } });
  });

  it('a missing or altered file is reported, never silently regenerated', async () => {
    const admin = await signedIn();
    const one = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    const two = await t.ok('documents.create', { ...GENERAL, data: letter('Tweede') }, admin);
    fs.rmSync(fileOf(docRow(one.id).filePath));
    fs.appendFileSync(fileOf(docRow(two.id).filePath), 'x');

    expect(await t.ok('documents.verify', { id: one.id }, admin)).toEqual({ status: 'missing' });
    expect(await t.ok('documents.verify', { id: two.id }, admin)).toEqual({ status: 'altered' });
    expect(await t.core.call('documents.file', { id: one.id }, admin)).toMatchObject({ ok: false, error: { code: 'document.file_missing' } });
    expect(await t.core.call('documents.file', { id: two.id }, admin)).toMatchObject({ ok: false, error: { code: 'document.file_altered' } });
    expect(await t.core.call('documents.finalize', { id: one.id }, admin)).toMatchObject({ ok: false, error: { code: 'document.file_missing' } });
    expect(fs.existsSync(fileOf(docRow(one.id).filePath))).toBe(false);
  });

  it('gives the .docx for saving, with a Windows-safe name', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter('Vraag: kosten/baten?') }, admin);
    const file = await t.ok('documents.file', { id: doc.id }, admin);
    expect(file.filename).toMatch(/\.docx$/);
    expect(file.filename).not.toMatch(/[\\/:*?"<>|]/);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('the preview shows the letter as archived, even after the organisation details changed', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    const org = await t.ok('settings.getOrganisation', {}, admin);
    const { id: _id, version: _v, ...fields } = org;
    await t.ok('settings.updateOrganisation', { ...fields, name: 'Nieuwe Naam BV' }, admin);
    const preview = await t.ok('documents.preview', { id: doc.id }, admin);
    expect(preview.html).toContain('Servicedesk Woerden');
    expect(preview.html).not.toContain('Nieuwe Naam BV');
    expect(preview.html).toContain('de Vries-Ünal');
  });

  it('records sending by post or by hand, only for a definitive document', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    expect(await t.core.call('documents.markSent', { id: doc.id, via: 'post' }, admin)).toMatchObject({ ok: false, error: { code: 'document.not_final' } });
    await t.ok('documents.finalize', { id: doc.id }, admin);
    const sent = await t.ok('documents.markSent', { id: doc.id, via: 'post' }, admin);
    expect(sent).toMatchObject({ status: 'verzonden', sentVia: 'post', sentAt: '2026-11-21T09:00:00.000Z' });
  });

  it('sending by e-mail queues the message with the letter attached, in the same transaction as the status change', async () => {
    const admin = await signedIn();
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    await t.ok('documents.finalize', { id: doc.id }, admin);
    const sent = await t.ok('documents.email', { id: doc.id, to: 'j.devries@example.nl', subject: 'Uw brief', body: 'Geachte mevrouw De Vries,\n\nIn de bijlage vindt u onze brief.' }, admin);
    expect(sent).toMatchObject({ status: 'verzonden', sentVia: 'email' });
    const outbox = t.core.sqlite.prepare('SELECT to_address, status, attachments, tx_id FROM mail_outbox JOIN audit_log ON audit_log.row_id = mail_outbox.id LIMIT 1').get() as {
      to_address: string;
      status: string;
      attachments: string;
      tx_id: string;
    };
    expect(outbox).toMatchObject({ to_address: 'j.devries@example.nl', status: 'queued' });
    expect(JSON.parse(outbox.attachments)[0]).toMatchObject({ documentId: doc.id, contentType: expect.stringContaining('wordprocessingml') });
    const docChange = t.core.sqlite.prepare("SELECT tx_id FROM audit_log WHERE row_id = ? AND field = 'status' AND new_value = '\"verzonden\"'").get(doc.id) as { tx_id: string };
    expect(docChange.tx_id).toBe(outbox.tx_id);
  });

  it('the preview of an unsaved letter shows a stable placeholder instead of a reference that changes while typing', async () => {
    const admin = await signedIn();
    const first = await t.ok('documents.previewDraft', { ...GENERAL, data: letter() }, admin);
    const second = await t.ok('documents.previewDraft', { ...GENERAL, data: letter() }, admin);
    expect(first.html).toBe(second.html);
    expect(first.html).toContain('volgt bij opslaan');
    const doc = await t.ok('documents.create', { ...GENERAL, data: letter() }, admin);
    const ofConcept = await t.ok('documents.previewDraft', { ...GENERAL, data: letter(), documentId: doc.id }, admin);
    expect(ofConcept.html).toContain(`2026-${doc.id.replace(/-/g, '').slice(-6).toUpperCase()}`);
  });

  it('a document type that does not fit the dossier is refused', async () => {
    const admin = await signedIn();
    const result = await t.core.call('documents.create', { ...GENERAL, typeKey: 'bestaat-niet', data: letter() }, admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'document.unknown_type' } });
  });
});
