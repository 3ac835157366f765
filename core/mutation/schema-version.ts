/**
 * The database schema version carried by every change-log entry (and, later, every sync request).
 * It equals the number of migrations in db/migrations; a test keeps the two equal.
 */
export const SCHEMA_VERSION = 17;
