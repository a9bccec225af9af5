import { message } from "../../domain/message.js";
import { planToJson } from "../../exporters/plan-json.js";
import { DubanError } from "../../services/duban-error.js";
import { listPlanRevisions, readPlan, summarizeRevisions } from "../../services/plans.js";
import { cliActor } from "../cli-actor.js";
import { shortTime } from "../format-time.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { writeJson } from "../write-json.js";
import { writePlan } from "../write-plan.js";

export interface ShowOptions extends DatabaseOptions {
  readonly revision?: number;
  readonly json?: boolean;
}

type RevisionJson = Awaited<ReturnType<typeof summarizeRevisions>>[number];

const SHA_SHOWN = 12;

const TEXT = {
  zh: {
    head: ["版本", "导入时间", "文件", "SHA-256", "导入人", "节点计划变化"],
    counts: (c: RevisionJson["counts"]) =>
      `新增${c.added} 删除${c.removed} 修改${c.changed} 未变${c.unchanged}`,
    shown: (id: number, shown: number, current: number) =>
      `计划 #${id}：显示第${shown}版，当前第${current}版。修订记录：`,
  },
  en: {
    head: ["rev", "imported", "file", "SHA-256", "by", "milestones"],
    counts: (c: RevisionJson["counts"]) =>
      `+${c.added} -${c.removed} ~${c.changed} =${c.unchanged}`,
    shown: (id: number, shown: number, current: number) =>
      `Plan #${id}: revision ${shown} shown, ${current} current. Revisions:`,
  },
} as const;

const noSuchRevision = (id: number, revision: number, current: number): DubanError =>
  new DubanError(
    "plan.not_found",
    message(
      `计划 #${id} 没有第${revision}版（共${current}版）`,
      `Plan #${id} has no revision ${revision} (it has ${current})`,
    ),
  );

/** `duban show PLAN [--revision N] [--json]`: a stored plan as a table, and its revisions. */
export const showCommand = (
  planId: number,
  options: ShowOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const actor = cliActor(io.env);
    const stored = await listPlanRevisions(db, actor, planId);
    // Revisions are numbered from 1 in order: the last is the one in force.
    const current = stored.at(-1)?.number ?? 0;
    const revision = options.revision ?? current;
    if (revision > current) throw noSuchRevision(planId, revision, current);
    const { row: plan, content } = await readPlan(db, actor, { planId, revision });
    const revisions = await summarizeRevisions(db, stored);
    if (options.json === true) {
      writeJson(io, { ...plan, revision, revisions, plan: planToJson(content.plan) });
      return EXIT.ok;
    }
    const text = TEXT[language];
    writePlan(io, content.plan, {}, language);
    io.stdout.write(`\n${text.shown(planId, revision, plan.currentRevision)}\n`);
    io.stdout.write(
      renderListTable(
        text.head,
        revisions.map((r) => [
          r.number,
          shortTime(r.createdAt),
          r.file.name,
          r.file.sha256.slice(0, SHA_SHOWN),
          r.actor,
          text.counts(r.counts),
        ]),
      ),
    );
    return EXIT.ok;
  });
