import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { mailOutbox, type MailAttachment } from '../../db/schema';
import type { HandlerContext } from '../context';
import type { Row, Writer } from '../mutation/writer';

export interface OutgoingMail {
  dossierKind?: string | null;
  dossierId?: string | null;
  toAddress: string;
  toName?: string | null;
  subject: string;
  body: string;
  attachments: MailAttachment[];
}

export type OutboxRow = Row<typeof mailOutbox>;

/**
 * Puts a message in the outbox with the writer of the change that causes it, so both are saved or
 * neither is: a letter is never marked "sent by e-mail" without its message, nor the reverse.
 * The background sender sends it after the transaction has committed.
 */
export function queueMail(w: Writer, message: OutgoingMail): OutboxRow;
/** With the context's ids, so tests that control ids control the Message-ID too. */
export function queueMail(w: Writer, deps: Pick<HandlerContext, 'ids'>, message: OutgoingMail): OutboxRow;
export function queueMail(w: Writer, ...args: [OutgoingMail] | [Pick<HandlerContext, 'ids'>, OutgoingMail]): OutboxRow {
  const [deps, message] = args.length === 1 ? [null, args[0]] : args;
  for (const attachment of message.attachments) assertInsideDocuments(attachment.filePath);
  return w.insert(mailOutbox, {
    dossierKind: message.dossierKind ?? null,
    dossierId: message.dossierId ?? null,
    toAddress: message.toAddress,
    toName: message.toName ?? null,
    subject: message.subject,
    body: message.body,
    attachments: message.attachments,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: w.at,
    // Made now, not by the mail library at sending time: a resend carries the same Message-ID, so
    // the recipient's mail program and the mail server's logs can recognise a repeat.
    messageId: `<${deps?.ids.next() ?? randomUUID()}@servicedesk.local>`,
  });
}

/** Attachments are files of the archive, named relative to the documents folder. */
export function assertInsideDocuments(filePath: string): void {
  const normal = path.posix.normalize(filePath.replaceAll('\\', '/'));
  if (path.isAbsolute(filePath) || path.posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..') {
    throw new Error(`Attachment path must be relative to the documents folder: ${filePath}`);
  }
}
