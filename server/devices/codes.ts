import type { Queryable } from '../db/client';
import { generateRegistrationCode, hashSecret, normalizeRegistrationCode } from './secrets';

const CODE_VALID_DAYS = 7;

export interface CreatedCode {
  code: string;
  expiresAt: string;
}

/** Only the hash is stored: the code is shown once, to the admin who made it. */
export async function createRegistrationCode(
  q: Queryable,
  officeId: string,
  options: { now?: Date; autoApprove?: boolean } = {},
): Promise<CreatedCode> {
  const now = options.now ?? new Date();
  const code = generateRegistrationCode();
  const expiresAt = new Date(now.getTime() + CODE_VALID_DAYS * 86_400_000).toISOString();
  await q.query(`INSERT INTO registration_codes (code_hash, office_id, created_at, expires_at, auto_approve) VALUES ($1, $2, $3, $4, $5)`, [
    hashSecret(normalizeRegistrationCode(code)),
    officeId,
    now.toISOString(),
    expiresAt,
    options.autoApprove ?? false,
  ]);
  return { code, expiresAt };
}
