import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const VALID = {
  name: 'Servicedesk Woerden',
  visitingStreet: 'Korenmolenlaan 2',
  visitingPostcode: '3477gg',
  visitingCity: 'Woerden',
  postalStreet: 'Postbus 100',
  postalPostcode: '3440 AC',
  postalCity: 'Woerden',
  phone: '0900 - 20 20 505',
  email: 'Info@Servicedesk-Woerden.nl',
  website: 'www.servicedesk-woerden.nl',
  iban: 'nl91 abna 0417 1643 00',
  bic: 'abnanl2a',
  sepaCreditorId: 'NL98ZZZ999999999999',
  kvkNumber: '3012 3456',
  vatNumber: 'NL001234567B01',
};

describe('organisation settings', () => {
  it('stores valid details in their normal form', async () => {
    const { admin } = await withAdmin(t);
    const saved = await t.ok('settings.updateOrganisation', VALID, admin);
    expect(saved).toMatchObject({
      visitingPostcode: '3477 GG',
      email: 'info@servicedesk-woerden.nl',
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
      kvkNumber: '30123456',
      version: 2,
    });
  });

  it('refuses a wrong IBAN, KvK number, postcode and btw-nummer with Dutch messages at the fields', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.core.call(
      'settings.updateOrganisation',
      { ...VALID, iban: 'NL91ABNA0417164301', kvkNumber: '1234567', visitingPostcode: '0123 AB', vatNumber: 'NL12345' },
      admin,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_input',
        fields: {
          iban: 'Dit IBAN klopt niet; controleer het nummer',
          kvkNumber: 'Een KvK-nummer heeft 8 cijfers',
          visitingPostcode: 'Vul een postcode in als 1234 AB',
          vatNumber: 'Vul een btw-nummer in als NL123456789B01',
        },
      },
    });
    expect((await t.ok('settings.getOrganisation', {}, admin)).iban).toBeNull();
  });

  it('keeps the letter-head logo when the form without a logo is saved, and removes it only on request', async () => {
    const { admin } = await withAdmin(t);
    const logo = `data:image/png;base64,${PNG_1X1}`;
    await t.ok('settings.updateOrganisation', { ...VALID, logoDataUrl: logo }, admin);
    expect((await t.ok('settings.updateOrganisation', VALID, admin)).logoDataUrl).toBe(logo);
    expect((await t.ok('settings.updateOrganisation', { ...VALID, logoDataUrl: null }, admin)).logoDataUrl).toBeNull();
    const notAnImage = await t.core.call('settings.updateOrganisation', { ...VALID, logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }, admin);
    expect(notAnImage).toMatchObject({ ok: false, error: { fields: { logoDataUrl: 'Kies een logo als PNG- of JPEG-afbeelding' } } });
    const audit = t.core.sqlite.prepare("SELECT new_value FROM audit_log WHERE field = 'logoDataUrl' ORDER BY seq").all();
    expect(audit).toEqual([{ new_value: '"[verborgen]"' }, { new_value: null }]);
  });

  it('only an administrator may change them; every employee may read them', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const team = await t.ok('teams.create', { name: 'Servicedesk', managerId: adminUser.id }, admin);
    await t.ok('staff.create', { username: 'sanne', name: 'Sanne', roles: ['servicedesk', 'manager', 'director'], teamId: team.id, password: 'tijdelijk-123', passwordRepeat: 'tijdelijk-123' }, admin);
    const desk = t.session();
    await t.ok('auth.signIn', { username: 'sanne', password: 'tijdelijk-123' }, desk);
    await t.ok('auth.changePassword', { currentPassword: 'tijdelijk-123', newPassword: 'sannes-geheim', newPasswordRepeat: 'sannes-geheim' }, desk);
    expect((await t.core.call('settings.getOrganisation', {}, desk)).ok).toBe(true);
    expect(await t.core.call('settings.updateOrganisation', VALID, desk)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});
