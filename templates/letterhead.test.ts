import { describe, expect, it } from 'vitest';
import { demoOrganisation } from './demo-data';
import { letterheadFrom } from './letterhead';

describe('letterheadFrom', () => {
  it('has the visiting address, phone, e-mail and website beside the name', () => {
    const head = letterheadFrom(demoOrganisation);
    expect(head.name).toBe('Servicedesk Woerden');
    expect(head.contactLines).toEqual([
      'Korenmolenlaan 2, 3477 GG Woerden',
      'Telefoon 0900 - 20 20 505',
      'E-mail info@servicedesk-woerden.nl',
      'www.servicedesk-woerden.nl',
    ]);
  });

  it('adds the postal address only when it differs from the visiting address', () => {
    const head = letterheadFrom({ ...demoOrganisation, postalStreet: 'Postbus 123', postalPostcode: '3440 AC', postalCity: 'Woerden' });
    expect(head.contactLines[1]).toBe('Postadres: Postbus 123, 3440 AC Woerden');
  });

  it('prints KvK, btw-nummer and IBAN (in groups of four) with BIC in the footer', () => {
    expect(letterheadFrom(demoOrganisation).footerLines).toEqual(['KvK 30123456', 'btw-nummer NL001234567B01', 'IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A)']);
  });

  it('leaves out what is not filled in', () => {
    const bare = { ...demoOrganisation, phone: null, email: null, website: null, kvkNumber: null, vatNumber: null, bic: null, iban: null };
    expect(letterheadFrom(bare).contactLines).toEqual(['Korenmolenlaan 2, 3477 GG Woerden']);
    expect(letterheadFrom(bare).footerLines).toEqual([]);
  });
});
