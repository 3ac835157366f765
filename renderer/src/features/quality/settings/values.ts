import type { z } from 'zod';
import type { qualitySettingsInput } from '../../../../../core/contracts';

export type SettingsValues = z.input<typeof qualitySettingsInput>;

/** A NumberInput's value for the contract: a number, or nothing (the contract then says what is missing). */
export function numberOrUndefined(value: number | string): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
