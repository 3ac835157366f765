import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, teams } from '../../db/schema';
import type { CurrentUser } from '../contracts/auth';
import type { Role } from '../contracts/roles';
import type { StaffMember, Team } from '../contracts/staff';
import { preparedOnce } from '../db/prepared';
import { DomainError } from '../errors';
import { isLocked } from '../auth/lockout';

export type StaffRow = typeof staff.$inferSelect;

export function toCurrentUser(row: StaffRow): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    roles: row.roles as Role[],
    teamId: row.teamId,
    mustChangePassword: row.mustChangePassword,
  };
}

export function findStaffByUsername(db: Db, username: string): StaffRow | undefined {
  return db.select().from(staff).where(and(eq(staff.username, username), isNull(staff.deletedAt))).get();
}

export function findStaffRow(db: Db, id: string): StaffRow | undefined {
  const statement = preparedOnce(db, 'staff.byId', () =>
    db.select().from(staff).where(and(eq(staff.id, sql.placeholder('id')), isNull(staff.deletedAt))).prepare(),
  );
  return statement.get({ id });
}

export function getStaffRow(db: Db, id: string): StaffRow {
  const row = findStaffRow(db, id);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function countStaff(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(staff).get()?.n ?? 0;
}

export function staffMember(db: Db, id: string, now: Date): StaffMember {
  const member = listStaff(db, now, id)[0];
  if (!member) throw new DomainError('record.not_found');
  return member;
}

export function listStaff(db: Db, now: Date, onlyId?: string): StaffMember[] {
  const rows = db
    .select({ s: staff, teamName: teams.name })
    .from(staff)
    .leftJoin(teams, eq(teams.id, staff.teamId))
    .where(and(isNull(staff.deletedAt), onlyId ? eq(staff.id, onlyId) : undefined))
    .orderBy(asc(staff.name))
    .all();
  return rows.map(({ s, teamName }) => ({
    id: s.id,
    username: s.username,
    name: s.name,
    email: s.email,
    jobTitle: s.jobTitle,
    roles: s.roles as Role[],
    teamId: s.teamId,
    teamName: teamName ?? null,
    active: s.active,
    locked: isLocked(s, now),
    mustChangePassword: s.mustChangePassword,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    version: s.version,
  }));
}

/** Active administrators other than `exceptId`: there must always be one left. */
export function countOtherActiveAdmins(db: Db, exceptId: string): number {
  const rows = db
    .select({ roles: staff.roles })
    .from(staff)
    .where(and(eq(staff.active, true), isNull(staff.deletedAt), ne(staff.id, exceptId)))
    .all();
  return rows.filter((r) => (r.roles as string[]).includes('admin')).length;
}

export function listTeams(db: Db, onlyId?: string): Team[] {
  const manager = db.select({ id: staff.id, name: staff.name }).from(staff).as('manager');
  const members = sql<number>`(SELECT count(*) FROM staff m WHERE m.team_id = ${teams.id} AND m.active = 1 AND m.deleted_at IS NULL)`;
  return db
    .select({
      id: teams.id,
      name: teams.name,
      description: teams.description,
      managerId: teams.managerId,
      managerName: manager.name,
      memberCount: members,
      version: teams.version,
    })
    .from(teams)
    .leftJoin(manager, eq(manager.id, teams.managerId))
    .where(and(isNull(teams.deletedAt), onlyId ? eq(teams.id, onlyId) : undefined))
    .orderBy(asc(teams.name))
    .all();
}

export function team(db: Db, id: string): Team {
  const found = listTeams(db, id)[0];
  if (!found) throw new DomainError('record.not_found');
  return found;
}

export function findTeamByName(db: Db, name: string): typeof teams.$inferSelect | undefined {
  const statement = preparedOnce(db, 'teams.byName', () =>
    db
      .select()
      .from(teams)
      .where(and(sql`lower(${teams.name}) = lower(${sql.placeholder('name')})`, isNull(teams.deletedAt)))
      .prepare(),
  );
  return statement.get({ name });
}

export function teamsManagedBy(db: Db, staffId: string) {
  return db.select().from(teams).where(and(eq(teams.managerId, staffId), isNull(teams.deletedAt))).all();
}
