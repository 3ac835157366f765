import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { improvementOptions, providers, staff, teams } from '../../db/schema';
import type { ImprovementInput } from '../contracts/complaints';
import { DomainError } from '../errors';
import { findPersonRow } from './queries';

/** Checks of what a complaint step refers to; each error names the form field it belongs to. */

export function assertPersonExists(db: Db, id: string, field: string): void {
  const person = findPersonRow(db, id);
  if (!person || person.deletedAt || person.mergedIntoId) throw new DomainError('complaint.complainant_unknown', {}, [field]);
}

export function activeStaff(db: Db, id: string) {
  return db.select().from(staff).where(and(eq(staff.id, id), eq(staff.active, true), isNull(staff.deletedAt))).get();
}

export function liveTeam(db: Db, id: string) {
  return db.select().from(teams).where(and(eq(teams.id, id), isNull(teams.deletedAt))).get();
}

interface ConcernsInput {
  concernsKind: string;
  concernsTeamId: string | null;
  concernsStaffId: string | null;
  concernsProviderId: string | null;
  concernsPersonId: string | null;
}

/** K3 / B5: the team, employee, provider or customer named must exist. */
export function assertConcernsExist(db: Db, v: ConcernsInput): void {
  const unknown = (field: string) => new DomainError('complaint.concerns_unknown', {}, [field]);
  if (v.concernsTeamId && !liveTeam(db, v.concernsTeamId)) throw unknown('concernsTeamId');
  if (v.concernsStaffId && !db.select({ id: staff.id }).from(staff).where(eq(staff.id, v.concernsStaffId)).get()) throw unknown('concernsStaffId');
  if (v.concernsProviderId && !db.select({ id: providers.id }).from(providers).where(and(eq(providers.id, v.concernsProviderId), isNull(providers.deletedAt))).get()) {
    throw unknown('concernsProviderId');
  }
  if (v.concernsPersonId) {
    const person = findPersonRow(db, v.concernsPersonId);
    if (!person || person.deletedAt) throw unknown('concernsPersonId');
  }
}

/** K15: the three choices exist, are active and come from their own list. */
export function assertImprovement(db: Db, improvement: ImprovementInput, prefix = 'improvement'): void {
  const check = (id: string, list: 'categorie' | 'oorzaak' | 'maatregel', field: string) => {
    const option = db.select().from(improvementOptions).where(and(eq(improvementOptions.id, id), isNull(improvementOptions.deletedAt))).get();
    if (!option || !option.active || option.list !== list) throw new DomainError('complaint.improvement_unknown', {}, [`${prefix}.${field}`]);
  };
  check(improvement.categoryId, 'categorie', 'categoryId');
  check(improvement.causeId, 'oorzaak', 'causeId');
  check(improvement.measureId, 'maatregel', 'measureId');
}
