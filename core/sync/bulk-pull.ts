import { deferSchema, restoreDeferredSchema } from '../../db/deferred-schema';
import type { ApplyCore, PageApplied } from './apply';
import { syncedTableNames } from './apply';

/**
 * A desktop's first pull, from version 0, may bring a whole office: up to a million rows. While
 * its pages bring mostly rows new to this desktop, the plain indexes of the domain tables and the
 * audit trail and the name search are built once at the end instead of row by row
 * (db/deferred-schema.ts); an ordinary pull, or a first pull of rows this desktop already has (the
 * desktop that pushed them), never sets them aside.
 */
export function bulkPull(core: ApplyCore, fromCursor: string) {
  const firstPull = fromCursor === '0';
  let deferred = false;
  return {
    /** After each page: a further page of mostly new rows starts the bulk load. */
    pageApplied(applied: PageApplied, rows: number, hasMore: boolean): void {
      if (!firstPull || deferred || !hasMore || applied.inserted * 2 <= rows) return;
      deferSchema(core.sqlite, [...syncedTableNames(), 'audit_log']);
      deferred = true;
    },
    /** When the pull ends, complete or not: the indexes and the search are built again. */
    finish(): void {
      if (deferred) restoreDeferredSchema(core.sqlite);
      deferred = false;
    },
  };
}
