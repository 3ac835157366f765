import { organisation, staff } from '../../db/schema';
import { authContracts } from '../contracts/auth';
import { formatDateTime } from '../contracts/format';
import { requireUser } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { countStaff, findStaffByUsername, getStaffRow, toCurrentUser } from '../staff/queries';
import { afterFailedAttempt, isLocked, UNLOCKED } from './lockout';
import { DEFAULT_ORGANISATION } from '../settings/defaults';

export const authHandlers = defineHandlers(authContracts, {
  'auth.status': (_input, ctx) => ({ needsSetup: countStaff(ctx.db) === 0, user: ctx.user }),

  // No default password anywhere: the first administrator chooses theirs at first start.
  'auth.setup': async (input, ctx) => {
    if (countStaff(ctx.db) > 0) throw new DomainError('auth.setup_done');
    const passwordHash = await ctx.passwords.hash(input.password);
    // The first administrator is the author of the first start in the audit trail.
    const adminId = ctx.ids.next();
    const admin = ctx.write(
      (w) => {
        // Re-checked inside the transaction: two first starts at once create one administrator.
        if (countStaff(ctx.db) > 0) throw new DomainError('auth.setup_done');
        const created = w.insert(staff, { username: input.username, name: input.name, passwordHash, roles: ['admin'], jobTitle: 'Beheerder' }, { id: adminId });
        w.insert(organisation, { ...DEFAULT_ORGANISATION, name: input.organisationName });
        return created;
      },
      { actingUserId: adminId },
    );
    ctx.session.userId = admin.id;
    return toCurrentUser(admin);
  },

  'auth.signIn': async (input, ctx) => {
    const now = ctx.clock.now();
    const row = findStaffByUsername(ctx.db, input.username);
    if (!row) {
      // Same cost and message as a wrong password, so names cannot be probed.
      await ctx.passwords.verify(input.password, DUMMY_HASH);
      throw new DomainError('auth.invalid_credentials', {}, ['password']);
    }
    if (isLocked(row, now)) throw new DomainError('auth.locked', { until: formatDateTime(row.lockedUntil!).slice(11) });
    const valid = await ctx.passwords.verify(input.password, row.passwordHash);
    if (!valid) {
      // Counted from the row as it is inside the transaction, so attempts made at once all count.
      const next = ctx.write((w) => {
        const state = afterFailedAttempt(getStaffRow(ctx.db, row.id), now);
        w.update(staff, row.id, state);
        return state;
      });
      if (isLocked(next, now)) throw new DomainError('auth.locked', { until: formatDateTime(next.lockedUntil!).slice(11) });
      throw new DomainError('auth.invalid_credentials', {}, ['password']);
    }
    if (!row.active) throw new DomainError('auth.inactive');
    const signedIn = row.failedAttempts > 0 || row.lockedUntil ? ctx.write((w) => w.update(staff, row.id, UNLOCKED)) : row;
    ctx.session.userId = row.id;
    return toCurrentUser(signedIn);
  },

  'auth.signOut': (_input, ctx) => {
    ctx.session.userId = null;
    return { signedOut: true as const };
  },

  'auth.changePassword': async (input, ctx) => {
    const user = requireUser(ctx);
    const row = getStaffRow(ctx.db, user.id);
    if (!(await ctx.passwords.verify(input.currentPassword, row.passwordHash))) {
      throw new DomainError('auth.wrong_password', {}, ['currentPassword']);
    }
    if (input.currentPassword === input.newPassword) throw new DomainError('auth.same_password', {}, ['newPassword']);
    const passwordHash = await ctx.passwords.hash(input.newPassword);
    const updated = ctx.write((w) => w.update(staff, user.id, { passwordHash, mustChangePassword: false }));
    return toCurrentUser(updated);
  },
});

/** A valid scrypt hash of a random string, verified against for unknown user names. */
const DUMMY_HASH =
  'scrypt$15$8$1$yK1tbdQ0j3w3ZQxv0pQy6w==$2Z6mG1f5wqXyq4g9yKqjH3Sx0tq8f3G6a0n5x0Vf3yE=';
