import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { Plan } from "../domain/plan.js";
import { diagnostic } from "./build-diagnostic.js";
import { capDiagnostics } from "./cap-diagnostics.js";
import { detectFormat } from "./detect-format.js";
import { ImportFailure } from "./import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "./limits.js";
import type { ProgressListener } from "./progress.js";
import { readCsv } from "./blocks/read-csv.js";
import { readDocx } from "./blocks/read-docx.js";
import { readHtml } from "./blocks/read-html.js";
import { readTxt } from "./blocks/read-txt.js";
import { readXlsx } from "./blocks/read-xlsx.js";
import type { SourceDocument, SourceFormat } from "./source-document.js";
import { buildPlan } from "./shapes/build-plan.js";

export interface ImportOptions {
  readonly limits?: Partial<ImportLimits>;
  readonly onProgress?: ProgressListener;
  /** The plan year when the title does not state one. */
  readonly year?: number;
  /** The title when the file carries none, or to replace the one it carries. */
  readonly title?: string;
  /** The issuer when the title names none (a composed title's is 市政府 by default). */
  readonly issuer?: string;
}

/** A whole plan, or none and the reasons: never a partial plan. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly plan: Plan;
      readonly format: SourceFormat;
      readonly diagnostics: Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

type Reader = (
  bytes: Uint8Array,
  fileName: string,
  options: { limits: ImportLimits; onProgress?: ProgressListener },
) => SourceDocument | Promise<SourceDocument>;

const READERS: Readonly<Record<SourceFormat, Reader>> = {
  docx: readDocx,
  xlsx: readXlsx,
  csv: readCsv,
  txt: readTxt,
  html: readHtml,
};

const tooLarge = (fileName: string, size: number, limit: number): Diagnostic =>
  diagnostic(
    "error",
    "file.too_large",
    { file: fileName },
    `文件大小 ${size} 字节，超过 ${limit} 字节的上限`,
    `The file is ${size} bytes, over the limit of ${limit} bytes`,
  );

/** Reads a decomposition table from its bytes; the name tells the format. */
export const importPlanBytes = async (
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> => {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxFileBytes) {
    return { ok: false, diagnostics: [tooLarge(fileName, bytes.length, limits.maxFileBytes)] };
  }
  const detected = detectFormat(bytes, fileName);
  if (!detected.ok) return { ok: false, diagnostics: [detected.diagnostic] };
  let document: SourceDocument;
  try {
    const reader = READERS[detected.format];
    document = await reader(bytes, fileName, {
      limits,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof ImportFailure) return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
  const built = buildPlan(document, options);
  const diagnostics = capDiagnostics(built.diagnostics, limits.maxDiagnostics, fileName);
  return built.plan
    ? { ok: true, plan: built.plan, format: detected.format, diagnostics }
    : { ok: false, diagnostics };
};

/** Reads a decomposition table from a file, refusing one over the size limit before reading it. */
export const importPlanFile = async (
  path: string,
  options: ImportOptions = {},
  /** How the bytes are parsed: in this thread, or in a worker (isolated-import.ts). */
  parse: typeof importPlanBytes = importPlanBytes,
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
