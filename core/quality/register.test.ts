import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';
import { fieldLabel, tableLabel } from '../contracts/labels';
import type { ProcedureInput, ProcedureName } from '../contracts';
import type { ClientSession } from '../context';
import { createTestCore, type TestCore } from '../testing/harness';
import { otherProvider, qualityOffice, registeredParticipant, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
});
afterEach(() => t.close());

async function refused<N extends ProcedureName>(name: N, input: ProcedureInput<N>, session: ClientSession) {
  const result = await t.core.call(name, input, session);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}

const registration = (providerId: string, overrides: Partial<ProcedureInput<'quality.register'>> = {}): ProcedureInput<'quality.register'> => ({
  providerId,
  startDate: '2026-11-23',
  zelfstandigenBouw: false,
  yearEndMonthDay: '12-31',
  notes: null,
  via: 'post',
  ...overrides,
});

const mails = () => t.core.sqlite.prepare("SELECT to_address AS toAddress, subject, dossier_kind AS dossierKind, dossier_id AS dossierId FROM mail_outbox").all() as {
  toAddress: string;
  subject: string;
  dossierKind: string;
  dossierId: string;
}[];

describe('Q1: registration', () => {
  it('Q1: registration numbers come from the series KKV-00001, KKV-00002, … in order', async () => {
    const first = await registeredParticipant(t, office);
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const { participant: second } = await t.ok('quality.register', registration(other.id), office.desk.session);
    expect([first.registrationNumber, second.registrationNumber]).toEqual(['KKV-00001', 'KKV-00002']);
    const series = t.core.sqlite.prepare("SELECT prefix, padding, next_value AS nextValue FROM number_series WHERE key = 'quality.registration'").get();
    expect(series).toEqual({ prefix: 'KKV-', padding: 5, nextValue: 3 });
  });

  it('Q1: the recognition letter (T14) is archived in the participant dossier and sent by post; the participant points at it', async () => {
    const { participant, documents } = await t.ok('quality.register', registration(office.provider.id), office.desk.session);
    expect(documents).toHaveLength(1);
    const letter = documents[0]!;
    expect(letter).toMatchObject({ dossierKind: 'quality', dossierId: participant.id, typeKey: 'quality-recognition', status: 'verzonden', sentVia: 'post' });
    expect(letter.data).toMatchObject({ registrationNumber: participant.registrationNumber, participantName: 'Klusbedrijf De Vries', startDate: '2026-11-23', yearEnd: '2026-12-31', contributionYear: 2026, contributionCents: 23_500 });
    const archived = await t.ok('documents.list', { dossierKind: 'quality', dossierId: participant.id }, office.desk.session);
    expect(archived.map((d) => d.id)).toEqual([letter.id]);
    const row = t.core.sqlite.prepare('SELECT recognition_document_id AS documentId FROM quality_participants WHERE id = ?').get(participant.id);
    expect(row).toEqual({ documentId: letter.id });
    expect(mails()).toEqual([]);
  });

  it('Q1: sent by e-mail, the letter is queued for the provider with the registration number in the subject', async () => {
    const { participant, documents } = await t.ok('quality.register', registration(office.provider.id, { via: 'email' }), office.desk.session);
    expect(documents[0]).toMatchObject({ status: 'verzonden', sentVia: 'email' });
    expect(mails()).toEqual([{ toAddress: 'info@klusbedrijf.example', subject: expect.stringContaining(participant.registrationNumber), dossierKind: 'quality', dossierId: participant.id }]);
  });

  it('Q1: only an approved provider can register; no number is used', async () => {
    const pending = await otherProvider(t, office, 'Loodgieter Nat', false);
    const error = await refused('quality.register', registration(pending.id), office.desk.session);
    expect(error.code).toBe('quality.provider_not_approved');
    expect(error.message).toContain('Loodgieter Nat');
    expect(error.fields).toHaveProperty('providerId');
    expect(await t.ok('quality.list', {}, office.desk.session)).toEqual([]);
    const next = await registeredParticipant(t, office);
    expect(next.registrationNumber).toBe('KKV-00001');
  });

  it('Q1: a provider has one live participation; after it ended the provider may join again', async () => {
    const first = await registeredParticipant(t, office);
    const error = await refused('quality.register', registration(office.provider.id), office.desk.session);
    expect(error.code).toBe('quality.already_participant');
    expect(error.message).toContain(first.registrationNumber);
    // Ended (as the termination procedures leave it): the provider may register anew.
    t.core.write(office.adminUser.id, (w) => w.update(schema.qualityParticipants, first.id, { status: 'beeindigd', terminationDate: '2026-11-01', terminatedBy: 'bestuur' }));
    const again = await registeredParticipant(t, office);
    expect(again.registrationNumber).toBe('KKV-00002');
    expect(await t.ok('quality.ofProvider', { providerId: office.provider.id }, office.desk.session)).toMatchObject({ id: again.id, status: 'deelnemer' });
  });

  it('Q1: the start date, Zelfstandigen Bouw and the year end are registered; the register lists the participant', async () => {
    const participant = await registeredParticipant(t, office, { startDate: '2026-07-01', zelfstandigenBouw: true, yearEndMonthDay: '06-30', notes: 'Aangemeld via de beurs' });
    expect(participant).toMatchObject({
      status: 'deelnemer',
      startDate: '2026-07-01',
      zelfstandigenBouw: true,
      yearEndMonthDay: '06-30',
      notes: 'Aangemeld via de beurs',
      provider: { id: office.provider.id, name: 'Klusbedrijf De Vries', place: 'Woerden' },
      // Q4 on today's date (23-11-2026) with the year ending on 30 June.
      noticeTerms: { currentYearEnd: '2027-06-30', noticeDeadline: '2027-05-30', earliestEndDate: '2027-06-30' },
    });
    const list = await t.ok('quality.list', { query: 'klusbedrijf' }, office.desk.session);
    expect(list.map((p) => p.registrationNumber)).toEqual([participant.registrationNumber]);
    expect(await t.ok('quality.list', { status: 'beeindigd' }, office.desk.session)).toEqual([]);
    expect(await t.ok('quality.list', { query: 'KKV-00001' }, office.desk.session)).toHaveLength(1);
  });

  it('the participant details can be changed; a stale version is refused', async () => {
    const participant = await registeredParticipant(t, office);
    const changed = await t.ok('quality.update', { id: participant.id, version: participant.version, zelfstandigenBouw: true, yearEndMonthDay: '03-31', notes: 'Lid ZB sinds oktober' }, office.desk.session);
    expect(changed).toMatchObject({ zelfstandigenBouw: true, yearEndMonthDay: '03-31', notes: 'Lid ZB sinds oktober', version: participant.version + 1 });
    const stale = await refused('quality.update', { id: participant.id, version: participant.version, zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: null }, office.desk.session);
    expect(stale.code).toBe('record.stale');
  });

  it('Q1: only staff with a role for the register may register; the board may too', async () => {
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const director = await t.core.call('quality.register', registration(other.id), office.director.session);
    expect(director.ok).toBe(false);
    const { participant } = await t.ok('quality.register', registration(other.id), office.board.session);
    expect(participant.registrationNumber).toBe('KKV-00001');
  });

  it('the audit trail names every register table and field in Dutch', async () => {
    const participant = await registeredParticipant(t, office);
    const { entries } = await t.ok('audit.history', { tableName: 'quality_participants', rowId: participant.id }, office.admin);
    expect(entries.map((e) => fieldLabel('quality_participants', e.field))).toContain('Registratienummer');
    for (const table of Object.values(schema).filter((v) => is(v, SQLiteTable) && getTableName(v).startsWith('quality_')) as SQLiteTable[]) {
      const name = getTableName(table);
      expect(tableLabel(name), name).not.toBe(name);
      for (const field of Object.keys(getTableColumns(table)).filter((f) => !['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version'].includes(f))) {
        expect(fieldLabel(name, field), `${name}.${field}`).not.toBe(field);
      }
    }
  });
});
