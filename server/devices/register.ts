import { randomUUID } from 'node:crypto';
import type { SyncDatabase } from '../db/client';
import { syncErrors } from '../errors';
import { generateCredential, hashSecret, normalizeRegistrationCode } from './secrets';
import { numberPrefixFor } from './prefix';

export interface Registration {
  deviceId: string;
  credential: string;
  numberPrefix: string;
  epoch: string;
  status: 'pending' | 'approved';
}

// Any constant: serialises prefix allocation across offices (prefixes are unique server-wide).
const PREFIX_LOCK = 74_310_001;

/** Uses a one-time code: the device is pending until an admin approves it (unless the code was made on the server). */
export async function registerDevice(db: SyncDatabase, input: { code: string; name: string; lastSentSeq?: number; now?: Date }): Promise<Registration> {
  const now = (input.now ?? new Date()).toISOString();
  return db.transaction(async (q) => {
    const { rows: codes } = await q.query<{ office_id: string; auto_approve: boolean }>(
      `UPDATE registration_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING office_id, auto_approve`,
      [hashSecret(normalizeRegistrationCode(input.code)), now],
    );
    const code = codes[0];
    if (!code) throw syncErrors.codeInvalid();
    await q.query(`SELECT pg_advisory_xact_lock($1)`, [PREFIX_LOCK]);
    const { rows: counted } = await q.query<{ n: unknown }>(`SELECT count(*) AS n FROM devices`);
    const numberPrefix = numberPrefixFor(Number(counted[0]?.n ?? 0) + 1);
    const deviceId = randomUUID();
    const credential = generateCredential();
    const status = code.auto_approve ? 'approved' : 'pending';
    await q.query(
      `INSERT INTO devices (id, office_id, name, status, credential_hash, number_prefix, last_seq, registered_at, approved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [deviceId, code.office_id, input.name, status, hashSecret(credential), numberPrefix, input.lastSentSeq ?? 0, now, status === 'approved' ? now : null],
    );
    await q.query(`UPDATE registration_codes SET used_by_device = $2 WHERE code_hash = $1`, [hashSecret(normalizeRegistrationCode(input.code)), deviceId]);
    const { rows: offices } = await q.query<{ epoch: string }>(`SELECT epoch FROM offices WHERE id = $1`, [code.office_id]);
    return { deviceId, credential, numberPrefix, epoch: offices[0]!.epoch, status };
  });
}
