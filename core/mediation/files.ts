import { MAX_ITEM_BYTES } from '../contracts/mediation';
import type { HandlerContext } from '../context';
import { discardFile, readVerified, storeFile } from '../documents/archive';
import { DomainError } from '../errors';
import type { DossierItemRow } from './queries';
import { safeFileName } from './rules';

/** B4: the files of dossier items (agreements, invoices, photos) in the documents folder, kept with a fingerprint. */

export interface ItemUpload {
  name: string;
  contentType: string;
  base64: string;
}

export interface StoredItemFile {
  fileName: string;
  contentType: string;
  filePath: string;
  sha256: string;
  byteSize: number;
}

/** The decoded size counts: the contract's limit on the base64 text lets through a few bytes more. */
export function decodeUpload(upload: ItemUpload): Buffer {
  const content = Buffer.from(upload.base64, 'base64');
  if (content.length > MAX_ITEM_BYTES) throw new DomainError('mediation.file_too_large', {}, ['file']);
  return content;
}

export function itemFilePath(complaintId: string, itemId: string, fileName: string): string {
  return `mediation/${complaintId}/${itemId}-${safeFileName(fileName)}`;
}

/** Stores the file before the row that refers to it; `discardItemFile` removes it when that write fails. */
export function storeItemFile(ctx: HandlerContext, complaintId: string, itemId: string, upload: ItemUpload): StoredItemFile {
  const content = decodeUpload(upload);
  const filePath = itemFilePath(complaintId, itemId, upload.name);
  const stored = storeFile(ctx.documentsDir, filePath, content);
  return { fileName: upload.name.trim(), contentType: upload.contentType.trim() || 'application/octet-stream', filePath, ...stored };
}

export function discardItemFile(ctx: HandlerContext, file: StoredItemFile | null): void {
  if (file) discardFile(ctx.documentsDir, file.filePath);
}

/** The item's file, only when it is the one archived (never a missing or altered file). */
export function readItemFile(ctx: HandlerContext, item: DossierItemRow): { filename: string; contentType: string; base64: string } {
  if (!item.filePath || !item.sha256) throw new DomainError('mediation.no_file');
  const content = readVerified(ctx.documentsDir, item.filePath, item.sha256);
  return { filename: item.fileName ?? safeFileName(item.description), contentType: item.contentType ?? 'application/octet-stream', base64: content.toString('base64') };
}
