import ExcelJS from "exceljs";

/** One worksheet: its rows (null for an empty cell) and its merged ranges ("A3:A5"). */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly merges?: readonly string[];
}

/** The date written into the workbook's properties, fixed so that rebuilding changes nothing. */
const WRITTEN = new Date(Date.UTC(2024, 0, 15));

/**
 * An .xlsx as an office saves it. A merged range holds its text in the
 * top-left cell; the cells it covers are left null in `rows`.
 */
export const xlsxOf = async (sheets: readonly SheetSpec[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "江州市人民政府办公室";
  workbook.created = WRITTEN;
  workbook.modified = WRITTEN;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow([...row]);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
