import { describe, expect, it } from 'vitest';
import { addresseeFromPerson } from './addressee';
import { addressLine, displayName, formalName, houseNumberText, letterSalutation, standaloneSurname } from './names';
import { additionKey, fillFromMerged, formatInitials, phoneDigits, phonePrefixDigits, sortNameOf, type MergeableFields } from './rules';

const jan = { kind: 'persoon' as const, firstName: 'Jan', initials: 'J.', infix: 'van der', lastName: 'Berg' };

describe('phone numbers as national digits', () => {
  it.each([
    ['06-12345678', '0612345678'],
    ['06 1234 5678', '0612345678'],
    ['+31 6 1234 5678', '0612345678'],
    ['+31612345678', '0612345678'],
    ['0031612345678', '0612345678'],
    ['0031 (0)6 12345678', '0612345678'],
    ['+31 (0)30 123 45 67', '0301234567'],
    ['(030) 123 45 67', '0301234567'],
    ['030-1234567', '0301234567'],
    ['0900 - 20 20 505', '09002020505'],
    ['+32 2 123 45 67', '003221234567'],
    ['0032 2 123 45 67', '003221234567'],
    ['', null],
    [null, null],
  ])('%s → %s', (typed, digits) => {
    expect(phoneDigits(typed)).toBe(digits);
  });

  it.each([
    ['06-12', '0612'],
    ['+31 6 12', '0612'],
    ['+316', '06'],
    ['0031 30', '030'],
    ['(030) 12', '03012'],
    ['+3', null],
    ['00', null],
    ['+32 2', '00322'],
  ])('while typing, %s searches from %s', (typed, prefix) => {
    expect(phonePrefixDigits(typed)).toBe(prefix);
  });
});

describe('names with tussenvoegsels', () => {
  it('sorts persons by surname, then first name and tussenvoegsel; organisations by their name', () => {
    expect(sortNameOf(jan)).toBe('Berg, Jan van der');
    expect(sortNameOf({ kind: 'persoon', initials: 'j.a', infix: 'de', lastName: 'Vries' })).toBe('Vries, J.A. de');
    expect(sortNameOf({ kind: 'persoon', lastName: 'Jansen' })).toBe('Jansen');
    expect(sortNameOf({ kind: 'persoon', infix: "van 't", lastName: 'Hof' })).toBe("Hof, van 't");
    expect(sortNameOf({ kind: 'organisatie', organisationName: 'Bouwbedrijf De Vries B.V.', lastName: 'X' })).toBe('Bouwbedrijf De Vries B.V.');
  });

  it('writes display and formal names with the tussenvoegsel in lower case after a first name or initials', () => {
    expect(displayName(jan)).toBe('Jan van der Berg');
    expect(displayName({ ...jan, firstName: null })).toBe('J. van der Berg');
    expect(formalName(jan)).toBe('J. van der Berg');
    expect(formalName({ ...jan, initials: null })).toBe('J. van der Berg');
    expect(displayName({ kind: 'persoon', infix: 'van der', lastName: 'Berg' })).toBe('Van der Berg');
    expect(standaloneSurname({ kind: 'persoon', infix: "van 't", lastName: 'Hof' })).toBe("Van 't Hof");
  });

  it('formats initials however they were typed', () => {
    expect(formatInitials('ja')).toBe('J.A.');
    expect(formatInitials('J. A.')).toBe('J.A.');
    expect(formatInitials('Th.J.')).toBe('Th.J.');
    expect(formatInitials('  ')).toBeNull();
  });

  it('greets in a letter with a capital tussenvoegsel when the surname stands alone', () => {
    expect(letterSalutation({ ...jan, salutation: 'heer' })).toBe('Geachte heer Van der Berg,');
    expect(letterSalutation({ kind: 'persoon', salutation: 'mevrouw', infix: 'de', lastName: 'Vries' })).toBe('Geachte mevrouw De Vries,');
    expect(letterSalutation({ kind: 'persoon', salutation: 'mevrouw', lastName: 'Jansen' })).toBe('Geachte mevrouw Jansen,');
    expect(letterSalutation({ ...jan, salutation: 'neutraal' })).toBe('Geachte J. van der Berg,');
    expect(letterSalutation({ kind: 'persoon', salutation: null, infix: 'van der', lastName: 'Berg' })).toBe('Geachte heer/mevrouw Van der Berg,');
    expect(letterSalutation({ kind: 'organisatie', organisationName: 'Bouwbedrijf Jansen' })).toBe('Geachte heer/mevrouw,');
  });
});

describe('addresses', () => {
  it('writes house numbers with their addition as the Dutch do', () => {
    expect(houseNumberText({ houseNumber: 12, houseNumberAddition: 'A' })).toBe('12a');
    expect(houseNumberText({ houseNumber: 12, houseNumberAddition: '2' })).toBe('12-2');
    expect(houseNumberText({ houseNumber: 12, houseNumberAddition: '-bis' })).toBe('12 bis');
    expect(houseNumberText({ houseNumber: 12, houseNumberAddition: null })).toBe('12');
    expect(additionKey(' -a ')).toBe('A');
  });

  it('gives one address line for lists and search hits', () => {
    expect(addressLine({ street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3441 AB', city: 'Woerden' })).toBe(
      'Kerkstraat 12a, 3441 AB Woerden',
    );
    expect(addressLine({})).toBeNull();
  });

  it('makes the addressee block of a letter for a person', () => {
    const person = { ...jan, salutation: 'heer' as const, street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3441 AB', city: 'Woerden' };
    expect(addresseeFromPerson(person)).toEqual({
      name: 'De heer J. van der Berg',
      attention: null,
      street: 'Kerkstraat 12a',
      postcode: '3441 AB',
      city: 'Woerden',
      country: null,
      salutation: 'Geachte heer Van der Berg,',
    });
  });

  it('addresses an organisation to the attention of its contact, greeting the contact', () => {
    const org = { kind: 'organisatie' as const, organisationName: 'Bouwbedrijf Jansen B.V.', street: 'Industrieweg', houseNumber: 3, postcode: '3442 AA', city: 'Woerden' };
    const contact = { kind: 'persoon' as const, salutation: 'mevrouw' as const, initials: 'P', infix: 'de', lastName: 'Wit' };
    expect(addresseeFromPerson(org, contact)).toMatchObject({
      name: 'Bouwbedrijf Jansen B.V.',
      attention: 'mevrouw P. de Wit',
      street: 'Industrieweg 3',
      salutation: 'Geachte mevrouw De Wit,',
    });
    expect(addresseeFromPerson(org)).toMatchObject({ attention: null, salutation: 'Geachte heer/mevrouw,' });
  });
});

describe('merging: what the kept person takes over', () => {
  const empty: MergeableFields = {
    kind: 'persoon', salutation: null, initials: null, firstName: null, infix: null, lastName: 'Berg', organisationName: null,
    street: null, houseNumber: null, houseNumberAddition: null, postcode: null, city: null, country: null, phone: null, phoneAlt: null, email: null, notes: null,
  };

  it('fills only empty fields, moves an address as a whole and keeps a second phone number', () => {
    const keep = { ...empty, firstName: 'Jan', phone: '06-12345678', city: null, notes: 'Belt liever na 17 uur.' };
    const merged = {
      ...empty, firstName: 'Johannes', initials: 'J.', email: 'jan@example.nl', street: 'Kerkstraat', houseNumber: 12, postcode: '3441 AB', city: 'Woerden',
      phone: '+31 6 1234 5678', phoneAlt: '0348-123456', notes: 'Heeft een sleutel afgegeven.',
    };
    expect(fillFromMerged(keep, merged)).toEqual({
      initials: 'J.',
      email: 'jan@example.nl',
      street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: null, postcode: '3441 AB', city: 'Woerden', country: null,
      phoneAlt: '0348-123456',
      notes: 'Belt liever na 17 uur.\n\nHeeft een sleutel afgegeven.',
    });
  });

  it('never mixes two addresses', () => {
    expect(fillFromMerged({ ...empty, city: 'Woerden' }, { ...empty, street: 'Kerkstraat', postcode: '3441 AB', city: 'Utrecht' })).toEqual({});
  });
});
