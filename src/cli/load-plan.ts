import type { Diagnostic } from "../domain/diagnostic.js";
import type { Plan } from "../domain/plan.js";
import type { ImportOptions } from "../importers/import-plan.js";
import { readPlanFile } from "../importers/import-plan-file.js";
import { importPlanIsolated } from "../importers/isolated-import.js";
import { EXIT, type CliIo } from "./io.js";
import type { Language } from "./language.js";
import { progressBar } from "./progress-bar.js";
import { renderDiagnostics } from "./render-diagnostics.js";

/** The options every command that reads a table accepts. */
export interface ReadOptions {
  readonly year?: number;
  readonly title?: string;
  readonly issuer?: string;
}

/**
 * Reads a table for a command: progress on stderr, every diagnostic on
 * stderr, and the plan only when the file had no error.
 */
export const loadPlan = async (
  file: string,
  options: ReadOptions,
  io: CliIo,
  language: Language,
): Promise<
  | { plan: Plan; diagnostics: Diagnostic[] }
  | { plan: null; diagnostics: Diagnostic[]; exitCode: number }
> => {
  const progress = progressBar(io.stderr, language);
  const importOptions: ImportOptions = { ...options, onProgress: progress.listener };
  const result = await readPlanFile(file, importOptions, importPlanIsolated).finally(progress.done);
  io.stderr.write(renderDiagnostics(result.diagnostics, language));
  return result.ok
    ? { plan: result.plan, diagnostics: result.diagnostics }
    : { plan: null, diagnostics: result.diagnostics, exitCode: EXIT.inputErrors };
};
