import type { SourceLocation } from "../domain/diagnostic.js";
import type { Language } from "./language.js";

const PARTS: Readonly<Record<Language, (location: SourceLocation) => (string | undefined)[]>> = {
  zh: (l) => [
    l.sheet === undefined ? undefined : `工作表「${l.sheet}」`,
    l.table === undefined ? undefined : `表${l.table}`,
    l.cell ?? (l.row === undefined ? undefined : `第${l.row}行`),
    l.cell !== undefined || l.column === undefined ? undefined : `第${l.column}列`,
    l.line === undefined || l.line === l.row ? undefined : `（文件第${l.line}行）`,
    l.field === undefined ? undefined : `「${l.field}」`,
  ],
  en: (l) => [
    l.sheet === undefined ? undefined : `sheet "${l.sheet}"`,
    l.table === undefined ? undefined : `table ${l.table}`,
    l.cell ?? (l.row === undefined ? undefined : `row ${l.row}`),
    l.cell !== undefined || l.column === undefined ? undefined : `column ${l.column}`,
    l.line === undefined || l.line === l.row ? undefined : `(line ${l.line})`,
    l.field === undefined ? undefined : `"${l.field}"`,
  ],
};

/** "seed.xlsx 工作表「Sheet1」 E5 「完成时限」": where to look, in the reader's language. */
export const formatLocation = (location: SourceLocation, language: Language): string =>
  [location.file, ...PARTS[language](location)].filter((part) => part !== undefined).join(" ");
