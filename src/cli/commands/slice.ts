import { unitsOf } from "../../domain/plan.js";
import { sliceOf } from "../../domain/slice.js";
import { normalizeUnitName } from "../../domain/unit-list.js";
import { planToJson } from "../../exporters/plan-json.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { loadPlan, type ReadOptions } from "../load-plan.js";
import { renderPlanHeading } from "../render-plan-heading.js";
import { renderPlanTable } from "../render-plan-table.js";

export interface SliceOptions extends ReadOptions {
  readonly unit: string;
  readonly json?: boolean;
}

/**
 * `duban slice FILE --unit NAME [--json]`: the part of the table a unit
 * leads, headed by its counts in the table's own words. A unit the table
 * never names is most likely a typo, so that is an error listing the names.
 */
export const sliceCommand = async (
  file: string,
  options: SliceOptions,
  io: CliIo,
  language: Language,
): Promise<number> => {
  const loaded = await loadPlan(file, options, io, language);
  if (!loaded.plan) return loaded.exitCode;
  const { plan } = loaded;
  const unit = normalizeUnitName(options.unit);
  const named = new Set(
    plan.tasks.flatMap((task) => [...task.leadUnits, ...task.milestones.flatMap(unitsOf)]),
  );
  if (!named.has(unit)) {
    const known = [...named].join("、");
    io.stderr.write(
      language === "zh"
        ? `错误：表中没有单位「${unit}」。表中的单位有：${known}\n`
        : `error: the table names no unit "${unit}". It names: ${known}\n`,
    );
    return EXIT.inputErrors;
  }
  const slice = sliceOf(plan, unit);
  io.stdout.write(
    options.json === true
      ? `${JSON.stringify(planToJson(slice.plan), null, 2)}\n`
      : renderPlanHeading(slice.plan, language) +
          renderPlanTable(slice.plan, io.stdout.columns ?? 120),
  );
  return EXIT.ok;
};
