import { isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { officeClosingDays, procedureSettings } from '../../db/schema';
import type { Writer } from '../mutation/writer';
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from './deadlines';

export type ProcedureSettingsRow = typeof procedureSettings.$inferSelect;

export function findProcedureSettings(db: Db): ProcedureSettingsRow | undefined {
  return db.select().from(procedureSettings).where(isNull(procedureSettings.deletedAt)).get();
}

/** The one settings row, made with the defaults on first use (in the caller's transaction). */
export function ensureProcedureSettings(w: Writer, db: Db): ProcedureSettingsRow {
  const { closingDays: _closingDays, ...defaults } = DEFAULT_DEADLINE_SETTINGS;
  return findProcedureSettings(db) ?? w.insert(procedureSettings, defaults);
}

export function closingDays(db: Db) {
  return db.select().from(officeClosingDays).where(isNull(officeClosingDays.deletedAt)).orderBy(officeClosingDays.day).all();
}

/** The calendar and deadline settings every deadline of the procedure is computed with. */
export function deadlineSettings(db: Db): DeadlineSettings {
  const row = findProcedureSettings(db);
  const base = row
    ? {
        liberationDayOff: row.liberationDayOff,
        goodFridayOff: row.goodFridayOff,
        officeOpens: row.officeOpens,
        officeCloses: row.officeCloses,
        internalTargetRoll: row.internalTargetRoll,
        decisionCountsFrom: row.decisionCountsFrom,
        mediationResponseWorkingDays: row.mediationResponseWorkingDays,
      }
    : DEFAULT_DEADLINE_SETTINGS;
  return { ...base, closingDays: closingDays(db).map((d) => d.day) };
}
