import type { ZodType } from 'zod';
import type { HandlerContext } from '../context';
import { fieldMessages } from '../dispatch';
import { DomainError, InputError } from '../errors';
import type { DocumentType } from '../../templates/document-type';
import type { LetterModel } from '../../templates/model';
import { findDocumentType } from '../../templates/registry';
import { renderDocx } from '../../templates/render/docx';
import { amsterdamDay } from '../contracts/format';
import { documents } from '../../db/schema';
import { discardFile, storeFile } from './archive';
import { letterContext, referenceFor } from './letter-context';

export function documentTypeFor(typeKey: string, dossierKind: string): DocumentType {
  const type = findDocumentType(typeKey);
  if (!type) throw new DomainError('document.unknown_type');
  if (!type.dossierKinds.includes('*') && !type.dossierKinds.includes(dossierKind)) throw new DomainError('document.type_not_for_dossier');
  return type;
}

/** The template's data, checked with its own schema; errors come back at the form's fields. */
export function parseTemplateData(type: DocumentType, data: unknown): Record<string, unknown> {
  const parsed = (type.data as ZodType).safeParse(data ?? {});
  if (!parsed.success) throw new InputError(fieldMessages(parsed.error));
  return parsed.data as Record<string, unknown>;
}

/** A letter not yet saved has no reference; the preview says so instead of showing one that changes while typing. */
export const DRAFT_REFERENCE = 'volgt bij opslaan';

export function buildModel(ctx: HandlerContext, type: DocumentType, data: Record<string, unknown>, documentId: string | null): LetterModel {
  const reference = documentId ? referenceFor(documentId, ctx.clock.now()) : DRAFT_REFERENCE;
  return type.build(data as never, letterContext(ctx, reference));
}

export interface ProducedFile {
  model: LetterModel;
  filePath: string;
  sha256: string;
  byteSize: number;
}

/**
 * Renders the .docx and stores it under a name that is never reused: id, version and a revision
 * (the row version for concepts), so a definitive file can never be overwritten by a later render.
 */
export async function produceFile(ctx: HandlerContext, model: LetterModel, documentId: string, docVersion: number, revision: number): Promise<ProducedFile> {
  const content = await renderDocx(model);
  const day = amsterdamDay(ctx.clock.now());
  const filePath = `${day.slice(0, 4)}/${day.slice(5, 7)}/${documentId}-v${docVersion}-r${revision}.docx`;
  const stored = storeFile(ctx.documentsDir, filePath, content);
  return { model, filePath, ...stored };
}

export interface NewDocument {
  dossierKind: string;
  dossierId: string;
  typeKey: string;
  /** Raw template data; checked with the type's own schema (errors at the form's fields). */
  data: unknown;
}

/**
 * The whole "produce a letter into a dossier" flow, for documents.create and for areas that produce
 * letters themselves (the membership letter after registration): render the .docx, then archive it
 * as a concept in one transaction of its own. Rendering is async and a transaction is sync, so a
 * caller's own transaction cannot include this; if the write fails, the file is removed again.
 * Returns the new document's id.
 */
export async function createDocument(ctx: HandlerContext, input: NewDocument): Promise<string> {
  const type = documentTypeFor(input.typeKey, input.dossierKind);
  const data = parseTemplateData(type, input.data);
  const id = ctx.ids.next();
  const produced = await produceFile(ctx, buildModel(ctx, type, data, id), id, 1, 1);
  try {
    ctx.write((w) =>
      w.insert(
        documents,
        {
          dossierKind: input.dossierKind,
          dossierId: input.dossierId,
          typeKey: type.key,
          title: produced.model.title,
          addresseeName: produced.model.addressee[0] ?? '',
          data,
          model: produced.model as unknown as Record<string, unknown>,
          status: 'concept',
          docVersion: 1,
          filePath: produced.filePath,
          sha256: produced.sha256,
          byteSize: produced.byteSize,
        },
        { id },
      ),
    );
  } catch (error) {
    discardFile(ctx.documentsDir, produced.filePath);
    throw error;
  }
  return id;
}
