import type { Envelope } from '../core/contracts/envelope';
import v8 from 'node:v8';
import vm from 'node:vm';

// A full collection before each line, so garbage from seeding or the previous line is not timed.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

export interface Timing {
  label: string;
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  /** p95 target in ms; undefined for lines shown for information. */
  target?: number;
}

export interface MeasureOptions {
  iterations: number;
  warmup: number;
  target?: number;
}

/** Times `fn` per call with the monotonic clock, after a warm-up that lets V8 and SQLite settle. */
export async function measure(label: string, options: MeasureOptions, fn: (i: number) => unknown): Promise<Timing> {
  collectGarbage();
  for (let i = 0; i < options.warmup; i++) {
    const result = fn(i);
    if (result instanceof Promise) await result;
  }
  const samples = new Float64Array(options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    const started = process.hrtime.bigint();
    const result = fn(options.warmup + i);
    if (result instanceof Promise) await result;
    samples[i] = Number(process.hrtime.bigint() - started) / 1e6;
  }
  samples.sort();
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))]!;
  return { label, iterations: options.iterations, p50: at(0.5), p95: at(0.95), p99: at(0.99), target: options.target };
}

export function formatTable(timings: Timing[]): string {
  const ms = (v: number) => v.toFixed(3);
  const rows = [
    ['', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'target p95', ''],
    ...timings.map((t) => [
      t.label,
      String(t.iterations),
      ms(t.p50),
      ms(t.p95),
      ms(t.p99),
      t.target === undefined ? '-' : `≤ ${t.target} ms`,
      t.target === undefined ? 'info' : t.p95 <= t.target ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A whole-number command-line option, with a clear message for anything else. */
export function wholeNumber(args: Record<string, unknown>, name: string): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, not "${String(args[name])}"`);
  return value;
}

/** A procedure's value; a bench stops at the first refusal, with the Dutch message. */
export function ok<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message} ${JSON.stringify(envelope.error.fields ?? {})}`);
  return envelope.value;
}

/** Seconds since `fromNs` (process.hrtime.bigint()), one decimal. */
export const seconds = (fromNs: bigint) => (Number(process.hrtime.bigint() - fromNs) / 1e9).toFixed(1);
