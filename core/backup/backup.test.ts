import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { backupDay, listBackups, runDailyBackup } from './daily-backup';

const DAY_MS = 24 * 60 * 60 * 1000;

let t: TestCore;
let dir: string;
beforeEach(async () => {
  t = createTestCore();
  await withAdmin(t);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-backups-'));
});
afterEach(() => {
  t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function rows(db: Database.Database, table: string): unknown[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
}

describe('daily backup', () => {
  it('makes a readable copy of the database with the same rows', async () => {
    const result = await runDailyBackup({ sqlite: t.core.sqlite, dir, now: new Date('2026-11-21T09:00:00Z') });

    expect(result).toEqual({ day: '2026-11-21', created: 'servicedesk-2026-11-21.sqlite', removed: [] });
    expect(fs.readdirSync(dir)).toEqual(['servicedesk-2026-11-21.sqlite']);
    const copy = new Database(path.join(dir, 'servicedesk-2026-11-21.sqlite'), { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      for (const table of ['staff', 'organisation', 'audit_log']) {
        const original = rows(t.core.sqlite, table);
        expect(original.length).toBeGreaterThan(0);
        expect(rows(copy, table)).toEqual(original);
      }
    } finally {
      copy.close();
    }
  });

  it('does nothing on a second run the same day', async () => {
    await runDailyBackup({ sqlite: t.core.sqlite, dir, now: new Date('2026-11-21T07:00:00Z') });
    const second = await runDailyBackup({ sqlite: t.core.sqlite, dir, now: new Date('2026-11-21T21:00:00Z') });

    expect(second).toEqual({ day: '2026-11-21', created: null, removed: [] });
    expect(listBackups(dir)).toEqual(['servicedesk-2026-11-21.sqlite']);
  });

  it('names the backup after the calendar day in Amsterdam, not in UTC', () => {
    expect(backupDay(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(backupDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(backupDay(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
  });

  it('keeps only the 14 newest backups after 16 days of runs', async () => {
    const start = new Date('2026-11-01T08:00:00Z').getTime();
    for (let day = 0; day < 16; day++) {
      await runDailyBackup({ sqlite: t.core.sqlite, dir, now: new Date(start + day * DAY_MS) });
    }

    const kept = listBackups(dir);
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('servicedesk-2026-11-16.sqlite');
    expect(kept.at(-1)).toBe('servicedesk-2026-11-03.sqlite');
  });

  it('leaves unrelated files in the folder alone', async () => {
    const unrelated = ['notities.txt', 'servicedesk.sqlite', 'servicedesk-kopie.sqlite', 'servicedesk-2026-10-01.sqlite.bak'];
    for (const file of unrelated) fs.writeFileSync(path.join(dir, file), 'niet van de back-up');
    const start = new Date('2026-11-01T08:00:00Z').getTime();
    for (let day = 0; day < 3; day++) {
      await runDailyBackup({ sqlite: t.core.sqlite, dir, now: new Date(start + day * DAY_MS), keep: 1 });
    }

    expect(listBackups(dir)).toEqual(['servicedesk-2026-11-03.sqlite']);
    for (const file of unrelated) expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe('niet van de back-up');
  });

  it('leaves no file that looks like a backup when the copy fails', async () => {
    const closed = new Database(':memory:');
    closed.close();
    await expect(runDailyBackup({ sqlite: closed, dir, now: new Date('2026-11-21T09:00:00Z') })).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
