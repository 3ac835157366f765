import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { docxText, documentRows, JEANETTE, MANDATE, withCreditorId } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore('2026-11-21T09:00:00Z');
});
afterEach(() => t.close());

async function registered() {
  const { admin } = await withAdmin(t);
  const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01' }, admin);
  return { admin, member };
}

/** The audit trail of the mandates, to see the history is kept. */
function mandateRows(memberId: string) {
  return t.core.sqlite
    .prepare('SELECT reference, iban, status, sequence_type AS sequenceType, replaces_id AS replacesId FROM sepa_mandates WHERE member_id = ? ORDER BY rowid')
    .all(memberId);
}

describe('SEPA mandates (L3)', () => {
  it('L3: a mandate gets a reference made of the membership number and a serial; IBAN and BIC are stored in their electronic form', async () => {
    const { admin, member } = await registered();
    const withMandate = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE, signatureDate: '2026-11-20', formReceived: true }, admin);
    expect(withMandate.mandates).toMatchObject([
      { reference: 'L000001-M01', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', status: 'actief', sequenceType: 'FRST', canCollect: true, usableUntil: '2029-11-20' },
    ]);
  });

  it('L3: an IBAN that does not exist is refused, in Dutch, at the field', async () => {
    const { admin, member } = await registered();
    const wrong = await t.core.call('members.addMandate', { memberId: member.id, ...MANDATE, iban: 'NL91ABNA0417164301' }, admin);
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { iban: 'Dit IBAN klopt niet; controleer het nummer' } } });
    const empty = await t.core.call('members.addMandate', { memberId: member.id, ...MANDATE, iban: '' }, admin);
    expect(empty).toMatchObject({ ok: false, error: { fields: { iban: 'Vul het IBAN in' } } });
    const unsigned = await t.core.call('members.addMandate', { memberId: member.id, ...MANDATE, formReceived: true }, admin);
    expect(unsigned).toMatchObject({ ok: false, error: { fields: { signatureDate: 'Vul de datum van ondertekening in' } } });
  });

  it('L3: no collection without the signed form: a mandate taken by phone waits for it', async () => {
    const { admin, member } = await registered();
    const byPhone = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE }, admin);
    expect(byPhone.mandates[0]).toMatchObject({ status: 'actief', formReceived: false, canCollect: false, collectBlocker: 'Het ondertekende machtigingsformulier is nog niet ontvangen.' });
    const signed = await t.ok('members.markFormReceived', { mandateId: byPhone.mandates[0]!.id, signatureDate: '2026-11-25' }, admin);
    expect(signed.mandates[0]).toMatchObject({ formReceived: true, signatureDate: '2026-11-25', canCollect: false });
    t.clock.set('2026-11-25T09:00:00Z');
    expect((await t.ok('members.get', { id: member.id }, admin)).mandates[0]).toMatchObject({ canCollect: true, collectBlocker: null });
  });

  it('L3: one valid mandate at a time; after revoking, a new one gets the next serial', async () => {
    const { admin, member } = await registered();
    const first = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE }, admin);
    const second = await t.core.call('members.addMandate', { memberId: member.id, ...MANDATE }, admin);
    expect(second).toMatchObject({ ok: false, error: { code: 'member.mandate_exists', message: expect.stringContaining('L000001-M01') } });
    const revoked = await t.ok('members.revokeMandate', { mandateId: first.mandates[0]!.id }, admin);
    expect(revoked.mandates[0]).toMatchObject({ status: 'ingetrokken', canCollect: false });
    const again = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE }, admin);
    expect(again.mandates.map((m) => [m.reference, m.status])).toEqual([
      ['L000001-M02', 'actief'],
      ['L000001-M01', 'ingetrokken'],
    ]);
    const changeRevoked = await t.core.call('members.changeMandateIban', { mandateId: first.mandates[0]!.id, iban: 'NL44RABO0123456789' }, admin);
    expect(changeRevoked).toMatchObject({ ok: false, error: { code: 'member.mandate_not_active', message: 'Deze machtiging is ingetrokken en kan niet meer worden gewijzigd.' } });
  });

  it('L3: an IBAN change is an amendment: the old mandate stays as history, the new one keeps the reference; another bank makes the next collection FRST', async () => {
    const { admin, member } = await registered();
    const added = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE, signatureDate: '2026-11-20', formReceived: true, sequenceType: 'RCUR' }, admin);
    const old = added.mandates[0]!;

    const changed = await t.ok('members.changeMandateIban', { mandateId: old.id, iban: 'NL44 RABO 0123 4567 89', bic: 'RABONL2U' }, admin);
    expect(changed.mandates).toMatchObject([
      { reference: 'L000001-M01', iban: 'NL44RABO0123456789', status: 'actief', sequenceType: 'FRST', replacesId: old.id, signatureDate: '2026-11-20', formReceived: true, canCollect: true },
      { id: old.id, reference: 'L000001-M01', iban: 'NL91ABNA0417164300', status: 'gewijzigd', canCollect: false },
    ]);

    // Within the same bank the sequence goes on.
    const sameBank = await t.ok('members.changeMandateIban', { mandateId: changed.mandates[0]!.id, iban: 'NL66RABO0123456781', bic: null }, admin);
    expect(sameBank.mandates[0]).toMatchObject({ iban: 'NL66RABO0123456781', sequenceType: 'FRST' });
    expect(mandateRows(member.id)).toMatchObject([
      { reference: 'L000001-M01', status: 'gewijzigd', replacesId: null },
      { reference: 'L000001-M01', status: 'gewijzigd', replacesId: old.id },
      { reference: 'L000001-M01', status: 'actief', sequenceType: 'FRST' },
    ]);
    const again = await t.core.call('members.changeMandateIban', { mandateId: old.id, iban: 'NL02ABNA0123456789' }, admin);
    expect(again).toMatchObject({ ok: false, error: { code: 'member.mandate_not_active' } });
    const same = await t.core.call('members.changeMandateIban', { mandateId: sameBank.mandates[0]!.id, iban: 'NL66 RABO 0123 4567 81' }, admin);
    expect(same).toMatchObject({ ok: false, error: { code: 'member.same_iban', fields: { iban: expect.any(String) } } });
  });

  it('L3: an amendment within the same bank keeps a recurring sequence (RCUR)', async () => {
    const { admin, member } = await registered();
    const added = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE, signatureDate: '2026-11-20', formReceived: true, sequenceType: 'RCUR' }, admin);
    const changed = await t.ok('members.changeMandateIban', { mandateId: added.mandates[0]!.id, iban: 'NL02ABNA0123456789', bic: 'ABNANL2A' }, admin);
    expect(changed.mandates[0]).toMatchObject({ sequenceType: 'RCUR', status: 'actief' });
  });

  it('L3: a mandate unused for 36 months is expired: exactly 36 months after the signature it is still valid, one day later not', async () => {
    const { admin, member } = await registered();
    await t.ok('members.addMandate', { memberId: member.id, ...MANDATE, signatureDate: '2026-11-20', formReceived: true }, admin);
    t.clock.set('2029-11-20T12:00:00Z');
    expect((await t.ok('members.get', { id: member.id }, admin)).mandates[0]).toMatchObject({ status: 'actief', canCollect: true });
    t.clock.set('2029-11-21T12:00:00Z');
    const expired = (await t.ok('members.get', { id: member.id }, admin)).mandates[0]!;
    expect(expired).toMatchObject({ status: 'verlopen', canCollect: false, collectBlocker: expect.stringContaining('36 maanden') });
    // An expired mandate is dead: not amended, but a new one may be added.
    const change = await t.core.call('members.changeMandateIban', { mandateId: expired.id, iban: 'NL44RABO0123456789' }, admin);
    expect(change).toMatchObject({ ok: false, error: { message: 'Deze machtiging is verlopen en kan niet meer worden gewijzigd.' } });
    const fresh = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE }, admin);
    expect(fresh.mandates.map((m) => [m.reference, m.status])).toEqual([
      ['L000001-M02', 'actief'],
      ['L000001-M01', 'verlopen'],
    ]);
  });

  it('L3: the last collection restarts the 36 months', async () => {
    const { admin, member } = await registered();
    const added = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE, signatureDate: '2026-11-20', formReceived: true }, admin);
    // Collections are L4's; here the date the collection run will record.
    t.core.sqlite.prepare(`UPDATE sepa_mandates SET last_collection_date = '2027-01-15' WHERE id = ?`).run(added.mandates[0]!.id);
    t.clock.set('2030-01-15T12:00:00Z');
    expect((await t.ok('members.get', { id: member.id }, admin)).mandates[0]).toMatchObject({ status: 'actief', usableUntil: '2030-01-15' });
    t.clock.set('2030-01-16T12:00:00Z');
    expect((await t.ok('members.get', { id: member.id }, admin)).mandates[0]!.status).toBe('verlopen');
  });

  it('L3: the mandate form can be requested by phone or e-mail; its reference is the one the mandate then gets', async () => {
    const { admin, member } = await registered();
    await withCreditorId(t, admin);
    const { document } = await t.ok('members.requestMandateForm', { memberId: member.id, requestedVia: 'telefoon' }, admin);
    expect(document).toMatchObject({ typeKey: 'mandate-form', dossierKind: 'member', dossierId: member.id, data: { mandateReference: 'L000001-M01', requestedVia: 'telefoon' } });
    const form = documentRows(t, member.id).find((d) => d.typeKey === 'mandate-form')!;
    const text = await docxText(t, form.filePath);
    expect(text).toContain('U vroeg ons telefonisch om een machtigingsformulier');
    expect(text).toContain('Kenmerk machtiging\nL000001-M01');
    const returned = await t.ok('members.addMandate', { memberId: member.id, ...MANDATE, signatureDate: '2026-11-24', formReceived: true }, admin);
    expect(returned.mandates[0]!.reference).toBe('L000001-M01');
  });

  it('L3: a form for a known mandate is pre-filled with its IBAN', async () => {
    const { admin, member } = await registered();
    await withCreditorId(t, admin);
    await t.ok('members.addMandate', { memberId: member.id, ...MANDATE }, admin);
    const { document } = await t.ok('members.requestMandateForm', { memberId: member.id, requestedVia: 'email' }, admin);
    expect(document.data).toMatchObject({ mandateReference: 'L000001-M01', iban: 'NL91ABNA0417164300', accountHolder: 'J.A. de Vries-Ünal' });
    const text = await docxText(t, documentRows(t, member.id).find((d) => d.typeKey === 'mandate-form')!.filePath);
    expect(text).toContain('NL91 ABNA 0417 1643 00');
  });

  it('L3: a mandate given at registration is stored with the member; the letter then names it once the form is in', async () => {
    const { admin } = await withAdmin(t);
    const { member, documents } = await t.ok(
      'members.register',
      { newPerson: JEANETTE, startDate: '2026-12-01', mandate: { ...MANDATE, signatureDate: '2026-11-21', formReceived: true } },
      admin,
    );
    expect(member.mandates).toMatchObject([{ reference: 'L000001-M01', canCollect: true }]);
    expect(documents[0]!.data).toMatchObject({ mandateReference: 'L000001-M01', mandateFormEnclosed: false });
  });
});
