import { packageParts, relationshipType, xmlPart } from "./office-package.js";
import { xmlText } from "./xml-text.js";
import type { ZipPart } from "./zip-stream.js";

/**
 * The fixed parts of the table's .xlsx, around the streamed sheet: the
 * workbook with its print titles and print area, styles written once, and the
 * package's content types and relationships.
 *
 * Fonts: a workbook cannot name a fallback the way a .docx's font table does,
 * so it names faces that ship with Windows (since Vista), with WPS and with
 * the Chinese font packages of Linux desktops: 仿宋 rather than 仿宋_GB2312
 * (absent from Windows 7 and later, where Excel would show it in 宋体), 楷体
 * rather than 楷体_GB2312, and 黑体. Only the title keeps 方正小标宋简体, the
 * face offices install for titles; every font carries charset 134 (GB2312),
 * so where a face is missing Excel, WPS and LibreOffice substitute a Chinese
 * one of the same family instead of a Latin face.
 */

export const SHEET_NAME = "Sheet1";
const SHEET_PATH = "xl/worksheets/sheet1.xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The sheet's root element, with the namespaces its content uses. */
export const WORKSHEET_OPEN = `<worksheet xmlns="${MAIN}" xmlns:r="${R_NAMESPACE}">`;

/** Indexes into cellXfs below. */
export const CELL_STYLE = {
  title: 1,
  subtitle: 2,
  header: 3,
  centred: 4,
  running: 5,
  /** Text format (@), so a deadline retyped in Excel stays "12月15日" instead of turning into a date. */
  deadline: 6,
  /** An outline heading (一、…) across the table. */
  outline: 7,
} as const;

/** Excel's font family numbers: 1 roman (serif), 3 modern (fixed pitch). */
const font = (name: string, size: number, family: 1 | 3): string =>
  `<font><sz val="${size}"/><name val="${xmlText(name)}"/><family val="${family}"/><charset val="134"/></font>`;

const FONTS = [
  font("仿宋", 12, 3),
  font("方正小标宋简体", 20, 1),
  font("楷体", 14, 3),
  font("黑体", 12, 3),
];

const THIN =
  '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';

const xf = (fontId: number, borderId: number, horizontal: string, numFmtId = 0): string =>
  `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0" applyFont="1"` +
  `${borderId === 0 ? "" : ' applyBorder="1"'}${numFmtId === 0 ? "" : ' applyNumberFormat="1"'} applyAlignment="1">` +
  `<alignment horizontal="${horizontal}" vertical="center" wrapText="1"/></xf>`;

const CELL_XFS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  xf(1, 0, "center"),
  xf(2, 0, "center"),
  xf(3, 1, "center"),
  xf(0, 1, "center"),
  xf(0, 1, "justify"),
  xf(0, 1, "center", 49),
  xf(3, 1, "left"),
];

const stylesXml = (): string =>
  `<styleSheet xmlns="${MAIN}">` +
  `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${THIN}</border></borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${CELL_XFS.length}">${CELL_XFS.join("")}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Where the sheet prints: its used range, and the header row repeated on every page. */
export interface PrintRanges {
  readonly lastRow: number;
  readonly lastColumn: string;
  readonly headerRow: number;
}

const workbookXml = ({ lastRow, lastColumn, headerRow }: PrintRanges): string =>
  `<workbook xmlns="${MAIN}" xmlns:r="${R_NAMESPACE}"><bookViews><workbookView/></bookViews>` +
  `<sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
  `<definedName name="_xlnm.Print_Area" localSheetId="0">${SHEET_NAME}!$A$1:$${lastColumn}$${lastRow}</definedName>` +
  `<definedName name="_xlnm.Print_Titles" localSheetId="0">${SHEET_NAME}!$${headerRow}:$${headerRow}</definedName>` +
  "</definedNames></workbook>";

/** Every part of the workbook, the sheet's content streamed by the caller. */
export const xlsxParts = (
  title: string,
  created: Date,
  print: PrintRanges,
  sheet: Iterable<string>,
): ZipPart[] => [
  ...packageParts({
    mainPart: "xl/workbook.xml",
    typedParts: [
      ["xl/workbook.xml", `${SHEET_TYPE}.sheet.main+xml`],
      ["xl/styles.xml", `${SHEET_TYPE}.styles+xml`],
      [SHEET_PATH, `${SHEET_TYPE}.worksheet+xml`],
    ],
    mainRelationships: [
      [relationshipType("worksheet"), "worksheets/sheet1.xml"],
      [relationshipType("styles"), "styles.xml"],
    ],
    title,
    created,
  }),
  xmlPart("xl/workbook.xml", workbookXml(print)),
  xmlPart("xl/styles.xml", stylesXml()),
  { path: SHEET_PATH, content: sheet },
];
