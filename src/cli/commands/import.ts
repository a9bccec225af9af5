import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { message } from "../../domain/message.js";
import { milestoneCount } from "../../domain/plan.js";
import { DubanError } from "../../services/duban-error.js";
import { readPlan } from "../../services/plans.js";
import { importPlanFile } from "../../services/import-plan-file.js";
import { readCorrections } from "../../services/plan-corrections-input.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import type { ReadOptions } from "../load-plan.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { progressBar } from "../progress-bar.js";
import { renderDiagnostics } from "../render-diagnostics.js";
import { renderPlanDiff } from "../render-plan-diff.js";
import { importOutcomeJson } from "../../services/import-outcome-json.js";
import type { MilestoneRemoval } from "../../services/import-removals.js";
import { renderMatch, renderRemovals } from "../render-removals.js";
import { writeJson } from "../write-json.js";

export interface ImportCommandOptions extends ReadOptions, DatabaseOptions {
  readonly plan?: number;
  /** Import as the sub-plan (子计划) of this milestone. */
  readonly parentMilestone?: number;
  readonly dryRun?: boolean;
  readonly confirmRemovals?: boolean;
  readonly json?: boolean;
  /** A JSON file of corrections to the table as read (PlanCorrection[]). */
  readonly corrections?: string;
}

/** The removals a refused revision needed confirmed, listed before the error says why. */
const listUnconfirmed = (error: unknown, io: CliIo, language: Language): never => {
  if (error instanceof DubanError && error.code === "import.confirmation_required") {
    const { removals } = error.details as { removals: readonly MilestoneRemoval[] };
    io.stderr.write(renderRemovals(removals, language, false));
  }
  throw error;
};

const readInput = async (
  file: string,
  code: "import.invalid_file" | "import.invalid_corrections",
): Promise<Buffer> => {
  try {
    return await readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DubanError(
      code,
      message(`无法读取文件：${reason}`, `The file cannot be read: ${reason}`),
    );
  }
};

const readCorrectionsFile = async (file: string) =>
  readCorrections((await readInput(file, "import.invalid_corrections")).toString("utf8"));

const SAY = {
  zh: {
    created: (
      o: { planId: number; revision: number },
      tasks: number,
      milestones: number,
      dry: boolean,
    ) =>
      `${dry ? "将导入为" : "已导入"}计划 #${o.planId}（第${o.revision}版）：任务${tasks}项，节点计划${milestones}项`,
    revised: (o: { planId: number; revision: number }, dry: boolean) =>
      `${dry ? "将更新" : "已更新"}为第${o.revision}版（计划 #${o.planId}）`,
    unchanged: (revision: number, sameFile: boolean) =>
      `未改动：与第${revision}版相同（${sameFile ? "同一文件" : "内容相同"}）`,
    corrections: (applied: number, all: number) =>
      `应用了 ${applied} 条更正${applied < all ? `（另有 ${all - applied} 条未找到目标）` : ""}`,
    dryRun: "预演：未写入数据库",
  },
  en: {
    created: (
      o: { planId: number; revision: number },
      tasks: number,
      milestones: number,
      dry: boolean,
    ) =>
      `${dry ? "would import as" : "imported as"} plan #${o.planId} (revision ${o.revision}): ${tasks} tasks, ${milestones} milestones`,
    revised: (o: { planId: number; revision: number }, dry: boolean) =>
      `${dry ? "would update to" : "updated to"} revision ${o.revision} (plan #${o.planId})`,
    unchanged: (revision: number, sameFile: boolean) =>
      `unchanged: the same as revision ${revision} (${sameFile ? "the same file" : "the same content"})`,
    corrections: (applied: number, all: number) =>
      `applied ${applied} corrections${applied < all ? ` (${all - applied} more found no target)` : ""}`,
    dryRun: "dry run: nothing was written to the database",
  },
} as const;

/**
 * `duban import FILE [--plan ID] [--dry-run] [--confirm-removals] [--corrections FILE.json] [--json]`:
 * stores a table as a new plan, a revision of the plan named, or nothing
 * when it is already there, and says which.
 */
export const importCommand = (
  file: string,
  options: ImportCommandOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const bytes = await readInput(file, "import.invalid_file");
    const corrections =
      options.corrections === undefined
        ? undefined
        : await readCorrectionsFile(options.corrections);
    const progress = progressBar(io.stderr, language);
    const outcome = await importPlanFile(db, {
      bytes,
      fileName: basename(file),
      planId: options.plan,
      ...(options.parentMilestone === undefined
        ? {}
        : { parentMilestoneId: options.parentMilestone }),
      dryRun: options.dryRun === true,
      confirmRemovals: options.confirmRemovals === true,
      ...(corrections === undefined ? {} : { corrections }),
      actor: cliActor(io.env),
      year: options.year,
      title: options.title,
      issuer: options.issuer,
      onProgress: progress.listener,
    })
      .catch((error: unknown) => listUnconfirmed(error, io, language))
      .finally(progress.done);
    io.stderr.write(renderDiagnostics(outcome.diagnostics, language));
    if (options.json === true) {
      writeJson(io, importOutcomeJson(outcome));
      return EXIT.ok;
    }
    const say = SAY[language];
    const lines: string[] = [];
    if (outcome.kind === "unchanged") {
      lines.push(say.unchanged(outcome.revision, outcome.reason === "same_file"));
    } else if (outcome.kind === "created") {
      const { plan } = outcome;
      lines.push(say.created(outcome, plan.tasks.length, milestoneCount(plan), outcome.dryRun));
    } else {
      const before = await readPlan(db, cliActor(io.env), {
        planId: outcome.planId,
        revision: outcome.revision - 1,
      });
      io.stdout.write(renderPlanDiff(outcome.diff, before.content.plan, outcome.plan, language));
      lines.push(say.revised(outcome, outcome.dryRun));
    }
    if (outcome.kind !== "unchanged") {
      io.stdout.write(renderMatch(outcome.match, language));
      io.stdout.write(renderRemovals(outcome.removals, language, outcome.confirmationRequired));
    }
    if (outcome.corrections.length > 0) {
      lines.push(say.corrections(outcome.correctionsApplied, outcome.corrections.length));
    }
    if (outcome.dryRun) lines.push(say.dryRun);
    io.stdout.write(lines.map((line) => `${line}\n`).join(""));
    return EXIT.ok;
  });
