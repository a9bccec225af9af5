import { splitUnitList } from "./unit-list.js";
import { appendAll } from "./append-all.js";
import type { NamedRole } from "./plan.js";

/** A 工作任务 cell split into the task text and the responsibilities it states. */
export interface TaskText {
  readonly title: string;
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  readonly otherRoles: readonly NamedRole[];
}

const LEAD_LABELS = new Set(["牵头单位", "牵头部门", "主责单位", "牵头"]);
const COOPERATING_LABELS = new Set(["配合单位", "配合部门", "参与单位", "协办单位", "协同单位"]);

/** The bracket closing the text: （…）, 〔…〕 or (…), holding at least one "label：units" clause. */
const TRAILING_BRACKET =
  /[（(〔]([^（）()〔〕]*(?:[（(][^（）()]*[）)][^（）()〔〕]*)*)[）)〕]\s*[。.]?\s*$/;
/** "牵头单位：X、Y" — the label is a short run of Chinese ending in 单位/部门/牵头. */
const CLAUSE = /^\s*([\u4e00-\u9fa5]{1,8}?(?:单位|部门)|牵头)\s*[：:]\s*(.+)$/s;
/** "（X牵头）" or "（X牵头，Y配合）": the label follows the units. */
const SUFFIX_CLAUSE = /^(.+?)(牵头|配合|参与)$/s;

/** "，" before another "label：" separates roles as "；" does. */
const COMMA_BEFORE_LABEL = /[，,](?=\s*[\u4e00-\u9fa5]{1,8}?(?:单位|部门)\s*[：:])/g;

const splitClauses = (bracketText: string): string[] => {
  const inside = bracketText.replace(COMMA_BEFORE_LABEL, "；");
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
    .map((c) => c.trim())
    .filter((c) => c !== "");
};

interface Clause {
  readonly label: string;
  readonly units: string[];
}

const readClause = (clause: string): Clause | null => {
  const labelled = CLAUSE.exec(clause);
  if (labelled?.[1] && labelled[2]) {
    return { label: labelled[1], units: splitUnitList(labelled[2]) };
  }
  const suffixed = SUFFIX_CLAUSE.exec(clause);
  if (suffixed?.[1] && suffixed[2]) {
    const label = suffixed[2] === "牵头" ? "牵头单位" : "配合单位";
    return { label, units: splitUnitList(suffixed[1]) };
  }
  return null;
};

/**
 * Reads "…。（牵头单位：X；配合单位：A、B）". A trailing bracket that names no
 * responsibility (an explanation, a figure) stays part of the title.
 */
export const parseTaskText = (raw: string): TaskText => {
  const text = raw.trim();
  const bracket = TRAILING_BRACKET.exec(text);
  const clauses = bracket?.[1] ? splitClauses(bracket[1]).map(readClause) : [];
  if (!bracket || clauses.length === 0 || clauses.some((c) => c === null)) {
    return { title: text, leadUnits: [], cooperatingUnits: [], otherRoles: [] };
  }
  const leadUnits: string[] = [];
  const cooperatingUnits: string[] = [];
  const otherRoles: NamedRole[] = [];
  for (const clause of clauses as Clause[]) {
    if (LEAD_LABELS.has(clause.label)) appendAll(leadUnits, clause.units);
    else if (COOPERATING_LABELS.has(clause.label)) appendAll(cooperatingUnits, clause.units);
    else otherRoles.push({ label: clause.label, units: clause.units });
  }
  return { title: text.slice(0, bracket.index).trim(), leadUnits, cooperatingUnits, otherRoles };
};
