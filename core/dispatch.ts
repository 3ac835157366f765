import { ZodError, type z } from 'zod';
import type { Contract } from './contracts/contract';
import type { CurrentUser } from './contracts/auth';
import type { Envelope, ErrorBody } from './contracts/envelope';
import { GENERIC_MESSAGES } from './contracts/errors';
import type { HandlerContext } from './context';
import { DomainError, InputError } from './errors';

export interface DispatchDeps {
  contracts: Record<string, Contract>;
  handlers: Record<string, (input: never, ctx: HandlerContext) => unknown>;
  /** The user behind the session, fresh from the database (roles or deactivation apply at once). */
  loadUser(userId: string): CurrentUser | null;
  makeContext(user: CurrentUser | null, session: HandlerContext['session']): HandlerContext;
  validateOutput: boolean;
  onInternalError(name: string, error: unknown): void;
}

/** While a new password is required, only these procedures are open to the signed-in user. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['auth.status', 'auth.signOut', 'auth.changePassword']);

export function createDispatch(deps: DispatchDeps) {
  return async function dispatch(name: string, input: unknown, session: HandlerContext['session']): Promise<Envelope<unknown>> {
    const contract = Object.hasOwn(deps.contracts, name) ? deps.contracts[name] : undefined;
    if (!contract) return failure('unknown_procedure');

    let user: CurrentUser | null = null;
    if (session.userId) {
      user = deps.loadUser(session.userId);
      if (!user) session.userId = null; // deactivated or removed since sign-in
    }
    const denied = checkAccess(contract, user);
    if (denied) return failure(denied);
    if (user?.mustChangePassword && contract.access !== 'public' && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(name)) {
      const error = new DomainError('auth.password_change_required');
      return { ok: false, error: { kind: 'domain', code: error.code, message: error.message } };
    }

    const parsed = contract.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };

    try {
      const handler = deps.handlers[name]!;
      const value = await handler(parsed.data as never, deps.makeContext(user, session));
      return { ok: true, value: deps.validateOutput ? contract.output.parse(value) : value };
    } catch (error) {
      if (error instanceof InputError) {
        return { ok: false, error: { kind: 'invalid_input', code: 'invalid_input', message: GENERIC_MESSAGES.invalid_input, fields: error.fields } };
      }
      if (error instanceof DomainError) {
        return { ok: false, error: { kind: 'domain', code: error.code, message: error.message, fields: error.fieldMessages() } };
      }
      deps.onInternalError(name, error);
      return failure('internal');
    }
  };
}

function checkAccess(contract: Contract, user: CurrentUser | null): 'unauthenticated' | 'forbidden' | null {
  if (contract.access === 'public') return null;
  if (!user) return 'unauthenticated';
  if (contract.access === 'signedIn') return null;
  return contract.access.some((role) => user.roles.includes(role)) ? null : 'forbidden';
}

function failure(kind: Exclude<ErrorBody['kind'], 'domain'>): Envelope<never> {
  return { ok: false, error: { kind, code: kind, message: GENERIC_MESSAGES[kind] } };
}

function invalidInput(error: ZodError): ErrorBody {
  return { kind: 'invalid_input', code: 'invalid_input', message: GENERIC_MESSAGES.invalid_input, fields: fieldMessages(error) };
}

/** Dutch message per dotted field path; the first message of a field wins. */
export function fieldMessages(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export type Dispatch = ReturnType<typeof createDispatch>;
export type { z };
