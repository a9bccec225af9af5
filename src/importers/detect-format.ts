import type { Diagnostic } from "../domain/diagnostic.js";
import { diagnostic } from "./build-diagnostic.js";
import type { SourceFormat } from "./source-document.js";

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  docx: "docx",
  docm: "docx",
  xlsx: "xlsx",
  xlsm: "xlsx",
  csv: "csv",
  tsv: "csv",
  txt: "txt",
  html: "html",
  htm: "html",
};

/** Office 97–2003 and WPS binary files (an OLE compound file): Word's and WPS Writer's… */
const LEGACY_DOCUMENTS = new Set(["doc", "dot", "wps", "wpt"]);
/** …and Excel's and WPS Spreadsheets'. */
const LEGACY_WORKBOOKS = new Set(["xls", "xlt", "et", "ett"]);
/** Formats that hold no table Duban can read as such. */
const UNSUPPORTED = new Set(["rtf", "pdf", "ofd", "mht", "mhtml"]);
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** What an HTML file starts with, after a BOM and white space: pages saved as .xls or .doc are common. */
const HTML_START =
  /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|table|head|body|meta)\b/i;
const SNIFFED_BYTES = 1024;

const extensionOf = (fileName: string): string =>
  /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";

const looksLikeHtml = (bytes: Uint8Array): boolean =>
  HTML_START.test(
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFFED_BYTES)).toString(
      "latin1",
    ),
  );

/** The binary Office file refused, saying which format to save it in. */
const legacyOffice = (fileName: string, extension: string): Diagnostic => {
  // An OLE file under a new name (plan.docx) was meant to be what the name says.
  const workbook = LEGACY_WORKBOOKS.has(extension) || EXTENSIONS[extension] === "xlsx";
  const document = LEGACY_DOCUMENTS.has(extension) || EXTENSIONS[extension] === "docx";
  const target = workbook ? ".xlsx" : document ? ".docx" : ".docx 或 .xlsx";
  const targetEn = target.replace(" 或 ", " or ");
  const app = workbook ? "Excel/WPS 表格" : "Word/WPS 文字";
  const appEn = workbook ? "Excel or WPS Spreadsheets" : "Word or WPS Writer";
  return diagnostic(
    "error",
    "file.legacy_office",
    { file: fileName },
    `这是旧版 Office/WPS 二进制文件（.doc、.wps、.xls、.et 等），无法直接读取：请在 ${app} 中打开，另存为 ${target} 格式后再导入`,
    `This is an old binary Office/WPS file (.doc, .wps, .xls, .et…), which cannot be read: open it in ${appEn}, save it as ${targetEn}, and import that`,
  );
};

/**
 * The format a file is in, or the reason it cannot be read. Content goes
 * first: an OLE compound file is refused whatever its name, and an HTML
 * page is read as one whatever its name (systems export "Excel" tables as
 * HTML under .xls); otherwise the extension decides.
 */
export const detectFormat = (
  bytes: Uint8Array,
  fileName: string,
): { ok: true; format: SourceFormat } | { ok: false; diagnostic: Diagnostic } => {
  const extension = extensionOf(fileName);
  if (OLE2_MAGIC.every((byte, i) => bytes[i] === byte)) {
    return { ok: false, diagnostic: legacyOffice(fileName, extension) };
  }
  if (looksLikeHtml(bytes)) return { ok: true, format: "html" };
  if (LEGACY_DOCUMENTS.has(extension) || LEGACY_WORKBOOKS.has(extension)) {
    return { ok: false, diagnostic: legacyOffice(fileName, extension) };
  }
  if (UNSUPPORTED.has(extension)) {
    return {
      ok: false,
      diagnostic: diagnostic(
        "error",
        "file.legacy_format",
        { file: fileName },
        `不支持 .${extension} 格式：请用 Word/WPS/Excel 另存为 .docx 或 .xlsx 后再导入`,
        `The .${extension} format is not supported: save it as .docx or .xlsx in Word/WPS/Excel, then import that`,
      ),
    };
  }
  const format = EXTENSIONS[extension];
  if (!format) {
    return {
      ok: false,
      diagnostic: diagnostic(
        "error",
        "file.unknown_format",
        { file: fileName },
        "无法识别的文件类型：支持 .docx、.xlsx、.csv、.txt 和 .html",
        "Unknown file type: .docx, .xlsx, .csv, .txt and .html can be imported",
      ),
    };
  }
  return { ok: true, format };
};
