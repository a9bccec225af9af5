import { planToJson } from "../../exporters/plan-json.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { loadPlan, type ReadOptions } from "../load-plan.js";
import { renderPlanHeading } from "../render-plan-heading.js";
import { renderPlanTable } from "../render-plan-table.js";

export interface ParseOptions extends ReadOptions {
  readonly json?: boolean;
}

/** `duban parse FILE [--json]`: the table as Duban reads it, and what it noticed. */
export const parseCommand = async (
  file: string,
  options: ParseOptions,
  io: CliIo,
  language: Language,
): Promise<number> => {
  const loaded = await loadPlan(file, options, io, language);
  if (options.json === true) {
    // Scripts get the diagnostics as data too, and a document either way.
    const body = loaded.plan ? planToJson(loaded.plan) : {};
    io.stdout.write(`${JSON.stringify({ ...body, diagnostics: loaded.diagnostics }, null, 2)}\n`);
  } else if (loaded.plan) {
    io.stdout.write(
      renderPlanHeading(loaded.plan, language) +
        renderPlanTable(loaded.plan, io.stdout.columns ?? 120),
    );
  }
  return loaded.plan ? EXIT.ok : loaded.exitCode;
};
