import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Writes the merged ranges of a sheet straight into the saved workbook.
 *
 * exceljs checks every new merge against all earlier ones: the 9,074 merges
 * of the 20,000-milestone benchmark table took 9.4 s in mergeCells alone,
 * growing with the square of the count.
 * The exporter's merges never overlap by construction (one per task column
 * and unit run), so they are listed once here instead: the <mergeCells>
 * element that Excel reads, placed right after <sheetData> as the schema
 * orders it when the sheet has no protection, filter or scenarios.
 */
export const withMergeCells = (
  workbook: Uint8Array,
  sheetPath: string,
  ranges: readonly string[],
): Uint8Array => {
  if (ranges.length === 0) return workbook;
  const parts = unzipSync(workbook);
  const sheet = parts[sheetPath];
  if (!sheet) throw new Error(`The workbook has no ${sheetPath}`);
  const xml = strFromU8(sheet);
  if (xml.includes("<mergeCells")) throw new Error(`${sheetPath} already lists merged cells`);
  const end = xml.indexOf("</sheetData>");
  if (end < 0) throw new Error(`${sheetPath} has no <sheetData>`);
  const at = end + "</sheetData>".length;
  const list = ranges.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  const merged = `${xml.slice(0, at)}<mergeCells count="${ranges.length}">${list}</mergeCells>${xml.slice(at)}`;
  parts[sheetPath] = strToU8(merged);
  return zipSync(parts, { level: 6 });
};
