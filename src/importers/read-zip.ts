import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from "fflate";
import { message } from "../domain/message.js";
import { ImportFailure } from "./import-failure.js";
import type { ImportLimits } from "./limits.js";

/** The inflated parts of an Office archive, by path ("word/document.xml"). */
export type ZipEntries = ReadonlyMap<string, Uint8Array>;

const failure = (file: string, code: string, zh: string, en: string): ImportFailure =>
  new ImportFailure({
    severity: "error",
    code,
    message: message(zh, en),
    location: { file },
  });

/**
 * Inflates the parts of a .docx/.xlsx whose path `wanted` accepts, counting
 * the bytes as they come out of the decompressor rather than trusting the
 * sizes the archive declares: a zip bomb is stopped at the limit, and a
 * truncated or corrupt archive is reported, never half read.
 */
export const readZip = (
  bytes: Uint8Array,
  fileName: string,
  limits: Pick<ImportLimits, "maxInflatedBytes" | "maxArchiveEntries">,
  wanted: (path: string) => boolean = () => true,
): ZipEntries => {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw failure(
      fileName,
      "archive.not_zip",
      "文件不是有效的 Office 文档（不是 zip 格式），可能已损坏或扩展名有误",
      "The file is not a valid Office document (not a zip archive); it may be corrupt or misnamed",
    );
  }
  const listed = listEntries(bytes, fileName);
  if (listed.length > limits.maxArchiveEntries) {
    throw failure(
      fileName,
      "archive.too_many_entries",
      `压缩包内文件超过 ${limits.maxArchiveEntries} 个，已拒绝`,
      `The archive holds more than ${limits.maxArchiveEntries} parts; refused`,
    );
  }
  const entries = new Map<string, Uint8Array>();
  const pending = new Map<string, Uint8Array[]>();
  let inflated = 0;
  let fault: ImportFailure | null = null;

  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    pending.set(file.name, chunks);
    file.ondata = (error, chunk, final) => {
      if (fault) return;
      if (error) {
        fault = failure(
          fileName,
          "archive.corrupt",
          `压缩包内 ${file.name} 已损坏，无法解压`,
          `The part ${file.name} of the archive is corrupt and cannot be inflated`,
        );
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        fault = failure(
          fileName,
          "archive.too_large_inflated",
          `解压后超过 ${limits.maxInflatedBytes} 字节的上限（疑似压缩炸弹），已拒绝`,
          `Inflated content exceeds the limit of ${limits.maxInflatedBytes} bytes (a zip bomb?); refused`,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        entries.set(file.name, concat(chunks));
        pending.delete(file.name);
      }
    };
    file.start();
  };

  try {
    unzip.push(bytes, true);
  } catch {
    fault ??= failure(
      fileName,
      "archive.corrupt",
      "文件已损坏或不完整，无法解压",
      "The file is corrupt or truncated and cannot be unpacked",
    );
  }
  if (fault) throw fault;
  // The central directory is the archive's own index: a part it lists that the
  // local headers did not deliver whole means damage in between.
  const incomplete = listed.some((name) => wanted(name) && !entries.has(name));
  if (pending.size > 0 || incomplete) {
    throw failure(
      fileName,
      "archive.corrupt",
      "文件已损坏或不完整（可能下载或复制时被截断），无法解压",
      "The file is corrupt or incomplete (perhaps cut short while copying) and cannot be unpacked",
    );
  }
  return entries;
};

/** The part names from the central directory, without inflating anything. */
const listEntries = (bytes: Uint8Array, fileName: string): string[] => {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    throw failure(
      fileName,
      "archive.corrupt",
      "文件已损坏或不完整，无法解压",
      "The file is corrupt or truncated and cannot be unpacked",
    );
  }
  return names;
};

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
};
