import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { improvementOptions, officeClosingDays } from '../../db/schema';
import { CLOSING_DAY_NAME, publicHolidays } from '../calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../complaints/deadlines';
import { closingDays, deadlineSettings, findProcedureSettings } from '../complaints/settings';
import { IMPROVEMENT_LISTS, type ImprovementOption, type ProcedureSettings } from '../contracts/procedure-settings';

/** The settings as shown: the stored row, or the defaults (version 0) before anyone saved them. */
export function procedureSettingsView(db: Db): ProcedureSettings {
  const row = findProcedureSettings(db);
  const { closingDays: _days, ...defaults } = DEFAULT_DEADLINE_SETTINGS;
  const values = row ?? { ...defaults, version: 0 };
  return {
    version: values.version,
    liberationDayOff: values.liberationDayOff,
    goodFridayOff: values.goodFridayOff,
    officeOpens: values.officeOpens,
    officeCloses: values.officeCloses,
    internalTargetRoll: values.internalTargetRoll,
    decisionCountsFrom: values.decisionCountsFrom,
    mediationResponseWorkingDays: values.mediationResponseWorkingDays,
    closingDays: closingDays(db).map((d) => ({ id: d.id, day: d.day, description: d.description })),
  };
}

export function findClosingDay(db: Db, day: string) {
  return db
    .select()
    .from(officeClosingDays)
    .where(and(eq(officeClosingDays.day, day), isNull(officeClosingDays.deletedAt)))
    .get();
}

/** The days off of a year as the deadlines see them; a closing day says why the office is closed. */
export function daysOff(db: Db, year: number): { day: string; name: string }[] {
  const description = new Map(closingDays(db).map((d) => [d.day, d.description]));
  return publicHolidays(year, deadlineSettings(db)).map((h) =>
    h.name === CLOSING_DAY_NAME && description.has(h.day) ? { day: h.day, name: `${CLOSING_DAY_NAME}: ${description.get(h.day)}` } : h,
  );
}

/** K15: the three lists in their fixed order, each by name; inactive options stay listed. */
export function improvementList(db: Db): ImprovementOption[] {
  const rank = (list: string) => IMPROVEMENT_LISTS.indexOf(list as (typeof IMPROVEMENT_LISTS)[number]);
  return db
    .select({ id: improvementOptions.id, list: improvementOptions.list, name: improvementOptions.name, active: improvementOptions.active })
    .from(improvementOptions)
    .where(isNull(improvementOptions.deletedAt))
    .all()
    .sort((a, b) => rank(a.list) - rank(b.list) || a.name.localeCompare(b.name, 'nl'));
}

/** An option of the same list with this name, whatever the case. */
export function findImprovementByName(db: Db, list: string, name: string) {
  const wanted = name.trim().toLocaleLowerCase('nl');
  return improvementList(db).find((o) => o.list === list && o.name.toLocaleLowerCase('nl') === wanted);
}

export function findImprovementOption(db: Db, id: string) {
  return db
    .select()
    .from(improvementOptions)
    .where(and(eq(improvementOptions.id, id), isNull(improvementOptions.deletedAt)))
    .get();
}
