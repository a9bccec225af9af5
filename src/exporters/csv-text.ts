/** Excel reads a CSV file as UTF-8 (and so shows Chinese) only when it starts with this mark. */
const UTF8_BOM = "\uFEFF";

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab
 * and carriage return, hide one after them): OWASP "CSV Injection".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: one that could start a formula gets a leading apostrophe. */
export const neutraliseCell = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text;

/** RFC 4180: a cell holding a comma, quote or line break is quoted, its quotes doubled. */
const quoteCell = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * Rows as a CSV file that Excel, WPS and LibreOffice open in Chinese:
 * UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, and no
 * cell a spreadsheet would run as a formula.
 */
export const csvText = (rows: readonly (readonly string[])[]): string =>
  UTF8_BOM +
  rows.map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(",")).join("\r\n") +
  "\r\n";
