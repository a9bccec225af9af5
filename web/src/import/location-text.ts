import type { Text } from "../i18n.js";
import type { SourceLocation } from "./import-outcome.js";

/**
 * Where a diagnostic points, the way the person would look for it in the
 * file: the sheet or table, the row (or line), the cell and its column.
 */
export const locationText = (location: SourceLocation): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (location.sheet !== undefined) {
    zh.push(`工作表「${location.sheet}」`);
    en.push(`sheet "${location.sheet}"`);
  }
  if (location.table !== undefined) {
    zh.push(`表 ${String(location.table)}`);
    en.push(`table ${String(location.table)}`);
  }
  const row = location.row ?? location.line;
  if (row !== undefined) {
    zh.push(`第 ${String(row)} 行`);
    en.push(`row ${String(row)}`);
  }
  if (location.cell !== undefined) {
    zh.push(`单元格 ${location.cell}`);
    en.push(`cell ${location.cell}`);
  }
  if (location.field !== undefined) {
    zh.push(`「${location.field}」列`);
    en.push(`column ${location.field}`);
  }
  if (zh.length === 0) return { zh: "整个文件", en: "The whole file" };
  return { zh: zh.join(" · "), en: en.join(" · ") };
};
