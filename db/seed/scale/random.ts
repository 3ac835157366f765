export type Rng = () => number;

/** mulberry32: small, fast and good enough to make the same data on every run. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const DAY = 86_400_000;
export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A UUIDv7 for a given moment, as the app makes them, from the seeded generator. */
export function uuidV7(ms: number, r: Rng): string {
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  const ts = hex(ms, 12);
  return `${ts.slice(0, 8)}-${ts.slice(8)}-7${hex(r() * 0x1000, 3)}-${hex(0x8000 + r() * 0x4000, 4)}-${hex(r() * 0x1000000, 6)}${hex(r() * 0x1000000, 6)}`;
}
