import type { Kysely } from "kysely";
import { matchKey } from "../../domain/match-key.js";
import { normalizeUnitName } from "../../domain/unit-list.js";
import type { Schema } from "../schema.js";
import { findUnitIds, unitNamesById } from "./units.js";

/** How the names a table writes map to units: canonical names, and those the directory lacks. */
export interface UnitResolution {
  /** Written (normalised) name → canonical name, for every name the directory knows. */
  readonly canonical: ReadonlyMap<string, string>;
  readonly unknown: readonly string[];
}

/**
 * A name is found as written, or else by its simplified form: a table in
 * traditional characters (市發展改革委) names the units the directory holds
 * in simplified ones (市发展改革委).
 */
export const resolveUnitNames = async (
  db: Kysely<Schema>,
  names: readonly string[],
): Promise<UnitResolution> => {
  const written = [...new Set(names.map(normalizeUnitName))];
  const keys = new Map(written.map((name) => [name, matchKey(name)]));
  const ids = await findUnitIds(db, [...written, ...keys.values()]);
  const idOf = (name: string): number | undefined =>
    ids.get(name) ?? ids.get(keys.get(name) ?? name);
  const namesById = await unitNamesById(db, [...ids.values()]);
  const canonical = new Map<string, string>();
  const unknown: string[] = [];
  for (const name of written) {
    const id = idOf(name);
    if (id === undefined) unknown.push(name);
    else canonical.set(name, namesById.get(id) ?? name);
  }
  return { canonical, unknown };
};
