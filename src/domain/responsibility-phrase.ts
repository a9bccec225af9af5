import { appendAll } from "./append-all.js";
import { joinWrappedWords } from "./normalize-text.js";
import { parseDeadline } from "./parse-deadline.js";
import { looksLikePersonName } from "./person-name.js";
import type { NamedRole, ResponsiblePerson } from "./plan.js";
import { splitUnitList } from "./unit-list.js";
import { looksLikeUnitName } from "./unit-name-shape.js";

/**
 * What a responsibility phrase states: the inside of "（牵头单位：X；配合单位：A、B）",
 * a labelled line "责任单位：A、B", or a verb form "X、Y牵头，Z按职责分工负责".
 */
export interface ResponsibilityPhrase {
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  /** Units under another named role: 数据提供单位, 责任单位 beside a lead. */
  readonly otherRoles: readonly NamedRole[];
  /** People (责任领导：张三): never units. */
  readonly persons: readonly ResponsiblePerson[];
  /** A deadline the phrase states: "完成时限：6月底前", or a last clause "6月底前完成". */
  readonly deadlineText: string | null;
  /** The deadline stood under a label (完成时限：…) rather than in running text. */
  readonly deadlineLabelled: boolean;
  /**
   * "named" when a label or verb says who leads; "first_listed" when the
   * lead is only the first of a list that does not say (责任单位：A、B, or a
   * bare "（A、B）"), which a document-wide rule may confirm.
   */
  readonly leadBasis: "named" | "first_listed" | "none";
  /** "X、Y分别牵头": each lead unit leads on its own. */
  readonly separateLeads: boolean;
}

export interface PhraseOptions {
  /** The plan year; with it an unlabelled last clause may be a deadline ("6月底前完成"). */
  readonly year?: number;
  /**
   * Read lists that do not say who leads (责任单位：A、B, a bare "A、B") as the
   * first leading and the others cooperating, as prose writes them; verb
   * forms must then name units. A table's task cell says its roles instead.
   */
  readonly readLists?: boolean;
}

const LEAD_LABELS = new Set([
  "牵头单位",
  "牵头部门",
  "主责单位",
  "主办单位",
  "牵头责任单位",
  "牵头",
]);
const COOPERATING_LABELS = new Set([
  "配合单位",
  "配合部门",
  "参与单位",
  "参加单位",
  "协办单位",
  "协同单位",
  "协助单位",
  "配合",
]);
/** Labels naming the units responsible without saying which of them leads. */
const RESPONSIBLE_LABELS = new Set(["责任单位", "责任部门", "实施单位", "承办单位"]);
const DEADLINE_LABELS = new Set([
  "完成时限",
  "完成时间",
  "完成期限",
  "时间节点",
  "时限要求",
  "时限",
]);
const PERSON_LABEL = /(?:领导|责任人|负责人)$/;

const LABEL = String.raw`[\u4e00-\u9fa5]{0,8}?(?:单位|部门|领导|责任人|负责人)|牵头|配合|完成时限|完成时间|完成期限|时间节点|时限要求|时限`;
const LABELLED = new RegExp(String.raw`^\s*(${LABEL})\s*[：:]\s*(.+)$`, "s");
/** "，" or spaces before another "label：" separate roles as "；" does. */
const BEFORE_LABEL = new RegExp(String.raw`[，,\s\u3000]+(?=(?:${LABEL})\s*[：:])`, "g");

type VerbRole = "lead" | "separate_lead" | "responsible" | "cooperating";
const VERB_ROLES: Readonly<Record<string, VerbRole>> = {
  分别牵头: "separate_lead",
  牵头负责: "lead",
  牵头: "lead",
  按职责分工负责: "responsible",
  按职责负责: "responsible",
  分工负责: "responsible",
  共同负责: "responsible",
  负责落实: "responsible",
  负责: "responsible",
  配合落实: "cooperating",
  配合: "cooperating",
  协助: "cooperating",
  参与: "cooperating",
};
/** "X、Y牵头": the role follows its units. Longer verbs first, so 牵头负责 is not 负责. */
const VERBS = Object.keys(VERB_ROLES)
  .sort((a, b) => b.length - a.length)
  // A wrap space may fall inside the verb: "牵 头".
  .map((verb) => ({ verb, at: new RegExp(`${verb.split("").join("[\\s\\u3000]*")}$`) }));

type Clause =
  | {
      readonly kind: "role";
      readonly role: VerbRole;
      readonly label: string;
      readonly units: string[];
    }
  | { readonly kind: "listed"; readonly label: string | null; readonly units: string[] }
  | { readonly kind: "other"; readonly label: string; readonly units: string[] }
  | { readonly kind: "persons"; readonly label: string; readonly names: string[] }
  | { readonly kind: "deadline"; readonly text: string; readonly labelled: boolean };

const splitClauses = (phrase: string): string[] => {
  const inside = phrase.replace(BEFORE_LABEL, "；");
  const clauses: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of inside) {
    if ("（(".includes(ch)) depth += 1;
    else if ("）)".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && "；;".includes(ch)) {
      clauses.push(current);
      current = "";
    } else current += ch;
  }
  clauses.push(current);
  // Without "label：" the roles follow their units ("X牵头，Y配合"), so "，" separates them too.
  return clauses
    .flatMap((c) => (/[：:]/.test(c) ? [c] : c.split(/[，,]/)))
    .map((c) => c.trim().replace(/[。.]$/, ""))
    .filter((c) => c !== "");
};

/** People named in a list; a wrap space inside a name ("陈 志强") does not split it. */
const personList = (text: string): string[] => {
  const names = splitUnitList(text);
  return names.every(looksLikePersonName) ? names : splitUnitList(joinWrappedWords(text));
};

/** "完成 时限：…" with a wrap space in its label: the label joined, the rest as written. */
const joinWrappedLabel = (text: string): string => {
  const colon = text.search(/[：:]/);
  return colon <= 0 ? text : joinWrappedWords(text.slice(0, colon)) + text.slice(colon);
};

/**
 * The units a list names. A wrap space inside a name ("市 交通运输局") must not
 * split it: when the spaces leave parts that are no unit's name, the list is
 * read again without them.
 */
const unitList = (text: string): string[] => {
  const names = splitUnitList(text);
  if (names.every(looksLikeUnitName) || !/\s|\u3000/.test(text)) return names;
  const unwrapped = splitUnitList(joinWrappedWords(text));
  return unwrapped.every(looksLikeUnitName) ? unwrapped : names;
};

const readLabelled = (label: string, text: string, options: PhraseOptions): Clause => {
  if (DEADLINE_LABELS.has(label)) return { kind: "deadline", text: text.trim(), labelled: true };
  if (PERSON_LABEL.test(label)) return { kind: "persons", label, names: personList(text) };
  const units = unitList(text);
  if (LEAD_LABELS.has(label)) return { kind: "role", role: "lead", label, units };
  if (COOPERATING_LABELS.has(label)) return { kind: "role", role: "cooperating", label, units };
  if (options.readLists === true && RESPONSIBLE_LABELS.has(label)) {
    return { kind: "listed", label, units };
  }
  return { kind: "other", label, units };
};

/** Units named without a label must look like units: "切实负责" names none. */
const allUnits = (units: readonly string[]): boolean =>
  units.length > 0 && units.every(looksLikeUnitName);

const readClause = (clause: string, last: boolean, options: PhraseOptions): Clause | null => {
  const labelled = LABELLED.exec(joinWrappedLabel(clause));
  if (labelled?.[1] && labelled[2]) return readLabelled(labelled[1], labelled[2], options);
  for (const { verb, at } of VERBS) {
    const found = at.exec(clause);
    const role = VERB_ROLES[verb];
    if (found === null || found.index === 0 || role === undefined) continue;
    const units = unitList(clause.slice(0, found.index));
    if (allUnits(units)) return { kind: "role", role, label: verb, units };
    break;
  }
  if (options.readLists === true) {
    const units = unitList(clause);
    if (allUnits(units)) return { kind: "listed", label: null, units };
  }
  if (last && options.year !== undefined) {
    const deadline = parseDeadline(clause, { year: options.year });
    if (deadline.ok && deadline.deadline.kind !== "none") {
      return { kind: "deadline", text: clause, labelled: false };
    }
  }
  return null;
};

const addUnique = (list: string[], units: readonly string[]): void => {
  for (const unit of units) if (!list.includes(unit)) list.push(unit);
};

const unitsOf = (clauses: readonly Clause[], pick: (clause: Clause) => boolean): string[] => {
  const units: string[] = [];
  for (const clause of clauses)
    if (clause.kind !== "persons" && clause.kind !== "deadline" && pick(clause))
      addUnique(units, clause.units);
  return units;
};

const assemble = (clauses: readonly Clause[]): ResponsibilityPhrase => {
  const isRole = (role: VerbRole) => (c: Clause) => c.kind === "role" && c.role === role;
  const named = unitsOf(clauses, (c) => isRole("lead")(c) || isRole("separate_lead")(c));
  const responsible = unitsOf(clauses, isRole("responsible"));
  const listed = unitsOf(clauses, (c) => c.kind === "listed");
  const cooperating = unitsOf(clauses, isRole("cooperating"));
  const roles = new Map<string, string[]>();
  const addRole = (label: string, units: readonly string[]): void => {
    const known = roles.get(label);
    if (known) addUnique(known, units);
    else roles.set(label, [...units]);
  };
  let leadUnits = named;
  let leadBasis: ResponsibilityPhrase["leadBasis"] = named.length > 0 ? "named" : "none";
  const coop: string[] = [];
  if (named.length === 0 && responsible.length > 0) {
    // "X、Y负责" with nobody named to lead: those responsible lead.
    leadUnits = responsible;
    leadBasis = "named";
  } else {
    // Beside a lead, "Z按职责分工负责" and "Z负责落实" do their part: they cooperate.
    addUnique(coop, responsible);
  }
  if (leadUnits.length === 0 && listed.length > 0) {
    const [first, ...rest] = listed;
    leadUnits = first === undefined ? [] : [first];
    leadBasis = "first_listed";
    addUnique(coop, rest);
  } else {
    for (const c of clauses) {
      if (c.kind !== "listed") continue;
      if (c.label === null) addUnique(coop, c.units);
      else addRole(c.label, c.units);
    }
  }
  addUnique(coop, cooperating);
  for (const c of clauses) if (c.kind === "other") addRole(c.label, c.units);
  const persons: ResponsiblePerson[] = [];
  for (const c of clauses) {
    if (c.kind === "persons")
      appendAll(
        persons,
        c.names.map((name) => ({ name, role: c.label })),
      );
  }
  const deadline = clauses.find((c) => c.kind === "deadline");
  return {
    leadUnits,
    cooperatingUnits: coop.filter((unit) => !leadUnits.includes(unit)),
    otherRoles: [...roles].map(([label, units]): NamedRole => ({ label, units })),
    persons,
    deadlineText: deadline?.kind === "deadline" ? deadline.text : null,
    deadlineLabelled: deadline?.kind === "deadline" && deadline.labelled,
    leadBasis,
    separateLeads: clauses.some(isRole("separate_lead")),
  };
};

/**
 * Reads a responsibility phrase, or returns null when any part of it is not
 * a role, a person, or (last) a deadline: such text is no responsibility
 * phrase ("（一期）", "（不含土地）") and stays part of the text around it.
 */
export const readResponsibilityPhrase = (
  phrase: string,
  options: PhraseOptions = {},
): ResponsibilityPhrase | null => {
  const texts = splitClauses(joinWrappedLabel(phrase));
  const clauses: Clause[] = [];
  for (const [index, text] of texts.entries()) {
    const clause = readClause(text, index === texts.length - 1, options);
    if (clause === null) return null;
    clauses.push(clause);
  }
  const read = assemble(clauses);
  const empty =
    read.leadUnits.length + read.cooperatingUnits.length + read.otherRoles.length === 0 &&
    read.persons.length === 0 &&
    read.deadlineText === null;
  return empty ? null : read;
};

/** Every unit the phrase names, leads first. */
export const phraseUnits = (phrase: ResponsibilityPhrase): string[] => {
  const units: string[] = [];
  addUnique(units, phrase.leadUnits);
  addUnique(units, phrase.cooperatingUnits);
  for (const role of phrase.otherRoles) addUnique(units, role.units);
  return units;
};
