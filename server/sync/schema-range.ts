import { SCHEMA_VERSION } from '../../core/mutation/schema-version';

/**
 * The oldest desktop schema the server accepts. Desktops below it are answered 426 and keep
 * working offline, queueing their changes until they are updated. Raise it when a migration
 * changes the meaning of a synced field.
 */
export const MIN_SCHEMA_VERSION = 14;

export const schemaRange = { min: MIN_SCHEMA_VERSION, max: SCHEMA_VERSION } as const;
