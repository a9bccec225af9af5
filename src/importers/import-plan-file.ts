import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Diagnostic } from "../domain/diagnostic.js";
import { diagnostic } from "./build-diagnostic.js";
import type { importPlanBytes, ImportOptions, ImportResult } from "./import-plan.js";
import { DEFAULT_LIMITS } from "./limits.js";

/*
 * Apart from import-plan.ts, which loads every reader: a process that parses
 * in a worker (the command line) reads the file here without loading them.
 */

export const tooLarge = (fileName: string, size: number, limit: number): Diagnostic =>
  diagnostic(
    "error",
    "file.too_large",
    { file: fileName },
    `文件大小 ${size} 字节，超过 ${limit} 字节的上限`,
    `The file is ${size} bytes, over the limit of ${limit} bytes`,
  );

/** Reads a decomposition table from a file, refusing one over the size limit before reading it. */
export const readPlanFile = async (
  path: string,
  options: ImportOptions,
  /** How the bytes are parsed: importPlanBytes in this thread, or in a worker (isolated-import.ts). */
  parse: typeof importPlanBytes,
): Promise<ImportResult> => {
  const fileName = basename(path);
  const limit = options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > limit) return { ok: false, diagnostics: [tooLarge(fileName, size, limit)] };
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          "error",
          "file.unreadable",
          { file: path },
          `无法读取文件：${reason}`,
          `The file cannot be read: ${reason}`,
        ),
      ],
    };
  }
  return parse(bytes, fileName, options);
};
