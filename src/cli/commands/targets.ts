import type { IsoDate } from "../../domain/iso-date.js";
import { COMPARISON_WORDS } from "../../domain/target.js";
import { listTargets } from "../../services/targets/list-targets.js";
import type { TargetView } from "../../services/targets/target-view.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { writeJson } from "../write-json.js";

export interface TargetsOptions extends DatabaseOptions {
  readonly plan: number;
  readonly asOf?: IsoDate;
  readonly json?: boolean;
}

const TEXT = {
  zh: {
    head: ["序号", "指标", "比较", "目标值", "计量单位", "原文", "最新实际值", "灯", "状态"],
    light: { red: "红", yellow: "黄", green: "绿" },
    state: { proposed: "待确认", confirmed: "已确认", dismissed: "已排除" },
    added: "（新增）",
    none: (asOf: string) => `截至 ${asOf}，该计划没有可见的量化指标`,
    summary: (asOf: string, n: number, confirmed: number) =>
      `截至 ${asOf}：共 ${n} 项量化指标，已确认 ${confirmed} 项`,
  },
  en: {
    head: [
      "task",
      "subject",
      "comparison",
      "value",
      "unit",
      "source",
      "latest actual",
      "light",
      "state",
    ],
    light: { red: "red", yellow: "yellow", green: "green" },
    state: { proposed: "proposed", confirmed: "confirmed", dismissed: "dismissed" },
    added: "(added)",
    none: (asOf: string) => `As of ${asOf} the plan has no targets you may see`,
    summary: (asOf: string, n: number, confirmed: number) =>
      `As of ${asOf}: ${n} targets, ${confirmed} confirmed`,
  },
} as const;

/** "202（5）" for a milestone's target, "202" for a task's own. */
const placeOf = (t: TargetView): string =>
  `${t.taskNo === null ? "" : String(t.taskNo)}${t.milestoneSeq === null ? "" : `（${String(t.milestoneSeq)}）`}`;

const valueOf = (t: TargetView): string =>
  t.comparison === "range" ? `${String(t.low)}～${String(t.high)}` : String(t.value);

/**
 * `duban targets --plan ID [--as-of DAY] [--json]`: each target of the plan
 * with its subject, comparison, value, unit of measure, the words it was
 * read from, the latest actual and its light; JSON with the API's fields.
 */
export const targetsCommand = (
  options: TargetsOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const asOf = options.asOf ?? (await cliOfficeClock(db, io.env)).today();
    const items = await listTargets(db, cliActor(io.env), { planId: options.plan, asOf });
    if (options.json === true) {
      writeJson(io, { planId: options.plan, asOf, items });
      return EXIT.ok;
    }
    const text = TEXT[language];
    if (items.length === 0) {
      io.stdout.write(`${text.none(asOf)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(
      renderListTable(
        text.head,
        items.map((t) => [
          placeOf(t),
          t.subject,
          COMPARISON_WORDS[t.comparison][language],
          valueOf(t),
          t.unitOfMeasure,
          t.span?.text ?? text.added,
          t.latestActual === null
            ? ""
            : `${String(t.latestActual.value)}（${t.latestActual.asOf}）`,
          t.progress.light === null ? "" : text.light[t.progress.light],
          text.state[t.state],
        ]),
      ),
    );
    const confirmed = items.filter((t) => t.state === "confirmed").length;
    io.stdout.write(`${text.summary(asOf, items.length, confirmed)}\n`);
    return EXIT.ok;
  });
