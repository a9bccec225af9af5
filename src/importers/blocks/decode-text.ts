import type { Diagnostic } from "../../domain/diagnostic.js";
import { message } from "../../domain/message.js";
import { ImportFailure } from "../import-failure.js";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * The Chinese encodings a page may declare: GB18030 decodes all of them,
 * and pages labelled GB2312 routinely hold GBK characters.
 */
const CHINESE_LABELS = new Set(["gb2312", "gbk", "x-gbk", "gb18030", "csgb2312", "chinese"]);

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** An info note when the encoding was guessed rather than declared by a BOM. */
  readonly diagnostics: readonly Diagnostic[];
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/**
 * Decodes a text file (CSV, TXT, HTML). A BOM decides when present, then
 * the encoding the file declares (an HTML page's <meta charset>) when it is
 * UTF-8 or a Chinese one; otherwise the bytes are UTF-8 only if they decode
 * strictly, since Excel and WPS in Chinese write "CSV" and "text" in
 * GB18030 (a superset of GBK) by default. A NUL character means a binary
 * file (a workbook saved under a .csv name, say): it is refused as
 * `<format>.binary` rather than read as garbage.
 */
export const decodeText = (
  bytes: Uint8Array,
  fileName: string,
  format: "csv" | "txt" | "html",
  declared?: string,
): DecodedText => {
  const label = declared?.trim().toLowerCase();
  const decoded = decode(bytes, label);
  if (decoded.text.includes("\u0000")) {
    throw new ImportFailure({
      severity: "error",
      code: `${format}.binary`,
      message: message(
        "文件含有二进制内容，不是文本文件（可能扩展名有误）",
        "The file holds binary content, not text (perhaps it is misnamed)",
      ),
      location: { file: fileName },
    });
  }
  const diagnostics: Diagnostic[] =
    decoded.encoding === "gb18030" && !(label !== undefined && CHINESE_LABELS.has(label))
      ? [
          {
            severity: "info",
            code: "text.decoded_gb18030",
            message: message(
              "文件不是 UTF-8 编码，已按 GB18030（GBK）解码",
              "The file is not UTF-8; decoded as GB18030 (GBK)",
            ),
            location: { file: fileName },
          },
        ]
      : [];
  return { ...decoded, diagnostics };
};

const decode = (
  bytes: Uint8Array,
  declared: string | undefined,
): { text: string; encoding: TextEncodingName } => {
  // The decoders drop a matching BOM themselves.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  }
  if (declared !== undefined && CHINESE_LABELS.has(declared)) {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
};
