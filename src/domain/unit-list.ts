/**
 * Reads the units written in one cell or clause: one per line in Word and
 * Excel, or separated by 、，,；; and spaces where the source was flattened.
 * Separators inside brackets belong to the name (各县（市、区）政府).
 */

const OPENERS = "（(〔[【〈《";
const CLOSERS = "）)〕]】〉》";
const SEPARATORS = new Set(["、", "，", ",", "；", ";", " ", "\t", "\n", "\u3000"]);

/** Qualifiers that narrow a unit without being part of its name: 〈含…〉, 《…》. */
const QUALIFIER = /[〈《][^〉》]*[〉》]/g;
/** "市教育局等" ends an open list; the named units are what we can keep. */
const TRAILING_ETC = /等$/;

const splitOutsideBrackets = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
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

export const splitUnitList = (text: string): string[] => {
  const names: string[] = [];
  for (const part of splitOutsideBrackets(text)) {
    const name = normalizeUnitName(part.replace(QUALIFIER, "")).replace(TRAILING_ETC, "");
    if (name !== "" && !names.includes(name)) names.push(name);
  }
  return names;
};
