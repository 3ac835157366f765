import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time registration code: 128 random bits, typed by a person, so grouped and without 0/O/1/I. */
export function generateRegistrationCode(): string {
  const bytes = randomBytes(16);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 26; i++) {
    text = BASE32[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return text.match(/.{1,4}/g)!.join('-');
}

/** Dashes, spaces and case do not matter when a person types the code. */
export function normalizeRegistrationCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** A device credential: 256 random bits. */
export function generateCredential(): string {
  return randomBytes(32).toString('base64url');
}

/** Both secrets are long random values, so a plain SHA-256 is enough (no password stretching needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
