import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { MailAttachment } from '../../db/schema';
import { assertInsideDocuments, type OutboxRow } from './queue';
import type { SmtpSettings } from './settings';

/** The part of a nodemailer transporter the sender uses; tests may wrap or replace it. */
export interface MailTransport {
  sendMail(mail: Mail.Options): Promise<unknown>;
  close?(): void;
}

/** nodemailer from the office's settings: implicit TLS (465), STARTTLS required (587), or plain (25, internal relays). */
export function nodemailerTransport(settings: SmtpSettings): MailTransport {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.username ? { user: settings.username, pass: settings.password ?? '' } : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

export function compose(message: OutboxRow, settings: SmtpSettings, attachments: Mail.Attachment[]): Mail.Options {
  return {
    from: settings.fromName ? { name: settings.fromName, address: settings.fromAddress } : settings.fromAddress,
    to: message.toName ? { name: message.toName, address: message.toAddress } : message.toAddress,
    subject: message.subject,
    text: message.body,
    messageId: message.messageId,
    attachments,
  };
}

/** The archive lost a file the message needs; said in Dutch, as the message's last error. */
export class MissingAttachmentError extends Error {}

export async function readAttachments(documentsDir: string, attachments: readonly MailAttachment[]): Promise<Mail.Attachment[]> {
  return Promise.all(
    attachments.map(async (a) => {
      assertInsideDocuments(a.filePath);
      try {
        return { filename: a.filename, contentType: a.contentType, content: await fs.readFile(path.join(documentsDir, a.filePath)) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new MissingAttachmentError(`De bijlage "${a.filename}" ontbreekt in de documentenmap (${a.filePath}). Zet een reservekopie terug; daarna wordt het opnieuw geprobeerd.`);
      }
    }),
  );
}
