import { plansVisibleTo } from "../../services/plans.js";
import { cliActor } from "../cli-actor.js";
import { shortTime } from "../format-time.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { writeJson } from "../write-json.js";

export interface PlansOptions extends DatabaseOptions {
  readonly json?: boolean;
}

const HEAD = {
  zh: [
    "编号",
    "年度",
    "类别",
    "印发单位",
    "类型",
    "切片单位",
    "标题",
    "当前版本",
    "更新时间",
    "归档",
  ],
  en: [
    "id",
    "year",
    "category",
    "issuer",
    "kind",
    "slice of",
    "title",
    "revision",
    "updated",
    "archived",
  ],
} as const;

const KIND = {
  zh: { master: "总表", slice: "切片", sub: "子计划" },
  en: { master: "master", slice: "slice", sub: "sub-plan" },
};

const EMPTY = {
  zh: "还没有计划。用 duban import FILE 导入一张分解表。\n",
  en: "No plans yet. Import a table with duban import FILE.\n",
};

type PlanRow = Awaited<ReturnType<typeof plansVisibleTo>>[number];

const row = (plan: PlanRow, language: Language): string[] => [
  String(plan.id),
  String(plan.year),
  plan.category,
  plan.issuer ?? "",
  // A sub-plan is its lead unit's own, of a milestone: not a slice of a table.
  plan.parentMilestoneId === null
    ? KIND[language][plan.kind]
    : `${KIND[language].sub} #${String(plan.parentMilestoneId)}`,
  plan.ownerUnit ?? "",
  plan.title,
  String(plan.currentRevision),
  shortTime(plan.updatedAt),
  plan.archivedAt === null ? "" : shortTime(plan.archivedAt),
];

/** `duban plans [--json]`: the stored plans, newest year first, archived ones with the time. */
export const plansCommand = (
  options: PlansOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const plans = await plansVisibleTo(db, cliActor(io.env), "with_archived");
    if (options.json === true) writeJson(io, plans);
    else if (plans.length === 0) io.stdout.write(EMPTY[language]);
    else
      io.stdout.write(
        renderListTable(
          HEAD[language],
          plans.map((p) => row(p, language)),
        ),
      );
    return EXIT.ok;
  });
