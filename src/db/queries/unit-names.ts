import type { Kysely } from "kysely";
import { normalizeUnitName } from "../../domain/unit-list.js";
import type { Schema } from "../schema.js";
import { findUnitIds, unitNamesById } from "./units.js";

/** How the names a table writes map to units: canonical names, and those the directory lacks. */
export interface UnitResolution {
  /** Written (normalised) name → canonical name, for every name the directory knows. */
  readonly canonical: ReadonlyMap<string, string>;
  readonly unknown: readonly string[];
}

export const resolveUnitNames = async (
  db: Kysely<Schema>,
  names: readonly string[],
): Promise<UnitResolution> => {
  const written = [...new Set(names.map(normalizeUnitName))];
  const ids = await findUnitIds(db, written);
  const namesById = await unitNamesById(db, [...ids.values()]);
  const canonical = new Map<string, string>();
  for (const [name, id] of ids) canonical.set(name, namesById.get(id) ?? name);
  return { canonical, unknown: written.filter((name) => !ids.has(name)) };
};
