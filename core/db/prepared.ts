/**
 * Builds a statement once per database and key, then reuses it. Drizzle builds and prepares a
 * query anew on every call (~50 µs); the hot paths of every mutation cannot afford that.
 */
const cache = new WeakMap<object, Map<unknown, unknown>>();

export function preparedOnce<S>(db: object, key: unknown, build: () => S): S {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  if (!perDb.has(key)) perDb.set(key, build());
  return perDb.get(key) as S;
}
