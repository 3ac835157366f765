import type Database from 'better-sqlite3';

/**
 * A bulk load (a desktop's first pull of up to a million rows) spends most of its time keeping
 * indexes and the name search up to date row by row; building them once afterwards is a sort and
 * takes a fraction of that. So for the length of the load the tables' plain indexes and their search
 * insert triggers are set aside and their SQL kept in `deferred_schema`, in the same transaction that
 * drops them. Unique indexes stay: they are rules, not speed. `restoreDeferredSchema` builds
 * everything again; `openDatabase` calls it too, so a desktop stopped halfway is whole at its next start.
 */

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * An insert trigger that only copies the new row into a search table, written as
 * `… AFTER INSERT ON t BEGIN INSERT INTO search(cols) VALUES (expressions of new.*); END`, may be set
 * aside too: for the rows it missed, the same insert is `INSERT INTO search(cols) SELECT expressions
 * FROM t WHERE rowid > @after`. Derived from the trigger itself, so the search text keeps its one
 * definition in the migrations. Any other trigger stays in place.
 */
export function searchCatchUp(trigger: { sql: string; tableName: string }, virtualTables: ReadonlySet<string>): string | null {
  const match = /^CREATE TRIGGER\s+\S+\s+AFTER INSERT ON\s+"?(\w+)"?\s+BEGIN\s+INSERT INTO\s+"?(\w+)"?\s*\(([^)]*)\)\s*VALUES\s*\(([^;]*)\);\s*END;?\s*$/i.exec(trigger.sql.trim());
  if (!match || match[1] !== trigger.tableName || !virtualTables.has(match[2]!)) return null;
  const expressions = match[4]!.replace(/\bnew\./gi, '');
  const search = quote(match[2]!);
  // A row changed meanwhile is in the search already: its update trigger put it there.
  return `INSERT INTO ${search}(${match[3]}) SELECT ${expressions} FROM ${quote(trigger.tableName)}
    WHERE rowid > @after AND rowid NOT IN (SELECT rowid FROM ${search} WHERE rowid > @after)`;
}

interface Deferred {
  name: string;
  kind: 'index' | 'trigger';
  table_name: string;
  sql: string;
  after_rowid: number | null;
}

function virtualTablesOf(sqlite: Database.Database): Set<string> {
  return new Set(sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).pluck().all() as string[]);
}

/** Sets aside the plain indexes of these tables and their search insert triggers; returns how many. */
export function deferSchema(sqlite: Database.Database, tables: readonly string[]): number {
  return sqlite.transaction(() => {
    const wanted = new Set(tables);
    const plainIndexes = tables.flatMap((table) =>
      (sqlite.pragma(`index_list(${quote(table)})`) as { name: string; unique: number; origin: string }[])
        .filter((index) => index.origin === 'c' && index.unique === 0)
        .map((index) => index.name),
    );
    const objects = sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL`).all() as {
      type: 'index' | 'trigger';
      name: string;
      tbl_name: string;
      sql: string;
    }[];
    const virtualTables = virtualTablesOf(sqlite);
    const record = sqlite.prepare('INSERT INTO deferred_schema (name, kind, table_name, sql, after_rowid) VALUES (?, ?, ?, ?, ?)');
    let deferred = 0;
    for (const object of objects) {
      if (!wanted.has(object.tbl_name)) continue;
      if (object.type === 'index' && plainIndexes.includes(object.name)) {
        record.run(object.name, 'index', object.tbl_name, object.sql, null);
        sqlite.exec(`DROP INDEX ${quote(object.name)}`);
        deferred++;
      } else if (object.type === 'trigger' && searchCatchUp({ sql: object.sql, tableName: object.tbl_name }, virtualTables)) {
        const last = sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM ${quote(object.tbl_name)}`).pluck().get() as number;
        record.run(object.name, 'trigger', object.tbl_name, object.sql, last);
        sqlite.exec(`DROP TRIGGER ${quote(object.name)}`);
        deferred++;
      }
    }
    return deferred;
  })();
}

export function hasDeferredSchema(sqlite: Database.Database): boolean {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_schema'`).get();
  return table !== undefined && sqlite.prepare('SELECT 1 FROM deferred_schema LIMIT 1').get() !== undefined;
}

/** Builds again what `deferSchema` set aside, in one transaction; returns how many. */
export function restoreDeferredSchema(sqlite: Database.Database): number {
  if (!hasDeferredSchema(sqlite)) return 0;
  return sqlite.transaction(() => {
    const deferred = sqlite.prepare('SELECT name, kind, table_name, sql, after_rowid FROM deferred_schema ORDER BY kind, name').all() as Deferred[];
    const virtualTables = virtualTablesOf(sqlite);
    for (const item of deferred) {
      const catchUp = item.kind === 'trigger' ? searchCatchUp({ sql: item.sql, tableName: item.table_name }, virtualTables) : null;
      if (catchUp) sqlite.prepare(catchUp).run({ after: item.after_rowid ?? 0 });
      sqlite.exec(item.sql);
    }
    sqlite.prepare('DELETE FROM deferred_schema').run();
    return deferred.length;
  })();
}
