import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

export const teams = sqliteTable(
  'teams',
  {
    ...rowMeta,
    name: text('name').notNull(),
    description: text('description'),
    managerId: text('manager_id'),
  },
  (t) => [uniqueIndex('teams_name_unique').on(t.name)],
);

export const staff = sqliteTable(
  'staff',
  {
    ...rowMeta,
    username: text('username').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    jobTitle: text('job_title'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of roles (S1): one field, so role changes show as one line in the audit trail. */
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    teamId: text('team_id'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
  },
  (t) => [uniqueIndex('staff_username_unique').on(t.username), index('staff_team_idx').on(t.teamId)],
);
