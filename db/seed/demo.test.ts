import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../core/testing/harness';
import { seedDemo } from './demo';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

describe('demo data', () => {
  it('fills an office through the real procedures, with accounts that can sign in', async () => {
    const accounts = await seedDemo(t.core);
    expect(accounts.map((a) => a.username)).toEqual(['beheer', 'pieter', 'fatima', 'directeur', 'bestuur', 'sanne', 'mohammed', 'lisa']);
    const admin = t.session();
    await t.ok('auth.signIn', { username: 'beheer', password: accounts[0]!.password }, admin);
    const teams = await t.ok('teams.list', {}, admin);
    expect(teams.map((team) => [team.name, team.managerName])).toEqual([
      ['Dienstverlening', 'Fatima El Amrani'],
      ['Directie', 'Jan-Willem Bakker'],
      ['Servicedesk', 'Pieter van den Berg'],
    ]);
    const staff = await t.ok('staff.list', {}, admin);
    expect(staff.filter((s) => !s.roles.includes('admin')).every((s) => s.teamId !== null)).toBe(true);
    const byAdmin = t.core.sqlite.prepare("SELECT count(DISTINCT row_id) AS n FROM audit_log WHERE table_name = 'staff' AND op = 'insert'").get();
    expect(byAdmin).toEqual({ n: accounts.length }); // every account went through the audited write path
  });

  it('fills members with a household and mandate, and providers at different screening steps', async () => {
    const accounts = await seedDemo(t.core);
    const desk = t.session();
    await t.ok('auth.signIn', { username: 'beheer', password: accounts[0]!.password }, desk);
    const members = await t.ok('members.list', { offset: 0, limit: 50 }, desk);
    expect(members.total).toBe(2);
    const providers = await t.ok('providers.list', { offset: 0, limit: 50 }, desk);
    expect(providers.total).toBe(7); // two of their own, five more that joined the quality mark
    expect(providers.rows.filter((p) => p.screeningStatus !== 'goedgekeurd').map((p) => p.name)).toEqual(['Fenna Mulder']);
    const expiring = await t.ok('providers.insuranceExpiring', { withinDays: 30 }, desk);
    expect(expiring.map((p) => p.name)).toEqual(['Klusbedrijf Bakker B.V.']);
    const found = await t.ok('search.everywhere', { query: '0612345678', limit: 10 }, desk);
    expect(found.hits.some((h) => h.title.includes('Vries-Ünal'))).toBe(true);
  });

  it('never uses the same password twice: there is no default password', async () => {
    const first = await seedDemo(t.core);
    const other = createTestCore();
    const second = await seedDemo(other.core);
    other.close();
    expect(first.map((a) => a.password)).not.toEqual(second.map((a) => a.password));
    expect(new Set(first.map((a) => a.password)).size).toBe(first.length);
  });

  it('fills complaints at several steps: new, forwarded, overdue, resolved at intake, in mediation, duplicate', async () => {
    const accounts = await seedDemo(t.core);
    const admin = t.session();
    await t.ok('auth.signIn', { username: 'beheer', password: accounts[0]!.password }, admin);
    const all = await t.ok('complaints.list', {}, admin);
    expect(all.rows.map((r) => r.status).sort()).toEqual(['afgesloten', 'afgesloten', 'doorgestuurd', 'geregistreerd', 'in_behandeling', 'in_behandeling']);
    const items = t.core.sqlite.prepare("SELECT kind, rule FROM work_items WHERE done_at IS NULL AND due_on < date('now') ORDER BY kind").all();
    expect(items).toContainEqual({ kind: 'schriftelijk_antwoord', rule: 'K10' }); // the urgent claim of seven weeks ago
    const mediation = t.core.sqlite.prepare('SELECT status FROM mediations').all();
    expect(mediation).toEqual([{ status: 'reactie_gevraagd' }]);
  });

  it('fills the quality-mark register: a healthy participant, an open rule 1 finding, unpaid contribution, notice for the year end, a board termination on the blacklist', async () => {
    const accounts = await seedDemo(t.core);
    const board = accounts.find((a) => a.username === 'bestuur')!;
    expect(board).toMatchObject({ name: 'Mr. Ingrid Hoekstra', roles: ['board'] });
    const session = t.session();
    const signedIn = await t.ok('auth.signIn', { username: 'bestuur', password: board.password }, session);
    expect(signedIn.mustChangePassword).toBe(true); // handed over like every other demo account

    const admin = t.session();
    await t.ok('auth.signIn', { username: 'beheer', password: accounts[0]!.password }, admin);
    const participants = await t.ok('quality.list', {}, admin);
    const byName = (needle: string) => participants.find((p) => p.provider.name.includes(needle))!;
    expect(participants).toHaveLength(6);
    expect(byName('Van Dijk')).toMatchObject({ status: 'deelnemer', openFindings: 0, overdueContributions: 0 });
    expect(byName('Verhoef')).toMatchObject({ status: 'deelnemer', openFindings: 1 });
    expect(byName('Van Rijn')).toMatchObject({ status: 'deelnemer', openFindings: 1, overdueContributions: 1 });
    expect(byName('Groen')).toMatchObject({ status: 'opgezegd', terminationDate: `${t.clock.now().getUTCFullYear()}-12-31` });
    expect(byName('De Graaf')).toMatchObject({ status: 'beeindigd', openFindings: 0 });
    expect(byName('Bakker')).toMatchObject({ status: 'deelnemer', startDate: '2026-11-21', openFindings: 0 });

    // Q3: the board's list holds rule 1 for Verhoef and rule 5 for Van Rijn, each with its evidence.
    const items = await t.ok('quality.board', {}, admin);
    expect(items.map((i) => [i.participant.name, i.finding.rule]).sort()).toEqual([['Dakwerken Van Rijn B.V.', 5], ['Schildersbedrijf Verhoef', 1]]);
    expect(items.find((i) => i.finding.rule === 1)!.finding.evidence.insufficientReviewIds).toHaveLength(2);

    // Q4-Q6: ended by the board two weeks ago, seen with the sticker after the ten days, published.
    const graaf = await t.ok('quality.get', { id: byName('De Graaf').id }, admin);
    expect(graaf.decisions.map((d) => [d.rule, d.outcome, d.terminationDate])).toEqual([[2, 'beeindigen', '2026-11-07']]);
    const blacklist = await t.ok('quality.blacklist', { includeWithdrawn: false }, admin);
    expect(blacklist.map((b) => [b.name, b.terminationDate])).toEqual([['Installatiebedrijf De Graaf', '2026-11-07']]);
    expect(blacklist[0]!.violation).toContain('bestelbus');
  });
});
