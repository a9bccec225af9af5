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
};

/** The binary formats of Office 97–2003 and of WPS: readable only once saved anew. */
const LEGACY = new Set(["doc", "xls", "wps", "et", "rtf", "pdf", "ofd"]);
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const extensionOf = (fileName: string): string =>
  /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** The format a file is in, by its name, or the reason it cannot be read. */
export const detectFormat = (
  bytes: Uint8Array,
  fileName: string,
): { ok: true; format: SourceFormat } | { ok: false; diagnostic: Diagnostic } => {
  const extension = extensionOf(fileName);
  const format = EXTENSIONS[extension];
  const legacy = LEGACY.has(extension) || OLE2_MAGIC.every((byte, i) => bytes[i] === byte);
  if (legacy) {
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
  if (!format) {
    return {
      ok: false,
      diagnostic: diagnostic(
        "error",
        "file.unknown_format",
        { file: fileName },
        "无法识别的文件类型：支持 .docx、.xlsx、.csv 和 .txt",
        "Unknown file type: .docx, .xlsx, .csv and .txt can be imported",
      ),
    };
  }
  return { ok: true, format };
};
