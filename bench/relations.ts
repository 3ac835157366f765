import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createCore } from '../core/app';
import { contracts } from '../core/contracts';
import type { Envelope } from '../core/contracts/envelope';
import { createClientSession } from '../core/context';
import { mulberry32 } from '../db/seed/scale';
import { seedRelations, type SeededPerson } from '../db/seed/relations-scale';
import { formatTable, measure, ok, seconds, type MeasureOptions, type Timing, wholeNumber } from './measure';

/**
 * `npm run bench` (after bench/run.ts and bench/letters.ts), or alone:
 * `npx tsx bench/relations.ts [-- --persons N] [--members N] [--providers N] [--only abc] [--keep] [--validate-output]`
 *
 * A fresh database with generated relations at scale (300,000 persons, 100,000 members with
 * households, 20,000 providers; bench data written directly, see db/seed/relations-scale), then the
 * search box and the person pages through dispatch, as the hosts call them.
 */
const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '300000' },
    members: { type: 'string', default: '100000' },
    providers: { type: 'string', default: '20000' },
    /** a: search.everywhere, b: opening pages, c: the person list and the duplicate check. */
    only: { type: 'string', default: 'abc' },
    keep: { type: 'boolean', default: false },
    'validate-output': { type: 'boolean', default: false },
  },
});
const count = (name: 'persons' | 'members' | 'providers') => wholeNumber(args, name);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-bench-relations-'));
const dbPath = path.join(dir, 'bench.sqlite');
const core = createCore({ dbPath, validateOutput: args['validate-output'], log: (m, e) => console.error(m, e) });

const loadAtStart = os.loadavg()[0]!;

try {
  console.log(`Servicedesk relations bench: ${count('persons').toLocaleString('nl-NL')} persons, Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}`);
  const session = createClientSession();
  const password = `bench-${randomBytes(9).toString('base64url')}`;
  const admin = ok(await core.call('auth.setup', { organisationName: 'Servicedesk Woerden', name: 'Anneke de Vries', username: 'beheer', password, passwordRepeat: password }, session));

  let t0 = process.hrtime.bigint();
  const seeded = seedRelations(core.sqlite, { persons: count('persons'), members: count('members'), providers: count('providers'), userId: admin.id });
  console.log(`seeding (direct inserts, FTS by trigger): ${seconds(t0)} s`);
  const rows = (sql: string) => (core.sqlite.prepare(sql).pluck().get() as number).toLocaleString('nl-NL');
  const size = ['', '-wal'].reduce((total, suffix) => total + (fs.existsSync(dbPath + suffix) ? fs.statSync(dbPath + suffix).size : 0), 0);
  console.log(`persons: ${rows('SELECT count(*) FROM persons')}, members: ${rows('SELECT count(*) FROM members')}, household members: ${rows('SELECT count(*) FROM household_members')}, providers: ${rows('SELECT count(*) FROM providers')}`);
  console.log(`database file: ${(size / 1024 / 1024).toFixed(0)} MB (${dbPath})\n`);

  const r = mulberry32(11);
  const randomOf = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const persons = seeded.persons;
  const people = persons.filter((p) => p.kind === 'persoon');
  const timings: Timing[] = [];
  const line = async (letter: string, label: string, options: MeasureOptions, fn: (i: number) => unknown) => {
    if (!args.only.includes(letter)) return;
    const timing = await measure(label, options, fn);
    timings.push(timing);
    console.log(`  ${label}: p95 ${timing.p95.toFixed(3)} ms`);
  };
  let hits = 0;
  let calls = 0;
  const search = (label: string, query: () => string, target?: number) =>
    line('a', label, { iterations: 2_000, warmup: 200, target }, async () => {
      hits += ok(await core.dispatch('search.everywhere', { query: query(), limit: 20 }, session) as Envelope<{ hits: unknown[] }>).hits.length;
      calls++;
    });

  // Name prefixes as people type them: a partial word, then more words, the last one partial.
  const partial = (word: string) => word.slice(0, Math.max(2, Math.min(word.length, 2 + Math.floor(r() * (word.length - 1)))));
  const surname = (p: SeededPerson) => p.lastName!.toLowerCase();
  await search('a. search name, 1 partial word ("ber")', () => partial(surname(randomOf(people))), 15);
  const withFirstName = people.filter((x) => x.firstName);
  await search('a. search name, 2 words ("jan ber", "berg j")', () => {
    const p = randomOf(withFirstName);
    return r() < 0.5 ? `${p.firstName!.toLowerCase()} ${partial(surname(p))}` : `${surname(p)} ${partial(p.firstName!.toLowerCase())}`;
  }, 15);
  const withInfix = people.filter((p) => p.infix && p.firstName);
  await search('a. search name, 3 words ("van der be", "jan van d")', () => {
    const p = randomOf(withInfix);
    return r() < 0.5 ? `${p.infix} ${partial(surname(p))}` : `${p.firstName} ${p.infix!.split(' ')[0]} ${partial(p.infix!.split(' ').at(-1)!)}`;
  }, 15);
  const withPhone = persons.filter((p) => p.phoneDigits?.startsWith('06'));
  await search('a. search phone, full, as stored (any format)', () => randomOf(withPhone).phone!, 15);
  await search('a. search phone, "06-1234", "+31 6 1234 5", "0031 6 12"', () => {
    const d = randomOf(withPhone).phoneDigits!;
    return randomOf([`06-${d.slice(2, 6)}`, `+31 6 ${d.slice(2, 6)} ${d.slice(6, 7)}`, `0031 6 ${d.slice(2, 4)}`, `${d.slice(0, 4)} ${d.slice(4, 7)}`]);
  }, 15);
  const landline = persons.filter((p) => p.phoneDigits && !p.phoneDigits.startsWith('06'));
  await search('a. search phone, landline "(030) 123 45"', () => {
    const d = randomOf(landline).phoneDigits!;
    return `(${d.slice(0, 3)}) ${d.slice(3, 6)} ${d.slice(6, 8)}`;
  }, 15);
  await search('a. search postcode + number ("3441 AB 12", "3441ab12", "3441AB 12-a")', () => {
    const p = randomOf(persons);
    const compact = p.postcode.replace(' ', '');
    return randomOf([`${p.postcode} ${p.houseNumber}`, `${compact.toLowerCase()}${p.houseNumber}`, `${compact} ${p.houseNumber}${p.houseNumberAddition ? `-${p.houseNumberAddition}` : ''}`]);
  }, 15);
  await search('   search postcode only ("3441 AB", "3441")', () => {
    const p = randomOf(persons);
    return r() < 0.5 ? p.postcode : p.postcode.slice(0, 4);
  });
  const withEmail = persons.filter((p) => p.email);
  await search('   search e-mail prefix', () => randomOf(withEmail).email!.slice(0, 6 + Math.floor(r() * 8)));
  await search('   search membership number (L000123, L0012)', () => `L${String(1 + Math.floor(r() * seeded.memberIds.length)).padStart(6, '0')}`.slice(0, 5 + Math.floor(r() * 3)));
  await search('   search KvK number', () => randomOf(seeded.kvkNumbers));
  if (args.only.includes('a')) console.log(`  (average ${(hits / Math.max(1, calls)).toFixed(1)} hits per search)`);

  await line('b', 'b. persons.get (open a member\'s person page, with roles)', { iterations: 3_000, warmup: 300, target: 20 }, async () =>
    ok(await core.dispatch('persons.get', { id: randomOf(seeded.memberPersonIds) }, session)),
  );
  if ('members.get' in contracts) {
    await line('b', 'b. members.get (open a member page)', { iterations: 3_000, warmup: 300, target: 20 }, async () =>
      ok(await core.dispatch('members.get', { id: randomOf(seeded.memberIds) }, session)),
    );
  } else if (args.only.includes('b')) {
    console.log('  members.get does not exist yet: the member page is measured as persons.get');
  }

  const total = persons.length;
  await line('c', 'c. persons.list page of 100 at a random offset, by name', { iterations: 300, warmup: 30 }, async () =>
    ok(await core.dispatch('persons.list', { offset: Math.floor(r() * (total - 100)), limit: 100 }, session)),
  );
  await line('c', '   persons.list page of 100 at a random offset, by place', { iterations: 300, warmup: 30 }, async () =>
    ok(await core.dispatch('persons.list', { sort: 'city', offset: Math.floor(r() * (total - 100)), limit: 100 }, session)),
  );
  await line('c', '   persons.list organisations, by postcode, random offset', { iterations: 300, warmup: 30 }, async () =>
    ok(await core.dispatch('persons.list', { kind: 'organisatie', sort: 'postcode', offset: Math.floor(r() * (total * 0.08 - 100)), limit: 100 }, session)),
  );
  await line('c', '   persons.list filtered by name ("berg"), first page', { iterations: 300, warmup: 30 }, async () =>
    ok(await core.dispatch('persons.list', { text: partial(surname(randomOf(people))), limit: 100 }, session)),
  );
  await line('c', '   persons.checkDuplicates (address, phone, e-mail)', { iterations: 2_000, warmup: 200 }, async () => {
    const p = randomOf(persons);
    ok(await core.dispatch('persons.checkDuplicates', { postcode: p.postcode, houseNumber: p.houseNumber, houseNumberAddition: p.houseNumberAddition, phone: p.phone, email: p.email }, session));
  });

  console.log(`\n${formatTable(timings)}\n`);
  console.log(`Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)}, on ${os.cpus().length} cores.`);
  console.log(`Output validation: ${args['validate-output'] ? 'on' : 'off (as in the shipped app)'}.`);
} finally {
  core.close();
  if (args.keep) console.log(`Kept ${dbPath}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
