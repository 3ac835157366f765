import { z } from 'zod';
import { defineContracts } from './contract';
import { idField } from './fields';

export const auditEntrySchema = z.object({
  seq: z.number(),
  txId: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  tableName: z.string(),
  rowId: z.string(),
  op: z.enum(['insert', 'update', 'delete']),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const isoDate = z.iso.date('Vul een geldige datum in');

export const auditSearchInput = z
  .object({
    userId: idField.nullish(),
    tableName: z.string().max(60).nullish(),
    from: isoDate.nullish(),
    to: isoDate.nullish(),
    /** Keyset paging: entries with a lower seq than this (newest first). */
    before: z.number().int().positive().nullish(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'De einddatum ligt vóór de begindatum' });

export const auditContracts = defineContracts({
  'audit.history': {
    summary: 'Geschiedenis van één gegeven: wie, wanneer, welk veld, oude en nieuwe waarde',
    access: 'signedIn',
    input: z.object({
      tableName: z.string().min(1).max(60),
      rowId: z.string().min(1).max(60),
      /** The newest lines first; a long-lived dossier shows more on request. */
      limit: z.number().int().min(1).max(5000).default(200),
    }),
    output: z.object({ entries: z.array(auditEntrySchema), hasMore: z.boolean() }),
  },
  'audit.search': {
    summary: 'Audittrail over alles, te filteren op persoon, tabel en periode',
    access: ['admin'],
    input: auditSearchInput,
    output: z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().nullable() }),
  },
  'audit.tables': {
    summary: 'Tabellen die in de audittrail voorkomen',
    access: ['admin'],
    input: z.object({}),
    output: z.array(z.string()),
  },
});
