import { describe, expect, it } from 'vitest';
import { MEDIATION_CONDITIONS, MEDIATION_STATUSES } from '../contracts/mediation';
import { directionFor, emailSubject, failingConditions, missingItems, safeFileName, statusAfterCheck, stepRefusal, type CustomerFacts } from './rules';

const allHold = Object.fromEntries(MEDIATION_CONDITIONS.map((c) => [c, true]));

const customer: CustomerFacts = {
  kind: 'persoon',
  firstName: 'Jolanda',
  initials: 'J.',
  lastName: 'Vries',
  organisationName: null,
  street: 'Dorpsstraat',
  houseNumber: 12,
  postcode: '3441 AB',
  city: 'Woerden',
  phone: '06 12345678',
  email: null,
};

describe('mediation rules', () => {
  it('B1, B5: only complaints between a customer and a provider are mediated, in the direction of the complaint', () => {
    expect(directionFor('dienstverlener')).toBe('klant_over_dienstverlener');
    expect(directionFor('klant')).toBe('dienstverlener_over_klant');
    for (const kind of ['organisatie', 'team', 'medewerker']) expect(directionFor(kind)).toBeNull();
  });

  it('B3: all six conditions → mediation allowed', () => {
    expect(failingConditions(allHold)).toEqual([]);
    expect(statusAfterCheck(failingConditions(allHold))).toBe('toegelaten');
  });

  it('B3: each condition that does not hold is a reason to refuse, in the order of the checklist', () => {
    for (const condition of MEDIATION_CONDITIONS) {
      const failing = failingConditions({ ...allHold, [condition]: false });
      expect(failing).toEqual([condition]);
      expect(statusAfterCheck(failing)).toBe('geweigerd');
    }
    expect(failingConditions({ ...allHold, warrantyApplies: false, providerNamed: false })).toEqual(['providerNamed', 'warrantyApplies']);
    expect(failingConditions(null)).toEqual([]);
  });

  it('B4: e-mail subject follows the convention', () => {
    expect(emailSubject('J. de Vries', 'Klusbedrijf Jansen B.V.')).toBe('Klacht van J. de Vries aan het adres van Klusbedrijf Jansen B.V.');
    expect(emailSubject(' J. de Vries ', 'Klusbedrijf Jansen B.V.', 'klant_over_dienstverlener')).toBe('Klacht van J. de Vries aan het adres van Klusbedrijf Jansen B.V.');
  });

  it('B5: the subject of a provider complaining about a customer names the provider first', () => {
    expect(emailSubject('J. de Vries', 'Klusbedrijf Jansen B.V.', 'dienstverlener_over_klant')).toBe('Klacht van Klusbedrijf Jansen B.V. aan het adres van J. de Vries');
  });

  it('B4: a complete dossier lacks nothing; invoices and photos are optional', () => {
    expect(missingItems({ customer, providerName: 'Klusbedrijf Jansen B.V.', description: 'Verf bladdert', itemKinds: ['overeenkomst'] })).toEqual([]);
  });

  it('B4: the missing parts are named in the order of the list', () => {
    const bare: CustomerFacts = { ...customer, firstName: null, initials: null, street: null, phone: null, email: null };
    expect(missingItems({ customer: bare, providerName: ' ', description: '', itemKinds: ['factuur', 'foto'] })).toEqual([
      'De volledige naam van de klant',
      'Het volledige adres van de klant',
      'Contactgegevens van de klant (telefoon of e-mail)',
      'De naam van de dienstverlener',
      'De getekende overeenkomst',
      'De omschrijving van de klacht',
    ]);
    expect(missingItems({ customer: { ...customer, kind: 'organisatie', organisationName: 'Huis BV' }, providerName: 'X', description: 'Y', itemKinds: ['overeenkomst'] })).toEqual([]);
  });

  it('B2, B3: steps follow the mediation: conditions before the response is asked, nothing after the outcome', () => {
    expect(stepRefusal('checkConditions', 'advies')).toBeNull();
    expect(stepRefusal('checkConditions', 'geweigerd')).toBeNull();
    expect(stepRefusal('checkConditions', 'toegelaten')).toBe('mediation.step_not_allowed');
    expect(stepRefusal('requestResponse', 'advies')).toBe('mediation.conditions_not_met');
    expect(stepRefusal('requestResponse', 'geweigerd')).toBe('mediation.conditions_not_met');
    expect(stepRefusal('requestResponse', 'toegelaten')).toBeNull();
    expect(stepRefusal('requestResponse', 'reactie_gevraagd')).toBe('mediation.step_not_allowed');
    expect(stepRefusal('recordResponse', 'reactie_gevraagd')).toBeNull();
    expect(stepRefusal('recordResponse', 'toegelaten')).toBe('mediation.step_not_allowed');
    for (const status of MEDIATION_STATUSES) {
      const open = status !== 'afgerond';
      expect(stepRefusal('recordOutcome', status) === null).toBe(open);
      expect(stepRefusal('changeItems', status) === null).toBe(open);
    }
  });

  it('item files get a name the archive accepts', () => {
    expect(safeFileName('kozijn: voor?.jpg')).toBe('kozijn- voor-.jpg');
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('..')).toBe('bestand');
    expect(safeFileName('scan. ')).toBe('scan');
  });
});
