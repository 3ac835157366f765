import { toNumber, type Queryable } from '../db/client';
import { syncErrors } from '../errors';
import { secretMatches } from './secrets';

export type DeviceStatus = 'pending' | 'approved' | 'revoked';

export interface Device {
  id: string;
  officeId: string;
  name: string;
  status: DeviceStatus;
  numberPrefix: string;
  lastSeq: number;
  registeredAt: string;
  approvedAt: string | null;
  revokedAt: string | null;
}

const columns = `id, office_id, name, status, credential_hash, number_prefix, last_seq, registered_at, approved_at, revoked_at`;

type DeviceRow = {
  id: string;
  office_id: string;
  name: string;
  status: DeviceStatus;
  credential_hash: string;
  number_prefix: string;
  last_seq: unknown;
  registered_at: string;
  approved_at: string | null;
  revoked_at: string | null;
};

function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    officeId: row.office_id,
    name: row.name,
    status: row.status,
    numberPrefix: row.number_prefix,
    lastSeq: toNumber(row.last_seq),
    registeredAt: row.registered_at,
    approvedAt: row.approved_at,
    revokedAt: row.revoked_at,
  };
}

/** Checks `Bearer <deviceId>:<credential>`; any status is returned, the caller decides what it may do. */
export async function authenticateDevice(q: Queryable, authorization: string | undefined): Promise<Device> {
  const match = /^Bearer ([^:\s]+):(\S+)$/.exec(authorization ?? '');
  if (!match) throw syncErrors.unauthorized();
  const { rows } = await q.query<DeviceRow>(`SELECT ${columns} FROM devices WHERE id = $1`, [match[1]]);
  const row = rows[0];
  if (!row || !secretMatches(match[2]!, row.credential_hash)) throw syncErrors.unauthorized();
  return toDevice(row);
}

/** Only an approved device may sync or administer; the others are told why not. */
export function requireApproved(device: Device): Device {
  if (device.status === 'revoked') throw syncErrors.deviceRevoked();
  if (device.status === 'pending') throw syncErrors.devicePending();
  return device;
}

export async function listDevices(q: Queryable, officeId: string): Promise<Device[]> {
  const { rows } = await q.query<DeviceRow>(`SELECT ${columns} FROM devices WHERE office_id = $1 ORDER BY registered_at, id`, [officeId]);
  return rows.map(toDevice);
}

export async function approveDevice(q: Queryable, officeId: string, deviceId: string, now = new Date()): Promise<Device> {
  const { rows } = await q.query<DeviceRow>(
    `UPDATE devices SET status = 'approved', approved_at = $3 WHERE office_id = $1 AND id = $2 AND status = 'pending' RETURNING ${columns}`,
    [officeId, deviceId, now.toISOString()],
  );
  if (rows[0]) return toDevice(rows[0]);
  await requireDevice(q, officeId, deviceId);
  throw syncErrors.deviceNotPending();
}

/** A revoked device stays revoked: to come back it registers again with a new code. */
export async function revokeDevice(q: Queryable, officeId: string, deviceId: string, now = new Date()): Promise<Device> {
  const { rows } = await q.query<DeviceRow>(
    `UPDATE devices SET status = 'revoked', revoked_at = coalesce(revoked_at, $3) WHERE office_id = $1 AND id = $2 RETURNING ${columns}`,
    [officeId, deviceId, now.toISOString()],
  );
  if (!rows[0]) throw syncErrors.deviceNotFound();
  return toDevice(rows[0]);
}

async function requireDevice(q: Queryable, officeId: string, deviceId: string): Promise<void> {
  const { rows } = await q.query(`SELECT 1 FROM devices WHERE office_id = $1 AND id = $2`, [officeId, deviceId]);
  if (rows.length === 0) throw syncErrors.deviceNotFound();
}
