import type { Kysely } from "kysely";
import { readCacheVersion } from "./queries/cache-versions.js";
import type { CachedData, Schema } from "./schema.js";

/** What one database's cache holds: values loaded at `version`. */
interface Held<K, V> {
  version: number;
  readonly values: Map<K, V>;
}

/**
 * Values read rarely changed and read on every request (the calendar, plans'
 * settings), kept per open database and checked against their version row
 * (migration 0020) at each use: one small indexed read instead of reloading,
 * and a change made by any instance is seen at once. A transaction reads
 * afresh: it must see its own writes.
 */
export const versionedCache = <K, V>(name: CachedData) => {
  const held = new WeakMap<Kysely<Schema>, Held<K, V>>();
  return async (
    db: Kysely<Schema>,
    keys: readonly K[],
    load: (missing: readonly K[]) => Promise<Map<K, V>>,
  ): Promise<Map<K, V>> => {
    if (db.isTransaction) return load(keys);
    // The version first: data loaded after it is at least as new, never older.
    const version = await readCacheVersion(db, name);
    let mine = held.get(db);
    if (mine?.version !== version) {
      mine = { version, values: new Map() };
      held.set(db, mine);
    }
    const values = mine.values;
    const missing = keys.filter((key) => !values.has(key));
    if (missing.length > 0) for (const [key, value] of await load(missing)) values.set(key, value);
    const found = new Map<K, V>();
    for (const key of keys) {
      const value = values.get(key);
      if (value !== undefined) found.set(key, value);
    }
    return found;
  };
};

/** One value under a version row: versionedCache with a single key. */
export const versionedValue = <V>(name: CachedData) => {
  const cache = versionedCache<"value", V>(name);
  return async (db: Kysely<Schema>, load: () => Promise<V>): Promise<V> => {
    const value = (await cache(db, ["value"], async () => new Map([["value", await load()]]))).get(
      "value",
    );
    // A load always gives its one key; the map's type cannot say so.
    if (value === undefined) throw new Error(`${name}: the cache lost the value it loaded`);
    return value;
  };
};
