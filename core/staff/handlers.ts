import { and, eq, isNull } from 'drizzle-orm';
import { staff, teams } from '../../db/schema';
import type { Role } from '../contracts/roles';
import { staffContracts } from '../contracts/staff';
import type { HandlerContext } from '../context';
import { requireUser } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { UNLOCKED } from '../auth/lockout';
import {
  countOtherActiveAdmins,
  findStaffByUsername,
  findTeamByName,
  findStaffRow,
  getStaffRow,
  listStaff,
  listTeams,
  staffMember,
  team,
  teamsManagedBy,
} from './queries';

// S2: every employee belongs to a team. Only a pure administrator account may stand outside one.
function checkTeam(ctx: HandlerContext, teamId: string | null, roles: Role[]): void {
  if (teamId === null) {
    if (roles.some((r) => r !== 'admin')) throw new DomainError('staff.team_required', {}, ['teamId']);
    return;
  }
  const found = ctx.db.select({ id: teams.id }).from(teams).where(and(eq(teams.id, teamId), isNull(teams.deletedAt))).get();
  if (!found) throw new DomainError('staff.team_unknown', {}, ['teamId']);
}

function checkManager(ctx: HandlerContext, managerId: string): void {
  const row = findStaffRow(ctx.db, managerId);
  if (!row || !row.active) throw new DomainError('team.manager_unknown', {}, ['managerId']);
}

function keepOneAdmin(ctx: HandlerContext, id: string): void {
  if (countOtherActiveAdmins(ctx.db, id) === 0) throw new DomainError('staff.last_admin', {}, ['roles']);
}

export const staffHandlers = defineHandlers(staffContracts, {
  'staff.list': (input, ctx) => listStaff(ctx.db, ctx.clock.now()).filter((s) => input.includeInactive || s.active),

  'staff.get': (input, ctx) => staffMember(ctx.db, input.id, ctx.clock.now()),

  'staff.options': (_input, ctx) =>
    listStaff(ctx.db, ctx.clock.now()).map((s) => ({ id: s.id, name: s.name, roles: s.roles, active: s.active, teamId: s.teamId })),

  'staff.create': async (input, ctx) => {
    if (findStaffByUsername(ctx.db, input.username)) {
      throw new DomainError('staff.username_taken', { username: input.username }, ['username']);
    }
    checkTeam(ctx, input.teamId, input.roles);
    const passwordHash = await ctx.passwords.hash(input.password);
    const created = ctx.write((w) => {
      if (findStaffByUsername(ctx.db, input.username)) {
        throw new DomainError('staff.username_taken', { username: input.username }, ['username']);
      }
      // The administrator chose this password, so the employee picks their own at first sign-in.
      return w.insert(staff, {
        username: input.username,
        name: input.name,
        email: input.email,
        jobTitle: input.jobTitle,
        roles: input.roles,
        teamId: input.teamId,
        passwordHash,
        mustChangePassword: true,
      });
    });
    return staffMember(ctx.db, created.id, ctx.clock.now());
  },

  'staff.update': (input, ctx) => {
    const current = getStaffRow(ctx.db, input.id);
    checkTeam(ctx, input.teamId, input.roles);
    if ((current.roles as Role[]).includes('admin') && !input.roles.includes('admin') && current.active) keepOneAdmin(ctx, input.id);
    const { id, ...fields } = input;
    ctx.write((w) => w.update(staff, id, fields));
    return staffMember(ctx.db, id, ctx.clock.now());
  },

  'staff.deactivate': (input, ctx) => {
    const current = getStaffRow(ctx.db, input.id);
    if (input.id === requireUser(ctx).id) throw new DomainError('staff.self_deactivate');
    if ((current.roles as Role[]).includes('admin')) keepOneAdmin(ctx, input.id);
    const managed = teamsManagedBy(ctx.db, input.id)[0];
    if (managed) throw new DomainError('staff.manages_team', { team: managed.name });
    ctx.write((w) => w.update(staff, input.id, { active: false }));
    return staffMember(ctx.db, input.id, ctx.clock.now());
  },

  'staff.reactivate': (input, ctx) => {
    getStaffRow(ctx.db, input.id);
    ctx.write((w) => w.update(staff, input.id, { active: true }));
    return staffMember(ctx.db, input.id, ctx.clock.now());
  },

  'staff.resetPassword': async (input, ctx) => {
    getStaffRow(ctx.db, input.id);
    const passwordHash = await ctx.passwords.hash(input.password);
    ctx.write((w) => w.update(staff, input.id, { passwordHash, mustChangePassword: true, ...UNLOCKED }));
    return staffMember(ctx.db, input.id, ctx.clock.now());
  },

  'teams.list': (_input, ctx) => listTeams(ctx.db),

  'teams.create': (input, ctx) => {
    if (findTeamByName(ctx.db, input.name)) throw new DomainError('team.name_taken', { name: input.name }, ['name']);
    checkManager(ctx, input.managerId!);
    const created = ctx.write((w) => w.insert(teams, { name: input.name, description: input.description, managerId: input.managerId! }));
    return team(ctx.db, created.id);
  },

  'teams.update': (input, ctx) => {
    const sameName = findTeamByName(ctx.db, input.name);
    if (sameName && sameName.id !== input.id) throw new DomainError('team.name_taken', { name: input.name }, ['name']);
    checkManager(ctx, input.managerId!);
    ctx.write((w) => w.update(teams, input.id, { name: input.name, description: input.description, managerId: input.managerId! }));
    return team(ctx.db, input.id);
  },
});
