import { parseTaskText } from "../../../domain/task-text.js";
import { readUnitList, type UnitListNote } from "../../../domain/unit-list.js";
import type { NamedRole } from "../../../domain/plan.js";
import { UNIT_ENDING } from "./unit-ending.js";
import { matchKey } from "../../../domain/match-key.js";

/** The units one cell of a unit column names, and the roles the cell itself states. */
export interface UnitCell {
  /** Every unit in the order written. */
  readonly units: readonly string[];
  /** What the list reader decided (a prefix completed, an open list), for warnings at the cell. */
  readonly notes: readonly UnitListNote[];
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
const markedRoles = (names: readonly string[], notes: readonly UnitListNote[]): UnitCell | null => {
  if (!names.some((name) => MARKED.test(name))) return null;
  const units = names.map((name) => name.replace(MARKED, ""));
  const leads = units.filter((_, index) => MARKED.exec(names[index] ?? "")?.[1] === "牵头");
  const cooperating = units.filter((unit) => !leads.includes(unit));
  return { units, notes, stated: { leads, cooperating, others: [] } };
};

/**
 * The name a list has written up to here is whole: 市科技局, not 市 or 市農業農,
 * nor 市住房城乡 (a place word ends many a name's first half).
 */
const isWholeName = (before: string): boolean => {
  const name = matchKey(before.split(/[、，,；;\s]/).at(-1) ?? "");
  return name.length >= 3 && UNIT_ENDING.test(name) && !/[乡镇区县市]$/.test(name);
};

/**
 * A single space between two Chinese characters joins the halves of a
 * wrapped name ("市农业农 村局"), unless what comes before it is a whole
 * name already ("市科技局 市财政局" lists two).
 */
const joinWrappedNames = (text: string): string =>
  text.replace(/(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])/g, (space, offset: number) =>
    isWholeName(text.slice(0, offset)) ? space : "",
  );

/**
 * Reads a unit cell. Most hold a plain list; some state the roles in the
 * words a task's bracket uses ("市科技局牵头，市财政局配合", "牵头单位：X；
 * 配合单位：Y"), which are read exactly as that bracket would be.
 */
export const readUnitCell = (written: string): UnitCell => {
  const text = joinWrappedNames(written);
  if (SEVERAL_LEADS.test(text)) {
    const list = readUnitList(text.replace(SEVERAL_LEADS, ""));
    const units = list.names;
    return { units, notes: list.notes, stated: { leads: units, cooperating: [], others: [] } };
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
        notes: [],
        stated: { leads: roles.leadUnits, cooperating: roles.cooperatingUnits, others },
      };
    }
  }
  const list = readUnitList(text);
  return (
    markedRoles(list.names, list.notes) ?? { units: list.names, notes: list.notes, stated: null }
  );
};
