import type Database from 'better-sqlite3';
import { runDailyBackup } from '../../core/backup/daily-backup';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Tries at start and every hour; the backup itself makes at most one per day, so a computer that is
 * switched on at 10:00 or left running overnight both get their daily copy.
 */
export function scheduleDailyBackups(options: { sqlite: Database.Database; dir: string }): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;

  function run(): void {
    if (running) return;
    running = runDailyBackup({ sqlite: options.sqlite, dir: options.dir, now: new Date() })
      .then((result) => {
        if (result.created) console.info(`Back-up gemaakt: ${result.created}`);
        if (result.removed.length) console.info(`Oude back-ups verwijderd: ${result.removed.join(', ')}`);
      })
      .catch((error: unknown) => console.error('Back-up mislukt', error))
      .finally(() => {
        running = null;
      });
  }

  run();
  const timer = setInterval(run, HOUR_MS);
  return {
    // Waits for a copy in progress: closing the database under it would abort the backup.
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
