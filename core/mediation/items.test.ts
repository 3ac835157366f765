import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierItems } from '../../db/schema';
import { MAX_ITEM_BYTES } from '../contracts/mediation';
import { sha256 } from '../documents/archive';
import { createTestCore, type TestCore } from '../testing/harness';
import { complaintAboutProvider, mediationOffice, stepsOf, type MediationOffice } from './test-helpers';

let t: TestCore;
let office: MediationOffice;
let complaintId: string;

beforeEach(async () => {
  t = createTestCore();
  office = await mediationOffice(t);
  complaintId = (await complaintAboutProvider(t, office)).id;
  await t.ok('mediation.start', { complaintId }, office.desk.session);
});
afterEach(() => t.close());

const filesUnder = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
const mediationFolder = () => path.join(t.core.documentsDir, 'mediation', complaintId);

describe('B4: dossier items', () => {
  it('B4: an invoice must be marked paid or unpaid', async () => {
    const unmarked = await t.core.call('mediation.addItem', { complaintId, kind: 'factuur', description: 'Factuur 2026-014, schilderwerk kozijnen' }, office.desk.session);
    expect(!unmarked.ok && unmarked.error.fields).toEqual({ paid: 'Geef aan of de factuur betaald is' });
    const photoPaid = await t.core.call('mediation.addItem', { complaintId, kind: 'foto', description: 'Bladderende verf', paid: true }, office.desk.session);
    expect(!photoPaid.ok && photoPaid.error.fields).toEqual({ paid: 'Alleen een factuur is betaald of onbetaald' });
    await t.ok('mediation.addItem', { complaintId, kind: 'factuur', description: 'Factuur 2026-014, schilderwerk kozijnen', paid: true }, office.desk.session);
    const mediation = await t.ok('mediation.addItem', { complaintId, kind: 'factuur', description: 'Factuur 2026-022, meerwerk', paid: false }, office.desk.session);
    expect(mediation.items.map((i) => [i.kind, i.description, i.paid])).toEqual([
      ['factuur', 'Factuur 2026-014, schilderwerk kozijnen', true],
      ['factuur', 'Factuur 2026-022, meerwerk', false],
    ]);
    expect(stepsOf(t, complaintId).at(-1)?.text).toBe('Stuk toegevoegd aan het bemiddelingsdossier (B4): Factuur (onbetaald): Factuur 2026-022, meerwerk');
  });

  it('B4: e-mail subject follows the convention', async () => {
    const mediation = await t.ok('mediation.get', { complaintId }, office.desk.session);
    expect(mediation?.emailSubject).toBe('Klacht van J. de Vries aan het adres van Klusbedrijf De Vries');
  });

  it('B4: the dossier says what is missing until the signed agreement is in', async () => {
    const before = await t.ok('mediation.get', { complaintId }, office.desk.session);
    expect(before?.missingItems).toEqual(['De getekende overeenkomst']);
    const after = await t.ok('mediation.addItem', { complaintId, kind: 'overeenkomst', description: 'Opdrachtbevestiging, getekend 2 september 2026' }, office.desk.session);
    expect(after.missingItems).toEqual([]);
  });

  it('B4: a file is stored with its fingerprint and read back byte-identical', async () => {
    const content = randomBytes(300_000);
    const mediation = await t.ok(
      'mediation.addItem',
      { complaintId, kind: 'foto', description: 'Kozijn voorzijde', file: { name: 'kozijn: voor?.jpg', contentType: 'image/jpeg', base64: content.toString('base64') } },
      office.desk.session,
    );
    const item = mediation.items[0]!;
    expect(item).toMatchObject({ kind: 'foto', fileName: 'kozijn: voor?.jpg', contentType: 'image/jpeg', byteSize: content.length, paid: null });
    const row = t.core.db.select().from(dossierItems).where(eq(dossierItems.id, item.id)).get()!;
    expect(row.sha256).toBe(sha256(content));
    expect(row.filePath).toBe(`mediation/${complaintId}/${item.id}-kozijn- voor-.jpg`);
    const file = await t.ok('mediation.itemFile', { id: item.id }, office.colleague.session);
    expect(file.filename).toBe('kozijn: voor?.jpg');
    expect(file.contentType).toBe('image/jpeg');
    expect(Buffer.from(file.base64, 'base64').equals(content)).toBe(true);
  });

  it('B4: a file larger than 10 MB is refused and leaves nothing behind', async () => {
    const content = Buffer.alloc(MAX_ITEM_BYTES + 1, 7);
    const result = await t.core.call(
      'mediation.addItem',
      { complaintId, kind: 'foto', description: 'Video als foto', file: { name: 'groot.jpg', contentType: 'image/jpeg', base64: content.toString('base64') } },
      office.desk.session,
    );
    expect(!result.ok && result.error.code).toBe('mediation.file_too_large');
    expect(t.core.db.select().from(dossierItems).all()).toEqual([]);
    expect(filesUnder(mediationFolder())).toEqual([]);
  });

  it('B4: a file of exactly 10 MB is accepted', async () => {
    const content = Buffer.alloc(MAX_ITEM_BYTES, 3);
    const mediation = await t.ok(
      'mediation.addItem',
      { complaintId, kind: 'overeenkomst', description: 'Scan overeenkomst', file: { name: 'overeenkomst.pdf', contentType: 'application/pdf', base64: content.toString('base64') } },
      office.desk.session,
    );
    expect(mediation.items[0]!.byteSize).toBe(MAX_ITEM_BYTES);
  });

  it('B4: a removed item leaves the dossier, its row is tombstoned and its file stays in the archive', async () => {
    const content = Buffer.from('%PDF-1.4 getekende overeenkomst');
    const added = await t.ok(
      'mediation.addItem',
      { complaintId, kind: 'overeenkomst', description: 'Overeenkomst', file: { name: 'overeenkomst.pdf', contentType: 'application/pdf', base64: content.toString('base64') } },
      office.desk.session,
    );
    const itemId = added.items[0]!.id;
    const mediation = await t.ok('mediation.removeItem', { id: itemId }, office.desk.session);
    expect(mediation.items).toEqual([]);
    expect(mediation.missingItems).toContain('De getekende overeenkomst');
    expect(t.core.db.select().from(dossierItems).where(eq(dossierItems.id, itemId)).get()?.deletedAt).not.toBeNull();
    expect(filesUnder(mediationFolder())).toEqual([`${itemId}-overeenkomst.pdf`]);
    const read = await t.core.call('mediation.itemFile', { id: itemId }, office.desk.session);
    expect(!read.ok && read.error.code).toBe('record.not_found');
    expect(stepsOf(t, complaintId).at(-1)?.text).toBe('Stuk verwijderd uit het bemiddelingsdossier (B4): Getekende overeenkomst: Overeenkomst');
  });

  it('an item without a file has none to read; an altered file is never served', async () => {
    const bare = await t.ok('mediation.addItem', { complaintId, kind: 'correspondentie', description: 'Telefoonnotitie' }, office.desk.session);
    const none = await t.core.call('mediation.itemFile', { id: bare.items[0]!.id }, office.desk.session);
    expect(!none.ok && none.error.code).toBe('mediation.no_file');
    const withFile = await t.ok(
      'mediation.addItem',
      { complaintId, kind: 'foto', description: 'Foto', file: { name: 'foto.png', contentType: 'image/png', base64: Buffer.from('png').toString('base64') } },
      office.desk.session,
    );
    const item = withFile.items.find((i) => i.kind === 'foto')!;
    fs.writeFileSync(path.join(mediationFolder(), `${item.id}-foto.png`), 'gewijzigd');
    const altered = await t.core.call('mediation.itemFile', { id: item.id }, office.desk.session);
    expect(!altered.ok && altered.error.code).toBe('document.file_altered');
  });

  it('B4: after the outcome the dossier items stay as they were', async () => {
    const mediation = await t.ok('mediation.get', { complaintId }, office.desk.session);
    await t.ok('mediation.recordOutcome', { id: mediation!.id, outcome: 'niet_opgelost' }, office.desk.session);
    const late = await t.core.call('mediation.addItem', { complaintId, kind: 'foto', description: 'Nagekomen foto' }, office.desk.session);
    expect(!late.ok && late.error.code).toBe('mediation.step_not_allowed');
  });
});
