import type { ComplaintStatus } from '../contracts/complaints';
import { DomainError } from '../errors';

/** Pure rules of the complaint procedure; deadlines are in deadlines.ts. */

interface Subject {
  concernsKind: string;
  concernsStaffId: string | null;
}

/** K7: the person a complaint is about never decides on it, whatever their role. */
export function isSubject(complaint: Subject, staffId: string): boolean {
  return complaint.concernsKind === 'medewerker' && complaint.concernsStaffId === staffId;
}

export function assertMayDecide(complaint: Subject, staffId: string): void {
  if (isSubject(complaint, staffId)) throw new DomainError('complaint.decider_is_subject');
}

export function isClosed(status: ComplaintStatus): boolean {
  return status === 'afgesloten';
}

export function assertOpen(complaint: { status: ComplaintStatus }): void {
  if (isClosed(complaint.status)) throw new DomainError('complaint.closed');
}

/** K5: steps after intake need a forwarded complaint. */
export function assertForwarded(complaint: { status: ComplaintStatus; forwardedAt: string | null }): void {
  assertOpen(complaint);
  if (!complaint.forwardedAt) throw new DomainError('complaint.not_forwarded');
}

/** Dossier numbers: one series per year, "K2026-000042". */
export function dossierSeries(year: string) {
  return { key: `complaints-${year}`, prefix: `K${year}-`, padding: 6 } as const;
}
