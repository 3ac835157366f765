import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from './client';
import { deferSchema, hasDeferredSchema, restoreDeferredSchema, searchCatchUp } from './deferred-schema';

let dir: string;
let opened: OpenedDatabase;
const file = () => path.join(dir, 'servicedesk.sqlite');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-deferred-'));
  opened = openDatabase(file());
});
afterEach(() => {
  if (opened.sqlite.open) opened.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['persons', 'members', 'audit_log'];

/** Indexes and triggers of these tables as sqlite_master holds them. */
const schemaOf = (o: OpenedDatabase) =>
  o.sqlite
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN (${TABLES.map(() => '?').join(', ')}) AND sql IS NOT NULL ORDER BY type, name`)
    .all(...TABLES);

let n = 0;
function insertPerson(o: OpenedDatabase, lastName: string): { id: string; rowid: number } {
  const id = `person-${++n}`;
  const at = '2026-11-21T09:00:00.000Z';
  const { lastInsertRowid } = o.sqlite
    .prepare(`INSERT INTO persons (id, kind, initials, last_name, sort_name, created_at, updated_at) VALUES (?, 'persoon', 'A.', ?, ?, ?, ?)`)
    .run(id, lastName, lastName.toLowerCase(), at, at);
  return { id, rowid: Number(lastInsertRowid) };
}

const findByName = (o: OpenedDatabase, words: string) =>
  o.sqlite.prepare('SELECT person_id FROM persons_fts WHERE persons_fts MATCH ?').pluck().all(words);

describe('indexes set aside for a bulk load', () => {
  it('sets aside plain indexes and the name search trigger, keeps unique indexes, and builds all of it again as it was', () => {
    const before = schemaOf(opened);
    insertPerson(opened, 'Voorafgaand');

    const deferred = deferSchema(opened.sqlite, TABLES);

    const during = schemaOf(opened) as { type: string; name: string; sql: string }[];
    expect(deferred).toBeGreaterThan(10);
    expect(during.some((o) => o.name === 'persons_sort_idx' || o.name === 'audit_row_idx' || o.name === 'persons_fts_insert')).toBe(false);
    // Unique indexes are rules: they stay; so do triggers that keep more than a search table.
    expect(during.map((o) => o.name)).toEqual(expect.arrayContaining(['members_number_unique', 'members_sort_name_insert', 'persons_fts_update']));
    expect(hasDeferredSchema(opened.sqlite)).toBe(true);

    const loaded = insertPerson(opened, 'Yılmaz');
    expect(findByName(opened, 'Yilmaz')).toEqual([]);
    // Renamed while set aside: its update trigger puts it in the search, once, under its new name.
    const renamed = insertPerson(opened, 'Eerstenaam');
    opened.sqlite.prepare("UPDATE persons SET last_name = 'Tweedenaam' WHERE id = ?").run(renamed.id);

    expect(restoreDeferredSchema(opened.sqlite)).toBe(deferred);
    expect(schemaOf(opened)).toEqual(before);
    expect(hasDeferredSchema(opened.sqlite)).toBe(false);
    // The rows loaded meanwhile are in the name search as the insert trigger would have put them: both spellings.
    expect(findByName(opened, 'Yilmaz')).toEqual([loaded.id]);
    expect(findByName(opened, 'Yılmaz')).toEqual([loaded.id]);
    expect(findByName(opened, 'Voorafgaand')).toHaveLength(1);
    expect(findByName(opened, 'Tweedenaam')).toEqual([renamed.id]);
    expect(findByName(opened, 'Eerstenaam')).toEqual([]);
    expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a desktop stopped halfway through a bulk load has its indexes and search back at its next start', () => {
    const before = schemaOf(opened);
    deferSchema(opened.sqlite, TABLES);
    const loaded = insertPerson(opened, 'Halverwege');
    opened.sqlite.close();

    opened = openDatabase(file());

    expect(schemaOf(opened)).toEqual(before);
    expect(hasDeferredSchema(opened.sqlite)).toBe(false);
    expect(findByName(opened, 'Halverwege')).toEqual([loaded.id]);
  });

  it('a number stays unique while the indexes are set aside', () => {
    deferSchema(opened.sqlite, TABLES);
    const person = insertPerson(opened, 'Lid');
    const member = opened.sqlite.prepare(
      `INSERT INTO members (id, person_id, membership_number, status, start_date, created_at, updated_at) VALUES (?, ?, 'L000001', 'actief', '2026-01-01', '2026-11-21', '2026-11-21')`,
    );
    member.run('member-1', person.id);
    expect(() => member.run('member-2', person.id)).toThrow(/UNIQUE/);
  });
});

describe('which insert triggers a bulk load may set aside', () => {
  const search = new Set(['persons_fts']);
  it('only one that copies the new row into a search table, caught up by the same insert over the rows it missed', () => {
    const sql = `CREATE TRIGGER p_ins AFTER INSERT ON persons BEGIN
      INSERT INTO persons_fts(rowid, person_id, names) VALUES (new.rowid, new.id, concat_ws(' ', new.initials, new.last_name));
    END`;
    expect(searchCatchUp({ sql, tableName: 'persons' }, search)).toBe(
      `INSERT INTO "persons_fts"(rowid, person_id, names) SELECT rowid, id, concat_ws(' ', initials, last_name) FROM "persons"
    WHERE rowid > @after AND rowid NOT IN (SELECT rowid FROM "persons_fts" WHERE rowid > @after)`,
    );
  });

  it('not one that writes an ordinary table, does more than one thing, or belongs to another table', () => {
    const into = (table: string) => `CREATE TRIGGER t AFTER INSERT ON persons BEGIN INSERT INTO ${table}(rowid, names) VALUES (new.rowid, new.last_name); END`;
    expect(searchCatchUp({ sql: into('audit_log'), tableName: 'persons' }, search)).toBeNull();
    expect(searchCatchUp({ sql: into('persons_fts'), tableName: 'members' }, search)).toBeNull();
    const twoSteps = `CREATE TRIGGER t AFTER INSERT ON persons BEGIN DELETE FROM persons_fts WHERE rowid = new.rowid; INSERT INTO persons_fts(rowid, names) VALUES (new.rowid, new.last_name); END`;
    expect(searchCatchUp({ sql: twoSteps, tableName: 'persons' }, search)).toBeNull();
  });
});
