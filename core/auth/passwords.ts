import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

/**
 * scrypt from node:crypto (no native add-on to build). Stored as
 * `scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>`, so the cost can be raised later and old hashes
 * still verify with the parameters they were made with.
 */
export function scryptHasher(log2N = 15): PasswordHasher {
  const r = 8;
  const p = 1;
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, log2N, r, p);
      return ['scrypt', log2N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
    },
    async verify(password, stored) {
      const [scheme, n, rs, ps, saltB64, keyB64] = stored.split('$');
      if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
      const expected = Buffer.from(keyB64, 'base64');
      const actual = await derive(password, Buffer.from(saltB64, 'base64'), Number(n), Number(rs), Number(ps), expected.length);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number, length = 32): Promise<Buffer> {
  const N = 2 ** log2N;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, { N, r, p, maxmem: 256 * N * r }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}
