import { isNull } from 'drizzle-orm';
import { organisation } from '../../db/schema';
import { amsterdamDay } from '../contracts/format';
import type { HandlerContext } from '../context';
import { requireUser } from '../context';
import { DomainError } from '../errors';
import { getStaffRow } from '../staff/queries';
import type { LetterContext } from '../../templates/document-type';

/**
 * Who writes, for whom and when: the organisation as it is now, the signed-in employee as signer,
 * today's date in Woerden. The produced model is archived, so later changes do not alter old letters.
 */
export function letterContext(ctx: HandlerContext, ourReference: string): LetterContext {
  const org = ctx.db.select().from(organisation).where(isNull(organisation.deletedAt)).get();
  if (!org) throw new DomainError('record.not_found');
  const signer = getStaffRow(ctx.db, requireUser(ctx).id);
  return {
    organisation: org,
    signer: { name: signer.name, jobTitle: signer.jobTitle },
    date: amsterdamDay(ctx.clock.now()),
    ourReference,
  };
}

/** Until dossiers have their own numbers, a document's reference is the year and the end of its id. */
export function referenceFor(documentId: string, at: Date): string {
  return `${amsterdamDay(at).slice(0, 4)}-${documentId.replace(/-/g, '').slice(-6).toUpperCase()}`;
}
