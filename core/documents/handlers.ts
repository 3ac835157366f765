import { and, eq, isNull } from 'drizzle-orm';
import { documents } from '../../db/schema';
import { documentsContracts } from '../contracts/documents';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { documentTypes, documentTypesFor } from '../../templates/registry';
import { renderHtml } from '../../templates/render/html';
import type { LetterModel } from '../../templates/model';
import { queueMail } from '../mail/queue';
import { discardFile, fileStatus, readVerified, storeFile } from './archive';
import { DOCX_TYPE, safeFileName } from './file-names';
import { buildModel, createDocument, documentTypeFor, parseTemplateData, produceFile, type ProducedFile } from './produce';
import { documentSummary, documentsOfDossier, recentDocuments } from './queries';

type DocumentRow = typeof documents.$inferSelect;

function loadRow(ctx: HandlerContext, id: string): DocumentRow {
  const row = ctx.db.select().from(documents).where(and(eq(documents.id, id), isNull(documents.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

/** Runs the write; a file produced for a write that fails is removed again, so no orphan stays behind. */
function writeWithFile<T>(ctx: HandlerContext, produced: ProducedFile, fn: Parameters<HandlerContext['write']>[0]): T {
  try {
    return ctx.write(fn) as T;
  } catch (error) {
    discardFile(ctx.documentsDir, produced.filePath);
    throw error;
  }
}

function requireFinal(row: DocumentRow): void {
  if (row.status === 'concept') throw new DomainError('document.not_final');
}

export const documentsHandlers = defineHandlers(documentsContracts, {
  'documents.types': (input) =>
    (input.dossierKind ? documentTypesFor(input.dossierKind) : documentTypes).map((t) => ({ key: t.key, name: t.name, dossierKinds: [...t.dossierKinds] })),

  'documents.list': (input, ctx) => documentsOfDossier(ctx.sqlite, input.dossierKind, input.dossierId),
  'documents.recent': (input, ctx) => recentDocuments(ctx.sqlite, input.limit),
  'documents.get': (input, ctx) => documentSummary(ctx.sqlite, input.id),

  'documents.previewDraft': (input, ctx) => {
    const type = documentTypeFor(input.typeKey, input.dossierKind);
    const model = buildModel(ctx, type, parseTemplateData(type, input.data), input.documentId ?? null);
    return { title: model.title, html: renderHtml(model) };
  },

  'documents.create': async (input, ctx) => documentSummary(ctx.sqlite, await createDocument(ctx, input)),

  'documents.update': async (input, ctx) => {
    const row = loadRow(ctx, input.id);
    if (row.status !== 'concept') throw new DomainError('document.not_concept');
    const type = documentTypeFor(row.typeKey, row.dossierKind);
    const data = parseTemplateData(type, input.data);
    const produced = await produceFile(ctx, buildModel(ctx, type, data, row.id), row.id, row.docVersion, row.version + 1);
    writeWithFile(ctx, produced, (w) => {
      // Re-checked inside the transaction: someone may have finalised it meanwhile.
      if (loadRow(ctx, row.id).status !== 'concept') throw new DomainError('document.not_concept');
      return w.update(
        documents,
        row.id,
        {
          title: produced.model.title,
          addresseeName: produced.model.addressee[0] ?? '',
          data,
          model: produced.model as unknown as Record<string, unknown>,
          filePath: produced.filePath,
          sha256: produced.sha256,
          byteSize: produced.byteSize,
        },
        { expectedVersion: row.version },
      );
    });
    discardFile(ctx.documentsDir, row.filePath); // the replaced concept's file: no row refers to it any more
    return documentSummary(ctx.sqlite, row.id);
  },

  'documents.finalize': (input, ctx) => {
    const row = loadRow(ctx, input.id);
    if (row.status !== 'concept') throw new DomainError('document.not_concept');
    readVerified(ctx.documentsDir, row.filePath, row.sha256);
    ctx.write((w) => w.update(documents, row.id, { status: 'definitief' }, { expectedVersion: row.version }));
    return documentSummary(ctx.sqlite, row.id);
  },

  'documents.markSent': (input, ctx) => {
    const row = loadRow(ctx, input.id);
    requireFinal(row);
    if (row.status === 'verzonden') throw new DomainError('document.already_sent');
    ctx.write((w) => w.update(documents, row.id, { status: 'verzonden', sentVia: input.via, sentAt: ctx.clock.now().toISOString() }, { expectedVersion: row.version }));
    return documentSummary(ctx.sqlite, row.id);
  },

  'documents.email': (input, ctx) => {
    const row = loadRow(ctx, input.id);
    requireFinal(row);
    readVerified(ctx.documentsDir, row.filePath, row.sha256); // never mail a missing or altered file
    const baseName = safeFileName(row.title, 'document');
    let attachment = { documentId: row.id, filename: `${baseName}.docx`, contentType: DOCX_TYPE, filePath: row.filePath };
    let pdfPath: string | null = null;
    if (input.pdfBase64) {
      pdfPath = row.filePath.replace(/\.docx$/, `-${ctx.ids.next()}.pdf`);
      storeFile(ctx.documentsDir, pdfPath, Buffer.from(input.pdfBase64, 'base64'));
      attachment = { documentId: row.id, filename: `${baseName}.pdf`, contentType: 'application/pdf', filePath: pdfPath };
    }
    try {
      // The message and the document's new status are one change: both or neither.
      ctx.write((w) => {
        queueMail(w, {
          dossierKind: row.dossierKind,
          dossierId: row.dossierId,
          toAddress: input.to,
          toName: row.addresseeName,
          subject: input.subject,
          body: input.body,
          attachments: [attachment],
        });
        if (row.status !== 'verzonden') w.update(documents, row.id, { status: 'verzonden', sentVia: 'email', sentAt: ctx.clock.now().toISOString() });
      });
    } catch (error) {
      if (pdfPath) discardFile(ctx.documentsDir, pdfPath);
      throw error;
    }
    return documentSummary(ctx.sqlite, row.id);
  },

  'documents.correct': async (input, ctx) => {
    const row = loadRow(ctx, input.id);
    requireFinal(row);
    if (documentSummary(ctx.sqlite, row.id).supersededById) throw new DomainError('document.superseded');
    const type = documentTypeFor(row.typeKey, row.dossierKind);
    const id = ctx.ids.next();
    const docVersion = row.docVersion + 1;
    const produced = await produceFile(ctx, buildModel(ctx, type, row.data, id), id, docVersion, 1);
    writeWithFile(ctx, produced, (w) =>
      w.insert(
        documents,
        {
          dossierKind: row.dossierKind,
          dossierId: row.dossierId,
          typeKey: row.typeKey,
          title: produced.model.title,
          addresseeName: produced.model.addressee[0] ?? '',
          data: row.data,
          model: produced.model as unknown as Record<string, unknown>,
          status: 'concept',
          docVersion,
          supersedesId: row.id,
          filePath: produced.filePath,
          sha256: produced.sha256,
          byteSize: produced.byteSize,
        },
        { id },
      ),
    );
    return documentSummary(ctx.sqlite, id);
  },

  // The archived model, not today's settings: the preview shows what was produced.
  'documents.preview': (input, ctx) => {
    const row = loadRow(ctx, input.id);
    const model = row.model as unknown as LetterModel;
    return { title: model.title, html: renderHtml(model) };
  },

  'documents.file': (input, ctx) => {
    const row = loadRow(ctx, input.id);
    const content = readVerified(ctx.documentsDir, row.filePath, row.sha256);
    return { filename: `${safeFileName(row.title, 'document')}${row.docVersion > 1 ? ` v${row.docVersion}` : ''}.docx`, contentType: DOCX_TYPE, base64: content.toString('base64') };
  },

  'documents.verify': (input, ctx) => {
    const row = loadRow(ctx, input.id);
    return { status: fileStatus(ctx.documentsDir, row.filePath, row.sha256) };
  },
});
