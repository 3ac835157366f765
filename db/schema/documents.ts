import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/**
 * The archive: every produced document with its dossier. The .docx itself lives in the documents
 * folder (not in SQLite); `sha256` proves it is the file that was produced. A definitive document is
 * never overwritten: a correction is a new row with `supersedesId` and the next `docVersion`.
 */
export const documents = sqliteTable(
  'documents',
  {
    ...rowMeta,
    /** What the document belongs to: `staff`, later `complaint`, `member`, … plus that row's id. */
    dossierKind: text('dossier_kind').notNull(),
    dossierId: text('dossier_id').notNull(),
    typeKey: text('type_key').notNull(),
    title: text('title').notNull(),
    addresseeName: text('addressee_name').notNull(),
    /** The template's input, so a concept can be edited and re-rendered. */
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The letter as produced (LetterModel), so its preview shows what was archived, not today's settings. */
    model: text('model', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['concept', 'definitief', 'verzonden'] }).notNull(),
    sentVia: text('sent_via', { enum: ['post', 'email', 'hand'] }),
    sentAt: text('sent_at'),
    docVersion: integer('doc_version').notNull().default(1),
    supersedesId: text('supersedes_id'),
    /** Relative to the documents folder. */
    filePath: text('file_path').notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
  },
  (t) => [index('documents_dossier_idx').on(t.dossierKind, t.dossierId)],
);
