import type { Plan } from "../domain/plan.js";
import { planToJson } from "../exporters/plan-json.js";
import type { CliIo } from "./io.js";
import type { Language } from "./language.js";
import { renderPlanHeading } from "./render-plan-heading.js";
import { renderPlanTable } from "./render-plan-table.js";
import { writeJson } from "./write-json.js";

/** A plan as the office's table under its heading, or as the interchange JSON. */
export const writePlan = (
  io: CliIo,
  plan: Plan,
  options: { readonly json?: boolean },
  language: Language,
): void => {
  if (options.json === true) writeJson(io, planToJson(plan));
  else
    io.stdout.write(
      renderPlanHeading(plan, language) + renderPlanTable(plan, io.stdout.columns ?? 120),
    );
};
