/**
 * Reads the units written in one cell or clause: one per line in Word and
 * Excel, or separated by 、，,；; and, where nothing else separates them, by
 * spaces. Separators inside brackets belong to the name (各县（市、区）政府).
 */
import { message, type Message } from "./message.js";
import { elidedPrefix } from "./unit-prefix.js";

/** Something the reader decided about a list that the caller reports as a warning. */
export type UnitListNote =
  /** "市教育局等": the list names some of the units meant. */
  | { readonly kind: "open_list"; readonly message: Message }
  /** "市教育局〈含市属学校〉": the qualifier narrows the unit without being part of its name. */
  | {
      readonly kind: "qualifier";
      readonly unit: string;
      readonly qualifier: string;
      readonly message: Message;
    }
  /** "市市场监管局、发展改革委": the prefix written once was added to a later name. */
  | {
      readonly kind: "prefix_added";
      readonly written: string;
      readonly unit: string;
      readonly message: Message;
    }
  /** Spaces alone separated the names: a wrapped name would have been split. */
  | { readonly kind: "split_on_spaces"; readonly message: Message };

export interface UnitList {
  readonly names: readonly string[];
  readonly notes: readonly UnitListNote[];
}

const OPENERS = "（(〔[【〈《";
const CLOSERS = "）)〕]】〉》";
const SEPARATORS = new Set(["、", "，", ",", "；", ";", "\n"]);
/** Spaces (a flattened cell) separate names too, but only when no other separator is used. */
const SEPARATORS_AND_SPACES = new Set([...SEPARATORS, " ", "\t", "\u3000"]);

/**
 * Qualifiers that narrow a unit without being part of its name: 〈含…〉, 《…》,
 * and a bracket that starts with 含 / 包括 / 不含 ("（含市属学校）").
 */
const QUALIFIER = /[〈《]([^〉》]*)[〉》]|[（(〔【]((?:含|包括|包含|不含)[^）)〕】]*)[）)〕】]/g;
/** "市教育局等", "市教育局等单位" end an open list; the named units are what we can keep. */
const TRAILING_ETC = /等(?:有关|相关)?(?:单位|部门)?$/;

const splitOutsideBrackets = (text: string, separators: ReadonlySet<string>): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.has(ch)) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
};

/** Brackets written in ASCII inside a name are the same name: 各县(市、区)政府 = 各县（市、区）政府. */
export const normalizeUnitName = (name: string): string =>
  name
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[\s\u3000]+/g, "");

const hasStrongSeparator = (text: string): boolean =>
  splitOutsideBrackets(text, SEPARATORS).filter((part) => part.trim() !== "").length > 1;

const notes = {
  openList: (written: string): UnitListNote => ({
    kind: "open_list",
    message: message(
      `单位名单“${written}”以“等”结尾，只读取了列出的单位`,
      `the unit list "${written}" ends in 等 (and others): only the units it names are read`,
    ),
  }),
  qualifier: (unit: string, qualifier: string): UnitListNote => ({
    kind: "qualifier",
    unit,
    qualifier,
    message: message(
      `“${unit}”后的“${qualifier}”是说明，不是单位名称的一部分`,
      `"${qualifier}" after ${unit} qualifies it and is not part of its name`,
    ),
  }),
  prefixAdded: (written: string, unit: string, first: string): UnitListNote => ({
    kind: "prefix_added",
    written,
    unit,
    message: message(
      `“${written}”补全为“${unit}”（沿用“${first}”的前缀）`,
      `"${written}" read as ${unit}, with the prefix of ${first}`,
    ),
  }),
  splitOnSpaces: (written: string): UnitListNote => ({
    kind: "split_on_spaces",
    message: message(
      `单位名单“${written}”按空格拆分`,
      `the unit list "${written}" was split at its spaces`,
    ),
  }),
};

/** One written name without its qualifiers and trailing 等, with what was taken off. */
const readName = (part: string): { name: string; qualifiers: string[]; open: boolean } => {
  const qualifiers: string[] = [];
  const bare = part.replace(QUALIFIER, (_all, angled?: string, bracketed?: string) => {
    const qualifier = (angled ?? bracketed ?? "").trim();
    if (qualifier !== "") qualifiers.push(qualifier);
    return "";
  });
  const name = normalizeUnitName(bare);
  const open = TRAILING_ETC.test(name);
  return { name: open ? name.replace(TRAILING_ETC, "") : name, qualifiers, open };
};

/**
 * The units a list names, in order and without repeats, with a note for each
 * decision the caller should report (an open list, a qualifier dropped, a
 * prefix added from the first name, names split at spaces).
 */
export const readUnitList = (text: string): UnitList => {
  const written = text.trim();
  const bySpaces = !hasStrongSeparator(written) && /\S[\s\u3000]+\S/.test(written);
  const separators = bySpaces ? SEPARATORS_AND_SPACES : SEPARATORS;
  const names: string[] = [];
  const found: UnitListNote[] = [];
  let open = false;
  let first: string | undefined;
  for (const part of splitOutsideBrackets(written, separators)) {
    const read = readName(part);
    if (read.name === "") continue;
    open ||= read.open;
    first ??= read.name;
    const prefix = first === read.name ? null : elidedPrefix(first, read.name);
    const name = prefix === null ? read.name : `${prefix}${read.name}`;
    if (prefix !== null) found.push(notes.prefixAdded(read.name, name, first));
    for (const qualifier of read.qualifiers) found.push(notes.qualifier(name, qualifier));
    if (!names.includes(name)) names.push(name);
  }
  if (open) found.push(notes.openList(written));
  if (bySpaces && names.length > 1) found.push(notes.splitOnSpaces(written));
  return { names, notes: found };
};

/** The units a list names; readUnitList also says what was decided on the way. */
export const splitUnitList = (text: string): string[] => [...readUnitList(text).names];
