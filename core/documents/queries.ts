import type Database from 'better-sqlite3';
import type { DocumentSummary } from '../contracts/documents';
import { preparedOnce } from '../db/prepared';
import { DomainError } from '../errors';
import { findDocumentType } from '../../templates/registry';

interface DocumentRow {
  id: string;
  dossier_kind: string;
  dossier_id: string;
  type_key: string;
  title: string;
  addressee_name: string;
  status: DocumentSummary['status'];
  sent_via: DocumentSummary['sentVia'];
  sent_at: string | null;
  doc_version: number;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  created_at: string;
  produced_by_name: string | null;
  sha256: string;
  byte_size: number;
  data: string;
}

const SELECT = `SELECT d.id, d.dossier_kind, d.dossier_id, d.type_key, d.title, d.addressee_name, d.status, d.sent_via, d.sent_at,
    d.doc_version, d.supersedes_id, d.created_at, d.sha256, d.byte_size, d.data, s.name AS produced_by_name,
    (SELECT n.id FROM documents n WHERE n.supersedes_id = d.id AND n.deleted_at IS NULL LIMIT 1) AS superseded_by_id
  FROM documents d LEFT JOIN staff s ON s.id = d.created_by`;

function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    dossierKind: r.dossier_kind,
    dossierId: r.dossier_id,
    typeKey: r.type_key,
    typeName: findDocumentType(r.type_key)?.name ?? r.type_key,
    title: r.title,
    addresseeName: r.addressee_name,
    status: r.status,
    sentVia: r.sent_via,
    sentAt: r.sent_at,
    docVersion: r.doc_version,
    supersedesId: r.supersedes_id,
    supersededById: r.superseded_by_id,
    producedAt: r.created_at,
    producedByName: r.produced_by_name,
    sha256: r.sha256,
    byteSize: r.byte_size,
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}

export function documentsOfDossier(sqlite: Database.Database, dossierKind: string, dossierId: string): DocumentSummary[] {
  const statement = preparedOnce(sqlite, 'documents.ofDossier', () =>
    sqlite.prepare(`${SELECT} WHERE d.dossier_kind = ? AND d.dossier_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.doc_version DESC`),
  );
  return (statement.all(dossierKind, dossierId) as DocumentRow[]).map(toSummary);
}

export function recentDocuments(sqlite: Database.Database, limit: number): DocumentSummary[] {
  const statement = preparedOnce(sqlite, 'documents.recent', () =>
    sqlite.prepare(`${SELECT} WHERE d.deleted_at IS NULL ORDER BY d.created_at DESC, d.doc_version DESC LIMIT ?`),
  );
  return (statement.all(limit) as DocumentRow[]).map(toSummary);
}

export function documentSummary(sqlite: Database.Database, id: string): DocumentSummary {
  const statement = preparedOnce(sqlite, 'documents.byId', () => sqlite.prepare(`${SELECT} WHERE d.id = ? AND d.deleted_at IS NULL`));
  const row = statement.get(id) as DocumentRow | undefined;
  if (!row) throw new DomainError('record.not_found');
  return toSummary(row);
}
