import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery, nameTokens, readQuery, upperBound } from './rules';

describe('recognising what was typed in the search box', () => {
  it.each([
    ['3441 AB 12', { postcode: '3441 AB', houseNumber: 12, addition: null }],
    ['3441ab12', { postcode: '3441 AB', houseNumber: 12, addition: null }],
    ['3441AB 12-a', { postcode: '3441 AB', houseNumber: 12, addition: 'A' }],
    ['3441 ab 12 bis', { postcode: '3441 AB', houseNumber: 12, addition: 'BIS' }],
    ['3441 AB', { postcode: '3441 AB', houseNumber: null, addition: null }],
    ['3441 a', { postcode: '3441 A', houseNumber: null, addition: null }],
    ['3441', { postcode: '3441 ', houseNumber: null, addition: null }],
  ])('postcode and house number: %s', (typed, expected) => {
    expect(readQuery(typed)).toEqual([{ match: 'postcode', ...expected }]);
  });

  it.each([
    ['06-12345678', '0612345678'],
    ['+31 6 1234', '061234'],
    ['0031 6 12', '0612'],
    ['(030) 123 45', '03012345'],
    ['06 12', '0612'],
  ])('phone: %s → digits from %s', (typed, digits) => {
    expect(readQuery(typed)).toEqual([{ match: 'telefoon', digits }]);
  });

  it('eight digits are a KvK number, and a phone prefix too when they start with 0', () => {
    expect(readQuery('12345678')).toEqual([{ match: 'kvk', prefix: '12345678' }]);
    expect(readQuery('1234.5678')).toEqual([{ match: 'kvk', prefix: '12345678' }]);
    expect(readQuery('01234567')).toEqual([
      { match: 'telefoon', digits: '01234567' },
      { match: 'kvk', prefix: '01234567' },
    ]);
  });

  it('e-mail, membership number and names', () => {
    expect(readQuery('Jan@Exam')).toEqual([{ match: 'email', prefix: 'jan@exam' }]);
    expect(readQuery('L000123')).toEqual([{ match: 'lidnummer', prefix: 'L000123' }]);
    expect(readQuery('l12')).toEqual([{ match: 'lidnummer', prefix: 'L12' }]);
    expect(readQuery('van der berg')).toEqual([{ match: 'naam', tokens: ['van', 'der', 'berg'], fts: '"van"* "der"* "berg"*' }]);
    expect(readQuery('   ')).toEqual([]);
    expect(readQuery('!!')).toEqual([]);
  });

  it('splits names as the index does and folds letters the index cannot', () => {
    expect(nameTokens("van 't Hof")).toEqual(['van', 't', 'hof']);
    expect(nameTokens('de Vries-Ünal')).toEqual(['de', 'vries', 'ünal']);
    expect(nameTokens('Yılmaz')).toEqual(['yilmaz']);
    expect(ftsPrefixQuery(['o"neil'])).toBe('"o""neil"*');
  });

  it('prefix ranges for index range queries', () => {
    expect(upperBound('061')).toBe('062');
    expect(upperBound('0619')).toBe('061:');
    expect(upperBound('3441 ')).toBe('3441!');
  });
});
