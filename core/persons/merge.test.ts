import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaints, documents, householdMembers, mailOutbox, mediations, members, providers, qualityReviews } from '../../db/schema';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { PERSON_REFERENCES } from './references';

let t: TestCore;
let admin: ClientSession;
beforeEach(async () => {
  t = createTestCore();
  ({ admin } = await withAdmin(t));
});
afterEach(() => t.close());

type PersonInput = ProcedureInput<'persons.create'>;
const create = (input: PersonInput) => t.ok('persons.create', input, admin);
const count = (sql: string, ...params: unknown[]) => t.core.sqlite.prepare(sql).pluck().get(...params) as number;

const file = { filePath: 'x.docx', sha256: '0'.repeat(64), byteSize: 1, data: {}, model: {}, status: 'concept' as const, typeKey: 'algemeen', title: 'Brief' };
const mail = { toAddress: 'j@example.nl', subject: 'Onderwerp', body: 'Tekst', attachments: [], status: 'queued' as const, messageId: '<1@servicedesk>' };

/** A duplicate with every kind of reference the merge must move, written through the one write path. */
async function duplicateWithReferences() {
  const keep = await create({ kind: 'persoon', firstName: 'Jan', infix: 'van der', lastName: 'Berg', phone: '06-12345678', notes: 'Belt na 17 uur.' });
  const dup = await create({
    kind: 'persoon', salutation: 'heer', firstName: 'Johannes', initials: 'J.', infix: 'van der', lastName: 'Berg', street: 'Kerkstraat', houseNumber: 12,
    postcode: '3441 AB', city: 'Woerden', phone: '+31 6 1234 5678', phoneAlt: '0348-123456', email: 'johannes@example.nl', notes: 'Sleutel afgegeven.',
  });
  const other = await create({ kind: 'persoon', firstName: 'Els', lastName: 'Smit' });
  const company = await create({ kind: 'organisatie', organisationName: 'Klusbedrijf Berg' });
  const refs = t.core.write(null, (w) => {
    const own = w.insert(members, { personId: dup.id, membershipNumber: 'L000001', startDate: '2026-01-01', endDate: null, status: 'actief', notes: null });
    const els = w.insert(members, { personId: other.id, membershipNumber: 'L000002', startDate: '2026-01-01', endDate: null, status: 'actief', notes: null });
    const household = w.insert(householdMembers, { memberId: els.id, personId: dup.id, relation: 'huisgenoot' });
    const asProvider = w.insert(providers, { personId: dup.id, providerType: 'particulier', screeningStatus: 'aangemeld', regions: [] });
    const asContact = w.insert(providers, { personId: company.id, contactPersonId: dup.id, providerType: 'bedrijf', screeningStatus: 'aangemeld', regions: [] });
    const letter = w.insert(documents, { ...file, dossierKind: 'person', dossierId: dup.id, addresseeName: 'J. van der Berg' });
    const memberLetter = w.insert(documents, { ...file, dossierKind: 'member', dossierId: dup.id, addresseeName: 'Toevallig zelfde id' });
    const message = w.insert(mailOutbox, { ...mail, dossierKind: 'person', dossierId: dup.id });
    const complaint = { dossierNumber: 'K2026-000001', kind: 'klacht', reporterType: 'klant', channel: 'telefoon', receivedAt: '2026-11-20T09:00:00.000Z', receivedOn: '2026-11-20', description: 'x', status: 'geregistreerd' } as const;
    const complained = w.insert(complaints, { ...complaint, complainantId: dup.id, concernsKind: 'organisatie' });
    const complainedAbout = w.insert(complaints, { ...complaint, dossierNumber: 'K2026-000002', complainantId: company.id, concernsKind: 'klant', concernsPersonId: dup.id, concernsProviderId: asContact.id });
    const mediation = w.insert(mediations, { complaintId: complainedAbout.id, direction: 'dienstverlener_over_klant', providerId: asContact.id, customerId: dup.id, status: 'advies' });
    const judgement = { guaranteeSufficient: true, serviceSufficient: true, craftsmanshipSufficient: true, sufficient: true };
    const review = w.insert(qualityReviews, { participantId: 'deelnemer', reviewedOn: '2026-11-01', customerId: dup.id, ...judgement });
    return { own, household, asProvider, asContact, letter, memberLetter, message, complained, complainedAbout, mediation, review };
  });
  return { keep, dup, refs };
}

describe('persons.merge', () => {
  it('moves every reference to the kept person, in one transaction, and tombstones the duplicate', async () => {
    const { keep, dup, refs } = await duplicateWithReferences();
    const { person, moved } = await t.ok('persons.merge', { keepId: keep.id, mergeId: dup.id }, admin);

    const value = (table: string, column: string, id: string) => t.core.sqlite.prepare(`SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id);
    expect(value('members', 'person_id', refs.own.id)).toBe(keep.id);
    expect(value('household_members', 'person_id', refs.household.id)).toBe(keep.id);
    expect(value('providers', 'person_id', refs.asProvider.id)).toBe(keep.id);
    expect(value('providers', 'contact_person_id', refs.asContact.id)).toBe(keep.id);
    expect(value('documents', 'dossier_id', refs.letter.id)).toBe(keep.id);
    expect(value('mail_outbox', 'dossier_id', refs.message.id)).toBe(keep.id);
    // Only documents of a person dossier are this person's: a member dossier is another kind of id.
    expect(value('documents', 'dossier_id', refs.memberLetter.id)).toBe(dup.id);
    for (const ref of PERSON_REFERENCES) {
      const column = ref.field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const table = moved.find((m) => m.label === ref.label)!.table;
      const scope = ref.scope ? ` AND dossier_kind = '${ref.scope.value}'` : '';
      expect(count(`SELECT count(*) FROM ${table} WHERE ${column} = ?${scope}`, dup.id), ref.label).toBe(0);
    }
    expect(moved.map((m) => m.count)).toEqual(PERSON_REFERENCES.map(() => 1));
    expect(value('complaints', 'complainant_id', refs.complained.id)).toBe(keep.id);
    expect(value('complaints', 'concerns_person_id', refs.complainedAbout.id)).toBe(keep.id);
    expect(value('mediations', 'customer_id', refs.mediation.id)).toBe(keep.id);

    expect(person).toMatchObject({
      firstName: 'Jan',
      salutation: 'heer',
      initials: 'J.',
      street: 'Kerkstraat',
      postcode: '3441 AB',
      phone: '06-12345678',
      phoneAlt: '0348-123456',
      email: 'johannes@example.nl',
      notes: 'Belt na 17 uur.\n\nSleutel afgegeven.',
      mergedFrom: [{ id: dup.id, sortName: 'Berg, Johannes van der', mergedAt: '2026-11-21T09:00:00.000Z' }],
    });
    expect(person.roles.memberships.map((m) => m.membershipNumber)).toEqual(['L000001']);
    expect(person.roles.households.map((h) => h.membershipNumber)).toEqual(['L000002']);
    expect(person.roles.providers.map((p) => p.role).sort()).toEqual(['contactpersoon', 'dienstverlener']);
    expect(t.core.sqlite.prepare('SELECT phone_alt_digits FROM persons WHERE id = ?').pluck().get(keep.id)).toBe('0348123456');

    const merged = await t.ok('persons.get', { id: dup.id }, admin);
    expect(merged.mergedIntoId).toBe(keep.id);
    expect(count('SELECT count(*) FROM persons WHERE id = ? AND deleted_at IS NOT NULL', dup.id)).toBe(1);
  });

  it('S3: the audit trail keeps both histories; the merge adds lines and changes none', async () => {
    const { keep, dup } = await duplicateWithReferences();
    const before = t.core.sqlite.prepare('SELECT * FROM audit_log ORDER BY rowid').all();
    await t.ok('persons.merge', { keepId: keep.id, mergeId: dup.id }, admin);
    const after = t.core.sqlite.prepare('SELECT * FROM audit_log ORDER BY rowid').all();
    expect(after.slice(0, before.length)).toEqual(before);

    const dupHistory = JSON.stringify(await t.ok('audit.history', { tableName: 'persons', rowId: dup.id }, admin));
    expect(dupHistory).toContain('Johannes');
    expect(dupHistory).toContain(keep.id);
    const keepHistory = JSON.stringify(await t.ok('audit.history', { tableName: 'persons', rowId: keep.id }, admin));
    expect(keepHistory).toContain('johannes@example.nl');
    expect(count("SELECT count(*) FROM audit_log WHERE table_name = 'members' AND field = 'personId' AND new_value = ?", JSON.stringify(keep.id))).toBe(1);
  });

  it('a merged person is no longer found by search', async () => {
    const { keep, dup } = await duplicateWithReferences();
    const search = async (query: string) => (await t.ok('search.everywhere', { query }, admin)).hits.map((h) => h.personId);
    expect(await search('johannes berg')).toEqual([dup.id]);
    await t.ok('persons.merge', { keepId: keep.id, mergeId: dup.id }, admin);
    expect(await search('johannes berg')).toEqual([]);
    expect(await search('van der berg')).toEqual([keep.id]);
    expect(await search('L000001')).toEqual([keep.id]);
    expect(await search('0348 12')).toEqual([keep.id]);
  });

  it('refuses to merge a person with an organisation, a person with itself, or one already merged', async () => {
    const { keep, dup } = await duplicateWithReferences();
    const org = await create({ kind: 'organisatie', organisationName: 'Berg B.V.' });
    expect(await t.core.call('persons.merge', { keepId: keep.id, mergeId: org.id }, admin)).toMatchObject({
      ok: false,
      error: { code: 'person.merge_kind', fields: { mergeId: 'Een persoon en een organisatie kunnen niet worden samengevoegd.' } },
    });
    expect(await t.core.call('persons.merge', { keepId: keep.id, mergeId: keep.id }, admin)).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', fields: { mergeId: 'Kies twee verschillende personen' } },
    });
    await t.ok('persons.merge', { keepId: keep.id, mergeId: dup.id }, admin);
    expect(await t.core.call('persons.merge', { keepId: keep.id, mergeId: dup.id }, admin)).toMatchObject({ ok: false, error: { code: 'record.not_found' } });
    expect(await t.core.call('persons.update', { kind: 'persoon', lastName: 'Berg', id: dup.id }, admin)).toMatchObject({ ok: false, error: { code: 'record.not_found' } });
  });
});
