import type { IsoDate } from "../../domain/iso-date.js";
import type { StatusRollup } from "../../domain/status-rollup.js";
import { planStatus, type PlanStatusReport } from "../../services/plan-status.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { writeJson } from "../write-json.js";
import { cliOfficeClock } from "../cli-office-clock.js";

export interface StatusOptions extends DatabaseOptions {
  readonly plan: number;
  readonly asOf?: IsoDate;
  readonly unit?: string;
  readonly json?: boolean;
}

/**
 * The JSON scripts rely on (issue contract): asOf, counts, and per milestone
 * taskNo, seq, status, light, due; then whatever else helps.
 */
const statusJson = (report: PlanStatusReport) => ({
  asOf: report.asOf,
  planId: report.planId,
  unit: report.unit?.name ?? null,
  counts: report.counts,
  total: report.total,
  completionRate: report.completionRate,
  onTimeRate: report.onTimeRate,
  cooperating: report.cooperating,
  milestones: report.milestones.map((m) => ({
    id: m.id,
    taskNo: m.taskNo,
    seq: m.seq,
    status: m.status,
    light: m.light,
    due: m.due,
    completedOn: m.completedOn,
    late: m.late,
    reportMissing: m.reportMissing,
    escalationLevel: m.escalationLevel,
    ...(m.role === undefined ? {} : { role: m.role }),
  })),
  byUnit: report.byUnit,
});

const TEXT = {
  zh: {
    head: ["序号", "节点", "状态", "灯", "完成时限", "完成日期"],
    status: {
      done: "已完成",
      overdue: "逾期",
      due_soon: "临期",
      in_progress: "推进中",
      not_started: "未启动",
    },
    light: { red: "红", yellow: "黄", green: "绿" },
    summary: (asOf: string, r: StatusRollup) =>
      `截至 ${asOf}：共 ${r.total} 项，已完成 ${r.counts.done}，逾期 ${r.counts.overdue}，临期 ${r.counts.dueSoon}，推进中 ${r.counts.inProgress}，未启动 ${r.counts.notStarted}`,
    cooperating: (r: StatusRollup) =>
      `另配合 ${r.total} 项：已完成 ${r.counts.done}，逾期 ${r.counts.overdue}`,
  },
  en: {
    head: ["task", "step", "status", "light", "due", "done on"],
    status: {
      done: "done",
      overdue: "overdue",
      due_soon: "due soon",
      in_progress: "in progress",
      not_started: "not started",
    },
    light: { red: "red", yellow: "yellow", green: "green" },
    summary: (asOf: string, r: StatusRollup) =>
      `As of ${asOf}: ${r.total} milestones, ${r.counts.done} done, ${r.counts.overdue} overdue, ${r.counts.dueSoon} due soon, ${r.counts.inProgress} in progress, ${r.counts.notStarted} not started`,
    cooperating: (r: StatusRollup) =>
      `Cooperating on ${r.total} more: ${r.counts.done} done, ${r.counts.overdue} overdue`,
  },
} as const;

/**
 * `duban status --plan ID [--as-of DATE] [--unit NAME] [--json]`: every
 * milestone's status and light on a day, with the counts; for a unit, its
 * own figures and what it cooperates on apart.
 */
export const statusCommand = (
  options: StatusOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const asOf = options.asOf ?? (await cliOfficeClock(db, io.env)).today();
    const report = await planStatus(db, cliActor(io.env), {
      planId: options.plan,
      asOf,
      ...(options.unit === undefined ? {} : { unit: options.unit }),
    });
    if (options.json === true) {
      writeJson(io, statusJson(report));
      return EXIT.ok;
    }
    const text = TEXT[language];
    io.stdout.write(
      renderListTable(
        text.head,
        report.milestones.map((m) => [
          m.taskNo ?? "",
          m.seq ?? "",
          text.status[m.status],
          m.status === "done" ? "✓" : text.light[m.light],
          m.due ?? "",
          m.completedOn ?? "",
        ]),
      ),
    );
    io.stdout.write(`${text.summary(report.asOf, report)}\n`);
    if (report.cooperating !== null) io.stdout.write(`${text.cooperating(report.cooperating)}\n`);
    return EXIT.ok;
  });
