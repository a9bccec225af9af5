import { parsePart } from "./office-xml-part.js";

const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Excel writes characters XML cannot carry (a carriage return, other control
 * characters) as `_x000D_`, and a literal "_x" that would read as one as `_x005F_x`.
 */
export const unescapeText = (text: string): string =>
  text.includes("_x")
    ? text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/**
 * The strings of xl/sharedStrings.xml, by index: a plain `t`, or the `t` of
 * each rich-text run joined. The phonetic guide (rPh, the furigana over
 * Japanese text) is no part of the text.
 */
export const readSharedStrings = (
  xml: Uint8Array,
  part: string,
  fileName: string,
): readonly string[] => {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parsePart(xml, part, fileName, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic += 1;
      else if (name === "t") inText = current !== null && phonetic === 0;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "si" && current !== null) {
        strings.push(unescapeText(current));
        current = null;
      }
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
};
