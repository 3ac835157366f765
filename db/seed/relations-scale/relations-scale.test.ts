import { isValidBIC, isValidIBAN } from 'ibantools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdmin, createTestCore, type TestCore } from '../../../core/testing/harness';
import type { ClientSession } from '../../../core/context';
import { phoneDigits } from '../../../core/persons/rules';
import { seedRelations, type RelationsScaleResult } from '.';

let t: TestCore;
let admin: ClientSession;
let seeded: RelationsScaleResult;
beforeAll(async () => {
  t = createTestCore();
  ({ admin } = await withAdmin(t));
  seeded = seedRelations(t.core.sqlite, { persons: 3_000, members: 1_000, providers: 200 });
});
afterAll(() => t.close());

describe('relations at scale (bench data)', () => {
  it('makes real-format postcodes (never SA, SD, SS), phone numbers in many notations, and 8-digit KvK numbers', () => {
    for (const p of seeded.persons) {
      expect(p.postcode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      expect(p.postcode).not.toMatch(/ S[ADS]$/);
      if (p.phone) expect(p.phoneDigits).toBe(phoneDigits(p.phone));
    }
    const notations = new Set(seeded.persons.map((p) => p.phone?.replace(/\d/g, '9').slice(0, 4)));
    expect(notations.size).toBeGreaterThan(5);
    expect(new Set(seeded.kvkNumbers).size).toBe(seeded.kvkNumbers.length);
    for (const kvk of seeded.kvkNumbers) expect(kvk).toMatch(/^\d{8}$/);
  });

  it('L3: gives most active members a signed mandate with a valid IBAN', () => {
    const mandates = t.core.sqlite.prepare('SELECT iban, bic, reference FROM sepa_mandates').all() as { iban: string; bic: string; reference: string }[];
    expect(mandates.length).toBeGreaterThan(500);
    expect(mandates.every((m) => isValidIBAN(m.iban) && isValidBIC(m.bic))).toBe(true);
    expect(new Set(mandates.map((m) => m.reference)).size).toBe(mandates.length);
  });

  it('fills members with numbers and households at the member address, providers, and the name index', () => {
    const count = (sql: string) => t.core.sqlite.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM members')).toBe(1_000);
    expect(count("SELECT count(*) FROM members WHERE membership_number GLOB 'L[0-9][0-9][0-9][0-9][0-9][0-9]'")).toBe(1_000);
    expect(count('SELECT count(*) FROM household_members')).toBeGreaterThan(100);
    expect(
      count(`SELECT count(*) FROM household_members h JOIN members m ON m.id = h.member_id JOIN persons a ON a.id = m.person_id JOIN persons b ON b.id = h.person_id
             WHERE a.postcode <> b.postcode OR a.house_number <> b.house_number`),
    ).toBe(0);
    expect(count('SELECT count(*) FROM providers')).toBe(200);
    expect(count('SELECT count(*) FROM persons_fts')).toBe(3_000);
  });

  it('is found by the search box like any person', async () => {
    const p = seeded.persons.find((x) => x.kind === 'persoon' && x.infix && x.firstName && x.phone)!;
    const byName = await t.ok('search.everywhere', { query: `${p.firstName} ${p.infix} ${p.lastName}`, limit: 100 }, admin);
    expect(byName.hits.map((h) => h.personId)).toContain(p.id);
    const byPhone = await t.ok('search.everywhere', { query: p.phone!, limit: 100 }, admin);
    expect(byPhone.hits.map((h) => h.personId)).toContain(p.id);
  });
});
