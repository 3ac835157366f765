import { isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { qualitySettings } from '../../db/schema';
import type { z } from 'zod';
import type { qualitySettingsInput, qualitySettingsSchema } from '../contracts/quality';
import { DEFAULT_STAFFEL, type RuleSettings } from '../contracts/quality-rules';
import { DomainError } from '../errors';
import type { Writer } from '../mutation/writer';

export type QualitySettings = z.infer<typeof qualitySettingsSchema>;

/**
 * The register's choices before anyone changed them: Q3's defaults, 30 days to pay, and five
 * working days for the board, so a new finding is on the Werkvoorraad (five days ahead) at once.
 */
export const DEFAULT_QUALITY_SETTINGS: Omit<QualitySettings, 'version'> = {
  reviewWindow: 'rolling',
  yearWindow: 'rolling',
  staffel: DEFAULT_STAFFEL,
  findingDueWorkingDays: 5,
  paymentTermDays: 30,
};

function findSettingsRow(db: Db) {
  return db.select().from(qualitySettings).where(isNull(qualitySettings.deletedAt)).get();
}

/** The one settings row, or the defaults (version 0) while nobody saved any. */
export function qualitySettingsOf(db: Db): QualitySettings {
  const row = findSettingsRow(db);
  if (!row) return { version: 0, ...DEFAULT_QUALITY_SETTINGS, staffel: DEFAULT_STAFFEL.map((r) => ({ ...r })) };
  return {
    version: row.version,
    reviewWindow: row.reviewWindow,
    yearWindow: row.yearWindow,
    staffel: row.staffel,
    findingDueWorkingDays: row.findingDueWorkingDays,
    paymentTermDays: row.paymentTermDays,
  };
}

export function ruleSettingsOf(settings: QualitySettings): RuleSettings {
  return { reviewWindow: settings.reviewWindow, yearWindow: settings.yearWindow, staffel: settings.staffel };
}

/** Saves the choices; a version that is not the one read (someone else saved meanwhile) is refused. */
export function saveQualitySettings(w: Writer, db: Db, input: z.output<typeof qualitySettingsInput>): void {
  const { version, ...values } = input;
  const row = findSettingsRow(db);
  if (!row) {
    if (version !== undefined && version !== 0) throw new DomainError('record.stale');
    w.insert(qualitySettings, values);
    return;
  }
  w.update(qualitySettings, row.id, values, { expectedVersion: version });
}
