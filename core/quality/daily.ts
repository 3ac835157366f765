import type Database from 'better-sqlite3';
import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { qualityAssessmentRuns, qualityParticipants } from '../../db/schema';
import type { Core } from '../app';
import { amsterdamDay } from '../contracts/format';
import type { Writer } from '../mutation/writer';
import { assessAllParticipants, type AssessResult } from './assess';
import { executeDueTerminations } from './termination';

/**
 * The register's daily work: participations whose termination date has come end (opgezegd →
 * beeindigd), then every live participant is assessed (Q3). Each desktop runs it at most once a
 * day (quality_assessment_runs); a run started by hand counts as that day's run.
 */

export interface RunResult extends AssessResult {
  assessedOn: string;
  ended: number;
}

type Deps = { db: Db; sqlite: Database.Database };

/** One run, in one transaction, recorded as the day's run. */
export function runQualityAssessment(w: Writer, deps: Deps, today: string): RunResult {
  const ended = executeDueTerminations(w, deps.db, today);
  const result = assessAllParticipants(w, deps, today);
  w.insert(qualityAssessmentRuns, { ranOn: today, participants: result.participants, newFindings: result.newFindings });
  return { assessedOn: today, ended, ...result };
}

export function ranToday(db: Db, today: string): boolean {
  return !!db
    .select({ id: qualityAssessmentRuns.id })
    .from(qualityAssessmentRuns)
    .where(and(eq(qualityAssessmentRuns.ranOn, today), isNull(qualityAssessmentRuns.deletedAt)))
    .get();
}

type DailyCore = Pick<Core, 'db' | 'sqlite' | 'write' | 'clock'>;

/** The day's run unless this desktop already made it; the system is its author (no user). */
export function runDailyQualityAssessment(core: DailyCore): RunResult | null {
  const today = amsterdamDay(core.clock.now());
  return core.write(null, (w) => (ranToday(core.db, today) ? null : runQualityAssessment(w, core, today)));
}

const HOUR_MS = 60 * 60 * 1000;
const START_DELAY_MS = 10_000;

/**
 * Tries at start and every hour, like the daily backup: a desktop switched on at 10:00 and one left
 * running overnight both get the day's assessment once.
 */
export function scheduleDailyQualityAssessment(core: DailyCore, log: (message: string, error?: unknown) => void = console.error): { stop(): void } {
  const run = () => {
    try {
      const result = runDailyQualityAssessment(core);
      if (result?.newFindings) console.info(`Keurmerk: ${result.newFindings} nieuwe bevinding(en) bij ${result.participants} deelnemers`);
    } catch (error) {
      log('Dagelijkse beoordeling keurmerk mislukt', error);
    }
  };
  // The first run waits until the window is up: a large register takes a second or two.
  const first = setTimeout(run, START_DELAY_MS);
  const timer = setInterval(run, HOUR_MS);
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
