import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOutbox, mailSettings, staff } from '../../db/schema';
import { formatDateTime } from '../contracts/format';
import { mailContracts, type MailMessage } from '../contracts/mail';
import { requireUser } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { queueMail, type OutboxRow } from './queue';
import { findMailSettings, usableSmtpSettings, type MailSettingsRow } from './settings';

const RESENDABLE = new Set<OutboxRow['status']>(['failed', 'uncertain']);

export const mailHandlers = defineHandlers(mailContracts, {
  'mail.list': (input, ctx) => listMessages(ctx.db, input),

  'mail.resend': (input, ctx) => {
    ctx.write((w) => {
      const row = ctx.db.select().from(mailOutbox).where(and(eq(mailOutbox.id, input.id), isNull(mailOutbox.deletedAt))).get();
      if (!row) throw new DomainError('record.not_found');
      if (!RESENDABLE.has(row.status)) throw new DomainError('mail.not_resendable');
      // A fresh series of attempts from now; the audit trail keeps the earlier count and error, and who resent it.
      w.update(mailOutbox, row.id, { status: 'queued', attempts: 0, nextAttemptAt: w.at, lastError: null });
    });
    return messageById(ctx.db, input.id);
  },

  'mail.getSettings': (_input, ctx) => toSettings(findMailSettings(ctx.db)),

  'mail.updateSettings': (input, ctx) => {
    const { password, ...fields } = input;
    // Left out keeps the stored password (the form never receives it); an empty one removes it.
    const passwordPatch = password === undefined ? {} : { password: password === '' ? null : password };
    const values = { ...fields, port: fields.port ?? null, ...passwordPatch };
    const saved = ctx.write((w) => {
      const current = findMailSettings(ctx.db);
      return current ? w.update(mailSettings, current.id, values) : w.insert(mailSettings, values);
    });
    return toSettings(saved);
  },

  'mail.sendTest': (input, ctx) => {
    const user = requireUser(ctx);
    const settings = usableSmtpSettings(findMailSettings(ctx.db));
    if (!settings) throw new DomainError('mail.not_configured');
    const queued = ctx.write((w) =>
      queueMail(w, ctx, {
        toAddress: input.to,
        subject: 'Testbericht van de Servicedesk',
        body: testMessageBody(user.name, ctx.clock.now()),
        attachments: [],
      }),
    );
    return messageById(ctx.db, queued.id);
  },
});

function testMessageBody(sender: string, at: Date): string {
  return [
    'Goedendag,',
    '',
    `Dit is een testbericht van de Servicedesk, verstuurd door ${sender} op ${formatDateTime(at)}.`,
    'Komt dit bericht aan, dan zijn de instellingen van de mailserver in orde.',
    '',
    'Staan de tekens ë, é, ü en € hier goed (zoals in "Anneke Brouwer, Vrijheidsweg 1, € 12,50"), dan komen namen en bedragen goed over.',
    '',
    'Met vriendelijke groet,',
    'De Servicedesk',
  ].join('\n');
}

function listMessages(db: Db, filter: { dossierKind?: string; dossierId?: string; limit: number; id?: string }): MailMessage[] {
  const rows = db
    .select({ m: mailOutbox, createdByName: staff.name })
    .from(mailOutbox)
    .leftJoin(staff, eq(staff.id, mailOutbox.createdBy))
    .where(
      and(
        isNull(mailOutbox.deletedAt),
        filter.id ? eq(mailOutbox.id, filter.id) : undefined,
        filter.dossierKind ? eq(mailOutbox.dossierKind, filter.dossierKind) : undefined,
        filter.dossierId ? eq(mailOutbox.dossierId, filter.dossierId) : undefined,
      ),
    )
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(filter.limit)
    .all();
  return rows.map(({ m, createdByName }) => toMessage(m, createdByName));
}

function messageById(db: Db, id: string): MailMessage {
  const message = listMessages(db, { id, limit: 1 })[0];
  if (!message) throw new DomainError('record.not_found');
  return message;
}

function toMessage(m: OutboxRow, createdByName: string | null): MailMessage {
  return {
    id: m.id,
    dossierKind: m.dossierKind,
    dossierId: m.dossierId,
    toAddress: m.toAddress,
    toName: m.toName,
    subject: m.subject,
    body: m.body,
    // Where the file lies in the archive is the sender's business, not the screen's.
    attachments: m.attachments.map(({ filename, contentType, documentId }) => ({ filename, contentType, ...(documentId ? { documentId } : {}) })),
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt,
    lastError: m.lastError,
    sentAt: m.sentAt,
    createdAt: m.createdAt,
    createdByName,
  };
}

function toSettings(row: MailSettingsRow | undefined) {
  return {
    enabled: row?.enabled ?? false,
    host: row?.host ?? null,
    port: row?.port ?? null,
    security: row?.security ?? 'starttls',
    username: row?.username ?? null,
    hasPassword: Boolean(row?.password),
    fromAddress: row?.fromAddress ?? null,
    fromName: row?.fromName ?? null,
    version: row?.version ?? 0,
  };
}
