import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

export interface MailAttachment {
  /** An archived document (its .docx, or its PDF when one was exported). */
  documentId?: string;
  filename: string;
  contentType: string;
  /** Relative to the documents folder. */
  filePath: string;
}

/**
 * E-mail outbox: written in the same transaction as the change that causes the message, sent later
 * by the background sender. `sending` is set (and committed) before the SMTP exchange; a message
 * still `sending` after a crash becomes `onzeker` for a person to check, never re-sent by itself.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    ...rowMeta,
    dossierKind: text('dossier_kind'),
    dossierId: text('dossier_id'),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attachments: text('attachments', { mode: 'json' }).$type<MailAttachment[]>().notNull(),
    status: text('status', { enum: ['queued', 'sending', 'sent', 'failed', 'uncertain'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    /** Our own Message-ID, set before sending, so a message can be recognised in the mail server's logs. */
    messageId: text('message_id').notNull(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt), index('mail_outbox_dossier_idx').on(t.dossierKind, t.dossierId)],
);

/** SMTP settings: one row. The password is redacted in the audit trail. */
export const mailSettings = sqliteTable('mail_settings', {
  ...rowMeta,
  host: text('host'),
  port: integer('port'),
  security: text('security', { enum: ['none', 'starttls', 'tls'] }).notNull().default('starttls'),
  username: text('username'),
  password: text('password'),
  fromAddress: text('from_address'),
  fromName: text('from_name'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
});
