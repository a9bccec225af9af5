import { parseTaskText } from "../../../domain/task-text.js";
import { splitUnitList } from "../../../domain/unit-list.js";
import type { NamedRole } from "../../../domain/plan.js";

/** The units one cell of a unit column names, and the roles the cell itself states. */
export interface UnitCell {
  /** Every unit in the order written. */
  readonly units: readonly string[];
  /** Set when the cell says who leads: "A、B分别牵头", or "A牵头，B配合". */
  readonly stated: {
    readonly leads: readonly string[];
    readonly cooperating: readonly string[];
    readonly others: readonly NamedRole[];
  } | null;
}

/** "A、B分别牵头": each named unit leads its own part, so all of them lead. */
const SEVERAL_LEADS = /[，,]?\s*分别(?:牵头|负责)(?:落实|推进)?[。.]?$/;
/** Role words that make a cell a small responsibility bracket of its own. */
const ROLE_WORDS = /牵头|配合|参与|[：:]/;

/** "市发展改革委（牵头）": a role written after the unit it belongs to. */
const MARKED = /[（(](牵头|配合)[）)]$/;

/** A list in which some units carry "（牵头）" or "（配合）": unmarked ones cooperate. */
const markedRoles = (names: readonly string[]): UnitCell | null => {
  if (!names.some((name) => MARKED.test(name))) return null;
  const units = names.map((name) => name.replace(MARKED, ""));
  const leads = units.filter((_, index) => MARKED.exec(names[index] ?? "")?.[1] === "牵头");
  const cooperating = units.filter((unit) => !leads.includes(unit));
  return { units, stated: { leads, cooperating, others: [] } };
};

/**
 * Reads a unit cell. Most hold a plain list; some state the roles in the
 * words a task's bracket uses ("市科技局牵头，市财政局配合", "牵头单位：X；
 * 配合单位：Y"), which are read exactly as that bracket would be.
 */
export const readUnitCell = (text: string): UnitCell => {
  if (SEVERAL_LEADS.test(text)) {
    const units = splitUnitList(text.replace(SEVERAL_LEADS, ""));
    return { units, stated: { leads: units, cooperating: [], others: [] } };
  }
  if (ROLE_WORDS.test(text)) {
    const roles = parseTaskText(`（${text.replace(/[。.]$/, "")}）`);
    if (roles.title === "") {
      const others = roles.otherRoles;
      return {
        units: [
          ...roles.leadUnits,
          ...roles.cooperatingUnits,
          ...others.flatMap((role) => role.units),
        ],
        stated: { leads: roles.leadUnits, cooperating: roles.cooperatingUnits, others },
      };
    }
  }
  const names = splitUnitList(text);
  return markedRoles(names) ?? { units: names, stated: null };
};
