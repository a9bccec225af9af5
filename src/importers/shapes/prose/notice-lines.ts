import { compactText, foldWidth } from "../../../domain/normalize-text.js";

/**
 * The lines of the notice around a numbered list that are never part of a
 * task: who it is addressed to, its document number, signature, date,
 * attachment labels and page numbers.
 */
export type NoticeLine =
  | "addressees"
  | "document_number"
  | "signature"
  | "date"
  | "attachment"
  | "page_number"
  | "publication"
  | "distribution";

const PATTERNS: readonly (readonly [RegExp, NoticeLine])[] = [
  // "各县（市、区）人民政府，市政府各部门：" — a list of recipients closed by a colon.
  [/^各.{1,60}[：:]$/, "addressees"],
  [/^[^，。；：,;:]{1,12}[〔[(]\d{4}[〕\])]\d+号$/, "document_number"],
  [
    /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/,
    "date",
  ],
  [/^附件\s*[\d一二三四五六七八九十]*\s*[:：]?.{0,60}$/, "attachment"],
  [/^[-—–－\s]*\d{1,4}[-—–－\s]*$/, "page_number"],
  [/^[（(](?:此件|本件).{1,20}[）)]$/, "publication"],
  [/^(?:抄送|抄报|印发|联系人|联系电话)[:：]?/, "distribution"],
  // The issuing body alone on its line: "XX市人民政府办公室".
  [/^[^，。；：,;:]{2,30}(?:人民政府|办公室|办公厅|委员会|领导小组)$/, "signature"],
];

export const noticeLineKind = (text: string): NoticeLine | null => {
  const line = foldWidth(compactText(text));
  for (const [pattern, kind] of PATTERNS) if (pattern.test(line)) return kind;
  return null;
};
