import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export interface DailyBackupOptions {
  /** The open database; the online backup copies it without stopping writers. */
  sqlite: Database.Database;
  dir: string;
  now: Date;
  /** How many daily backups to keep; older ones are deleted. */
  keep?: number;
}

export interface DailyBackupResult {
  /** The Europe/Amsterdam calendar day this run was for (YYYY-MM-DD). */
  day: string;
  /** File name of the backup made by this run, or null when today's already existed. */
  created: string | null;
  /** File names of old backups deleted by this run. */
  removed: string[];
}

const BACKUP_NAME = /^servicedesk-(\d{4}-\d{2}-\d{2})\.sqlite$/;

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function backupDay(now: Date): string {
  const parts = Object.fromEntries(amsterdamDay.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function backupFileName(day: string): string {
  return `servicedesk-${day}.sqlite`;
}

/** Makes today's backup if there is none yet, then keeps only the newest `keep` backups. */
export async function runDailyBackup({ sqlite, dir, now, keep = 14 }: DailyBackupOptions): Promise<DailyBackupResult> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a positive whole number, got ${keep}`);
  fs.mkdirSync(dir, { recursive: true });
  const day = backupDay(now);
  const name = backupFileName(day);
  const created = listBackups(dir).includes(name) ? null : name;
  if (created) await writeBackup(sqlite, path.join(dir, created));
  return { day, created, removed: pruneBackups(dir, keep) };
}

/** Backup file names in `dir`, newest first; the ISO date in the name sorts them. */
export function listBackups(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => BACKUP_NAME.test(file))
    .sort()
    .reverse();
}

async function writeBackup(sqlite: Database.Database, target: string): Promise<void> {
  // Written under a name the pattern does not match, and renamed only when complete: a crash or a
  // failed run never leaves a file that looks like a good backup.
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await sqlite.backup(partial);
    makeSelfContained(sqlite, partial);
    fsyncFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * The copy inherits WAL mode from the live database, so opening it later would create -wal and
 * -shm files beside it. A rollback journal keeps a backup a single file that can be copied or mailed.
 * Done through the live connection rather than a new Database, which in Electron would load
 * better-sqlite3's default native module instead of the one built for Electron.
 */
function makeSelfContained(sqlite: Database.Database, file: string): void {
  sqlite.prepare('ATTACH DATABASE ? AS finished_backup').run(file);
  try {
    sqlite.pragma('finished_backup.journal_mode = DELETE');
  } finally {
    sqlite.exec('DETACH DATABASE finished_backup');
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function pruneBackups(dir: string, keep: number): string[] {
  const removed = listBackups(dir).slice(keep);
  for (const file of removed) fs.rmSync(path.join(dir, file), { force: true });
  return removed;
}
