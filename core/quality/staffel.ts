import type { StaffelRow } from '../contracts/quality-rules';

/**
 * Q3 rule 1: what the staffel says for this many reviews in the window. The rows are contiguous
 * (the settings form checks it); below the first row the rule does not apply, past the last the
 * table is silent and the board judges.
 */
export type StaffelAnswer = { kind: 'needed'; needed: number } | { kind: 'too_few' } | { kind: 'silent'; lastCovered: number; lastNeeded: number };

export function staffelFor(reviewCount: number, staffel: readonly StaffelRow[]): StaffelAnswer {
  const row = staffel.find((r) => r.from <= reviewCount && reviewCount <= r.to);
  if (row) return { kind: 'needed', needed: row.needed };
  if (reviewCount < Math.min(...staffel.map((r) => r.from))) return { kind: 'too_few' };
  const last = staffel.reduce((a, b) => (b.to > a.to ? b : a));
  return { kind: 'silent', lastCovered: last.to, lastNeeded: last.needed };
}
