import type { Diagnostic } from "../domain/diagnostic.js";
import type { Plan } from "../domain/plan.js";
import { capDiagnostics } from "./cap-diagnostics.js";
import { detectFormat } from "./detect-format.js";
import { readPlanFile, tooLarge } from "./import-plan-file.js";
import { ImportFailure } from "./import-failure.js";
import { DEFAULT_LIMITS, type ImportLimits } from "./limits.js";
import type { ProgressListener } from "./progress.js";
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

/**
 * Each format's reader, loaded when a file of that format comes: a .docx does
 * not pay for the HTML parser or the CSV reader (the command line's parse
 * starts a worker that loads only what its file needs).
 */
const READERS: Readonly<Record<SourceFormat, () => Promise<Reader>>> = {
  docx: async () => (await import("./blocks/read-docx.js")).readDocx,
  xlsx: async () => (await import("./blocks/read-xlsx.js")).readXlsx,
  csv: async () => (await import("./blocks/read-csv.js")).readCsv,
  txt: async () => (await import("./blocks/read-txt.js")).readTxt,
  html: async () => (await import("./blocks/read-html.js")).readHtml,
};

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
    const reader = await READERS[detected.format]();
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

/** Reads a decomposition table from a file, in this thread. */
export const importPlanFile = (path: string, options: ImportOptions = {}): Promise<ImportResult> =>
  readPlanFile(path, options, importPlanBytes);
