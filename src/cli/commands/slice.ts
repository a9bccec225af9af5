import { unitsOf } from "../../domain/plan.js";
import { sliceOf } from "../../domain/slice.js";
import { normalizeUnitName } from "../../domain/unit-list.js";
import { sliceStoredPlan } from "../../services/slice-stored-plan.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { loadPlan, type ReadOptions } from "../load-plan.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writePlan } from "../write-plan.js";

export interface SliceOptions extends ReadOptions, DatabaseOptions {
  readonly unit: string;
  readonly plan?: number;
  readonly json?: boolean;
}

const USAGE = {
  zh: "用法：duban slice FILE --unit NAME，或 duban slice --plan ID --unit NAME（FILE 与 --plan 二选一）\n",
  en: "usage: duban slice FILE --unit NAME, or duban slice --plan ID --unit NAME (either FILE or --plan)\n",
};

/**
 * The file form: a unit the table never names is most likely a typo, so
 * that is an error listing the names.
 */
const sliceFile = async (
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
  writePlan(io, sliceOf(plan, unit).plan, options, language);
  return EXIT.ok;
};

/**
 * `duban slice FILE --unit NAME [--json]` and `duban slice --plan ID --unit
 * NAME [--json]`: the part of a table, or of a stored plan, that a unit
 * leads, headed by its counts in the table's own words. Both print alike.
 */
export const sliceCommand = async (
  file: string | undefined,
  options: SliceOptions,
  io: CliIo,
  language: Language,
): Promise<number> => {
  const { plan: planId } = options;
  if (file !== undefined && planId === undefined) return sliceFile(file, options, io, language);
  if (file === undefined && planId !== undefined) {
    return withDatabase(options, io, language, async (db) => {
      const slice = await sliceStoredPlan(db, { planId, unit: options.unit });
      writePlan(io, slice.plan, options, language);
      return EXIT.ok;
    });
  }
  io.stderr.write(USAGE[language]);
  return EXIT.usage;
};
