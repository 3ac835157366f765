import { eq } from 'drizzle-orm';
import { documents, persons } from '../../db/schema';
import type { SEND_VIA } from '../contracts/complaints';
import type { HandlerContext } from '../context';
import { createDocument } from '../documents/produce';
import { readVerified } from '../documents/archive';
import { DOCX_TYPE, safeFileName } from '../documents/file-names';
import { DomainError } from '../errors';
import { queueMail } from '../mail/queue';
import type { Writer } from '../mutation/writer';
import { displayName } from '../persons/names';

/** The complaint's letters (T1-T7) go into the complaint's dossier. */
export const COMPLAINT_DOSSIER = 'complaint';

export type SendVia = (typeof SEND_VIA)[number];

/**
 * Renders a letter into the complaint's dossier as a concept. Rendering is async and transactions
 * are not, so this runs before the step's own transaction; `sendLetter` makes it definitive and
 * sent inside that transaction. A step that then fails leaves a concept, visible and removable.
 */
export async function draftComplaintLetter(ctx: HandlerContext, complaintId: string, typeKey: string, data: unknown): Promise<string> {
  return createDocument(ctx, { dossierKind: COMPLAINT_DOSSIER, dossierId: complaintId, typeKey, data });
}

/**
 * Makes the letter definitive and sends it to `recipientId`: by e-mail (queued with the .docx) when
 * asked for or preferred and an address is known; otherwise by post, which the staff member prints
 * from the dossier. Returns how it went.
 */
export function sendLetter(ctx: HandlerContext, w: Writer, documentId: string, recipientId: string, via: SendVia, subject: string): 'email' | 'post' {
  const doc = ctx.db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc) throw new DomainError('record.not_found');
  const person = ctx.db.select().from(persons).where(eq(persons.id, recipientId)).get();
  if (!person) throw new DomainError('record.not_found');
  const wantsEmail = via === 'email' || (via === 'voorkeur' && person.preferredChannel === 'email');
  if (via === 'email' && !person.email) throw new DomainError('complaint.no_email_address', { name: displayName(person) });
  const channel = wantsEmail && person.email ? 'email' : 'post';
  if (channel === 'email') {
    readVerified(ctx.documentsDir, doc.filePath, doc.sha256); // never mail a missing or altered file
    queueMail(w, ctx, {
      dossierKind: doc.dossierKind,
      dossierId: doc.dossierId,
      toAddress: person.email!,
      toName: displayName(person),
      subject,
      body: `${doc.title}\n\nIn de bijlage vindt u onze brief.`,
      attachments: [{ documentId: doc.id, filename: `${safeFileName(doc.title, 'document')}.docx`, contentType: DOCX_TYPE, filePath: doc.filePath }],
    });
  }
  w.update(documents, doc.id, { status: 'verzonden', sentVia: channel, sentAt: w.at });
  return channel;
}
