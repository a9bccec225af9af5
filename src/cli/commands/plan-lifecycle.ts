import { deletePlan, setPlanArchive } from "../../services/plan-lifecycle.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export type PlanLifecycleStep = "archive" | "unarchive" | "delete";

export interface PlanLifecycleOptions extends DatabaseOptions {
  readonly json?: boolean;
}

const DONE: Readonly<Record<PlanLifecycleStep, Record<Language, (title: string) => string>>> = {
  archive: {
    zh: (title) => `已归档计划「${title}」：只能查看和导出，不再催办\n`,
    en: (title) => `Archived the plan "${title}": read-only, no more reminders\n`,
  },
  unarchive: {
    zh: (title) => `已恢复计划「${title}」\n`,
    en: (title) => `Restored the plan "${title}"\n`,
  },
  delete: {
    zh: (title) => `已删除计划「${title}」\n`,
    en: (title) => `Deleted the plan "${title}"\n`,
  },
};

/**
 * `duban plan archive|unarchive|delete PLAN [--json]`: a wrongly imported
 * plan archived (read-only), restored, or deleted while nothing was done on it.
 */
export const planLifecycleCommand = (
  step: PlanLifecycleStep,
  planId: number,
  options: PlanLifecycleOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const actor = cliActor(io.env);
    const now = new Date();
    const plan =
      step === "delete"
        ? await deletePlan(db, actor, planId, now)
        : await setPlanArchive(db, actor, { planId, archived: step === "archive" }, now);
    if (options.json === true) writeJson(io, { planId, step, ...plan });
    else io.stdout.write(DONE[step][language](plan.title));
    return EXIT.ok;
  });
