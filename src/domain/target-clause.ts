import { CLAUSE_BREAKS, NAME_MARKS } from "./target-words.js";

const OPENING = "（(";
const CLOSING = "）)";

/**
 * Where the clause holding `at` starts: after the nearest clause break
 * (，；。：…) or opening bracket before it that is not inside a bracket
 * closed before `at`. "创新联合体（产学研协同创新中心）20～30家" is one clause.
 */
export const clauseStart = (text: string, at: number): number => {
  let depth = 0;
  for (let index = at - 1; index >= 0; index -= 1) {
    const ch = text.charAt(index);
    if (CLOSING.includes(ch)) depth += 1;
    else if (OPENING.includes(ch)) {
      if (depth === 0) return index + 1;
      depth -= 1;
    } else if (depth === 0 && CLAUSE_BREAKS.includes(ch)) return index + 1;
  }
  return 0;
};

/** Where the clause holding `at` ends (exclusive), the mirror of clauseStart. */
export const clauseEnd = (text: string, at: number): number => {
  let depth = 0;
  for (let index = at; index < text.length; index += 1) {
    const ch = text.charAt(index);
    if (OPENING.includes(ch)) depth += 1;
    else if (CLOSING.includes(ch)) {
      if (depth === 0) return index;
      depth -= 1;
    } else if (depth === 0 && CLAUSE_BREAKS.includes(ch)) return index;
  }
  return text.length;
};

/** Whether `at` lies inside quotation marks or title marks (“双百工程”, 《…》). */
export const insideName = (text: string, at: number): boolean => {
  let closing: string | null = null;
  for (let index = 0; index < at; index += 1) {
    const ch = text.charAt(index);
    if (closing === null) closing = NAME_MARKS[ch] ?? null;
    else if (ch === closing) closing = null;
  }
  return closing !== null;
};
