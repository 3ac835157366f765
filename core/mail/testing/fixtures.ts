import fs from 'node:fs';
import path from 'node:path';
import { mailOutbox } from '../../../db/schema';
import { eq } from 'drizzle-orm';
import type { ClientSession } from '../../context';
import type { TestCore } from '../../testing/harness';
import { queueMail, type OutgoingMail, type OutboxRow } from '../queue';
import type { TestSmtpServer } from './smtp-server';

export const SMTP_USER = { username: 'servicedesk', password: 'smtp-geheim-2026' };

export const SETTINGS = {
  enabled: true,
  host: '127.0.0.1',
  security: 'none' as const,
  ...SMTP_USER,
  fromAddress: 'post@servicedesk-woerden.nl',
  fromName: 'Servicedesk Woerden',
};

export async function configureMail(t: TestCore, admin: ClientSession, smtp: TestSmtpServer) {
  return t.ok('mail.updateSettings', { ...SETTINGS, port: smtp.port }, admin);
}

export const LETTER: OutgoingMail = {
  dossierKind: 'staff',
  dossierId: '0190a000-0000-7000-8000-0000000000aa',
  toAddress: 'j.devries@example.nl',
  toName: 'Joëlle de Vries',
  subject: 'Uw klacht over de overeenkomst: beëindigd',
  body: 'Geachte mevrouw De Vries,\n\nIn de bijlage vindt u onze brief over de beëindiging. De reünie in het café kost € 12,50.\n\nMet vriendelijke groet,\nSérvicedesk Woerden',
  attachments: [],
};

/** Queues a message as a handler would: inside one write, authored by `userId`. */
export function queue(t: TestCore, userId: string | null, message: Partial<OutgoingMail> = {}): OutboxRow {
  return t.core.write(userId, (w) => queueMail(w, t.core, { ...LETTER, ...message }));
}

/** A file in the document archive, as the documents area stores a produced letter. */
export function archiveFile(t: TestCore, relativePath: string, content: Buffer): void {
  const target = path.join(t.core.documentsDir, relativePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
}

export function outboxRow(t: TestCore, id: string): OutboxRow {
  const row = t.core.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  if (!row) throw new Error(`No outbox row ${id}`);
  return row;
}
