import type { SyncDatabase } from '../server/db/client';
import { person } from '../db/seed/relations-scale/generate';
import { mulberry32 } from '../db/seed/scale/random';

export interface SyncSeedOptions {
  officeId: string;
  persons: number;
  /** Rows per server version, as a desktop's push batch leaves them (default 500). */
  rowsPerVersion?: number;
  /** Distinct generated persons the rows cycle through; ids, dates and versions are unique per row. */
  distinct?: number;
}

const DEVICES = ['bench-desktop-1', 'bench-desktop-2', 'bench-desktop-3', 'bench-desktop-4', 'bench-desktop-5'];
const USERS = Array.from({ length: 30 }, (_, i) => `bench-user-${i + 1}`);

/**
 * Fills the server's sync_rows with persons as desktops would have pushed them: only non-null
 * domain fields, field versions and clocks per field, one server version per batch of 500. The
 * persons come from the relations scale generator (Dutch names, addresses, phones); one SQL
 * statement repeats them with unique UUIDv7 ids and creation times spread over five years, so a
 * million rows take seconds instead of a million pushes. Returns the office version afterwards.
 */
export async function seedSyncRows(db: SyncDatabase, options: SyncSeedOptions): Promise<number> {
  const perVersion = options.rowsPerVersion ?? 500;
  const distinct = Math.min(options.distinct ?? 50_000, options.persons);
  const r = mulberry32(7);
  const pool = Array.from({ length: distinct }, (_, i) => {
    const fields = Object.fromEntries(Object.entries(person(r, i)).filter(([, value]) => value !== null && value !== undefined));
    // Placeholders, filled in per row by the INSERT below: every field of an insert has that row's version and clock.
    const perField = (placeholder: string) => `{${Object.keys(fields).map((f) => `${JSON.stringify(f)}:"${placeholder}"`).join(',')}}`;
    return { n: i, fields, versions: perField('@v'), clocks: perField('@c') };
  });

  const version = Math.ceil(options.persons / perVersion);
  // One transaction, so the pool (a temporary table) lives on one connection and the rows appear at once.
  await db.transaction(async (q) => {
    await q.query('CREATE TEMP TABLE bench_person_pool (n int PRIMARY KEY, fields jsonb NOT NULL, versions text NOT NULL, clocks text NOT NULL) ON COMMIT DROP');
    await q.query('INSERT INTO bench_person_pool SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(n int, fields jsonb, versions text, clocks text)', [JSON.stringify(pool)]);
    await q.query(
      `INSERT INTO sync_rows (office_id, table_name, row_id, fields, field_versions, field_clocks, deleted_at, server_version, created_at, created_by, updated_at, updated_by)
       SELECT $1, 'persons',
              substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(m, 1, 3) || '-' || '8' || substr(m, 4, 3) || '-' || substr(m, 7, 12),
              p.fields,
              replace(p.versions, '"@v"', v::text)::jsonb,
              replace(p.clocks, '"@c"', json_build_object('at', at, 'deviceId', device, 'userId', author)::text)::jsonb,
              NULL, v, at, author, at, author
       FROM generate_series(0, $2::int - 1) AS i
       CROSS JOIN LATERAL (SELECT
         ($4::bigint + i::bigint * $5::bigint) AS ms,
         md5(i::text) AS m,
         i / $3::int + 1 AS v,
         ($6::text[])[1 + i % array_length($6::text[], 1)] AS device,
         ($7::text[])[1 + (i / 7) % array_length($7::text[], 1)] AS author) AS x
       CROSS JOIN LATERAL (SELECT
         lpad(to_hex(x.ms), 12, '0') AS h,
         to_char(to_timestamp(x.ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at) AS y
       JOIN bench_person_pool p ON p.n = i % $8::int`,
      [
        options.officeId,
        options.persons,
        perVersion,
        Date.parse('2021-01-01T08:00:00Z'),
        Math.max(1, Math.floor((5 * 365 * 86_400_000) / options.persons)),
        DEVICES,
        USERS,
        distinct,
      ],
    );
    await q.query('UPDATE offices SET version = GREATEST(version, $2) WHERE id = $1', [options.officeId, version]);
  });
  // As autovacuum would have done on a server that grew over years: the pull's plan needs statistics.
  await db.query('VACUUM ANALYZE sync_rows');
  return version;
}
