import { expect, it } from 'vitest';
import { numberPrefixFor } from './prefix';

it('number prefixes run A … Z, AA, AB, … without repeating', () => {
  expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(numberPrefixFor)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  const many = Array.from({ length: 2000 }, (_, i) => numberPrefixFor(i + 1));
  expect(new Set(many).size).toBe(2000);
});
