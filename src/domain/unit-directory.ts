import type { UnitMatcher } from "./slice.js";
import { matchKey } from "./match-key.js";

/**
 * An organisation that can be responsible for work, or a collective name
 * that stands for several (各县（市、区）政府).
 */
export type Unit =
  | { readonly kind: "unit"; readonly name: string; readonly aliases: readonly string[] }
  | {
      readonly kind: "group";
      readonly name: string;
      readonly aliases: readonly string[];
      /** The canonical names of the units the group stands for. */
      readonly members: readonly string[];
    };

/** Resolves the names tables write to the units they mean. */
export interface UnitDirectory {
  readonly units: readonly Unit[];
  /**
   * The canonical name for a written name: itself, an alias (江门市科学技术局 →
   * 市科技局), either in traditional characters (市發展改革委), or with the 市 a
   * list wrote once before the first name only (市市场监管局、发展改革委 →
   * 市发展改革委). Null for a name the directory lacks.
   */
  resolve(writtenName: string): string | null;
  /** True when a written name stands for the unit: its own name, an alias, or a group it is in. */
  matcher(unit: string): UnitMatcher;
}

/** The prefix a list of city bureaus writes once: "市" before the first name only. */
const SHARED_PREFIX = "市";

export const createUnitDirectory = (units: readonly Unit[]): UnitDirectory => {
  const byName = new Map<string, string>();
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases].map(matchKey)) {
      const taken = byName.get(name);
      if (taken !== undefined && taken !== unit.name) {
        throw new Error(`The name ${name} is given to both ${taken} and ${unit.name}`);
      }
      byName.set(name, unit.name);
    }
  }
  const groupsOf = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.kind !== "group") continue;
    for (const member of unit.members)
      groupsOf.set(member, [...(groupsOf.get(member) ?? []), unit.name]);
  }
  const resolve = (writtenName: string): string | null => {
    const name = matchKey(writtenName);
    return byName.get(name) ?? byName.get(`${SHARED_PREFIX}${name}`) ?? null;
  };
  return {
    units,
    resolve,
    matcher: (unit) => {
      const groups = new Set(groupsOf.get(unit) ?? []);
      const key = matchKey(unit);
      return (writtenName) => {
        const resolved = resolve(writtenName);
        if (resolved === null) return matchKey(writtenName) === key;
        return resolved === unit || groups.has(resolved);
      };
    },
  };
};
