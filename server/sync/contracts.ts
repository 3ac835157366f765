import { z } from 'zod';

/** One change-log entry of a desktop, as pushed. `fields` holds the new values by field name. */
export const mutationSchema = z.object({
  mutationId: z.string().min(1).max(100),
  seq: z.number().int().positive(),
  table: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9_]*$/),
  rowId: z.string().min(1).max(200),
  op: z.enum(['insert', 'update', 'delete']),
  at: z.string().min(1).max(40),
  userId: z.string().max(200).nullable(),
  baseServerVersion: z.number().int().nonnegative(),
  fields: z.record(z.string().min(1).max(100), z.unknown()),
});

export type Mutation = z.infer<typeof mutationSchema>;

export const MAX_MUTATIONS_PER_PUSH = 10_000;

export const pushBodySchema = z.object({
  mutations: z.array(mutationSchema).max(MAX_MUTATIONS_PER_PUSH),
});

export const PULL_PAGE_SIZE = 1_000;

/** A cursor is `version` or, inside a version larger than a page, `version:table:rowId`. */
export const pullQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d+(:[a-z][a-z0-9_]*:.+)?$/)
    .default('0'),
  limit: z.coerce.number().int().min(1).max(PULL_PAGE_SIZE).default(PULL_PAGE_SIZE),
});

export const registerBodySchema = z.object({
  code: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  /** A desktop registering again (after a revoke, or to another server) sent its log up to here before: the next push continues after it. */
  lastSentSeq: z.number().int().min(0).default(0),
});

/** autoApprove: the admin approves in advance the computer that will use the code. */
export const createCodeBodySchema = z.object({ autoApprove: z.boolean().default(false) });

export const deviceParamsSchema = z.object({ id: z.string().min(1).max(200) });

export const schemaVersionHeaderSchema = z.coerce.number().int().positive();

export const conflictParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const resolveConflictBodySchema = z.object({
  resolution: z.enum(['winning_kept', 'losing_restored']),
  /** The signed-in person on the desktop, for the record. */
  resolvedBy: z.string().trim().min(1).max(200),
});
