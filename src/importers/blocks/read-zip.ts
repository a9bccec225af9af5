import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from "fflate";
import { message } from "../../domain/message.js";
import { ImportFailure } from "../import-failure.js";
import type { ImportLimits } from "../limits.js";

const PUSHED_BYTES = 4 * 1024;

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
  limits: Pick<
    ImportLimits,
    "maxInflatedBytes" | "maxArchiveEntries" | "maxCompressionRatio" | "ratioCheckedFromBytes"
  >,
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

  // The packed bytes of the part being inflated, as the decompressor takes them
  // in: the sizes the archive declares may be missing (a streamed archive) or lies.
  let packed = 0;
  class CountingInflate extends UnzipInflate {
    static override readonly compression = 8;
    override push(chunk: Uint8Array, final: boolean): void {
      packed += chunk.length;
      super.push(chunk, final);
    }
  }
  const unzip = new Unzip();
  unzip.register(CountingInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    pending.set(file.name, chunks);
    packed = 0;
    let own = 0;
    file.ondata = (error, chunk, final) => {
      // The decompressor hands what our own check threw back here as an error.
      if (error) throw error instanceof ImportFailure ? error : corrupt(fileName, file.name);
      own += chunk.length;
      inflated += chunk.length;
      // Thrown from inside the decompressor, so that nothing more is inflated.
      checkInflated(
        fileName,
        file.name,
        { own, packed: Math.max(1, packed), total: inflated },
        limits,
      );
      chunks.push(chunk);
      if (final) {
        entries.set(file.name, concat(chunks));
        pending.delete(file.name);
      }
    };
    file.start();
  };

  try {
    // In slices: the decompressor inflates all it is given at once, and deflate
    // packs up to about 1,000:1, so a slice inflates to a few megabytes at most.
    for (let offset = 0; offset < bytes.length; offset += PUSHED_BYTES) {
      unzip.push(
        bytes.subarray(offset, offset + PUSHED_BYTES),
        offset + PUSHED_BYTES >= bytes.length,
      );
    }
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw failure(
      fileName,
      "archive.corrupt",
      "文件已损坏或不完整，无法解压",
      "The file is corrupt or truncated and cannot be unpacked",
    );
  }
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

const corrupt = (fileName: string, part: string): ImportFailure =>
  failure(
    fileName,
    "archive.corrupt",
    `压缩包内 ${part} 已损坏，无法解压`,
    `The part ${part} of the archive is corrupt and cannot be inflated`,
  );

/**
 * Refuses an archive once its parts inflate past the total limit, or once one
 * part, past a size any table reaches in a few rows, has come out more than
 * `maxCompressionRatio` times larger than it went in: real Office parts stay
 * well under that, a zip bomb is thousands of times over.
 */
const checkInflated = (
  fileName: string,
  part: string,
  sizes: { own: number; packed: number; total: number },
  limits: Pick<ImportLimits, "maxInflatedBytes" | "maxCompressionRatio" | "ratioCheckedFromBytes">,
): void => {
  if (sizes.total > limits.maxInflatedBytes) {
    throw failure(
      fileName,
      "archive.too_large_inflated",
      `解压后超过 ${limits.maxInflatedBytes} 字节的上限（疑似压缩炸弹），已拒绝`,
      `Inflated content exceeds the limit of ${limits.maxInflatedBytes} bytes (a zip bomb?); refused`,
    );
  }
  if (
    sizes.own > limits.ratioCheckedFromBytes &&
    sizes.own > sizes.packed * limits.maxCompressionRatio
  ) {
    throw failure(
      fileName,
      "archive.compression_ratio",
      `压缩包内 ${part} 的压缩比超过 ${limits.maxCompressionRatio}:1（疑似压缩炸弹），已拒绝`,
      `The part ${part} inflates more than ${limits.maxCompressionRatio} times its packed size (a zip bomb?); refused`,
    );
  }
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
