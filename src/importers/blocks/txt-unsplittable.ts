import { message } from "../../domain/message.js";
import { ImportFailure } from "../import-failure.js";

/**
 * The refusal of a text that looks like a table but cannot be cut into
 * cells with confidence: garbage rows would become garbage tasks.
 */
export const unsplittable = (file: string, line: number, zh: string, en: string): ImportFailure =>
  new ImportFailure({
    severity: "error",
    code: "txt.unsplittable",
    message: message(
      `文字像表格，但在第 ${line} 行无法可靠地拆分为单元格：${zh}。请从 Word/Excel 另存为 .docx、.xlsx 或 .csv 后导入`,
      `The text looks like a table but cannot be split into cells reliably at line ${line}: ${en}. Save it as .docx, .xlsx or .csv from Word/Excel and import that`,
    ),
    location: { file, line },
  });
