import type { Database } from "../../db/database.js";
import { refreshStatistics } from "../../db/statistics.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  carriedOutOf,
  insertCarryOvers,
  lockCarryOverSource,
} from "../../db/queries/carry-overs.js";
import { loadPlanContent } from "../../db/queries/plan-content.js";
import { findPlan, setPlanCategory } from "../../db/queries/plans.js";
import { readPlanSettings, writePlanSettings } from "../../db/queries/plan-settings.js";
import { carryOver } from "../../domain/carry-over.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import { planToXlsx } from "../../exporters/plan-xlsx.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor } from "../authorize.js";
import { DubanError, planNotFound } from "../duban-error.js";
import { writeReadPlan } from "../import-plan-file.js";
import { proposeNextYear } from "./next-year-proposal.js";

/** The most milestones one request may pick: a province's plan, with room to spare. */
export const MAX_CARRIED_MILESTONES = 20_000;

export interface NextYearPlan {
  readonly planId: number;
  readonly title: string;
  readonly year: number;
  /** Each carried milestone: its id in the new plan and the old one it came from. */
  readonly carried: readonly { readonly id: number; readonly from: number }[];
  /** Whether the working-day calendar holds the new year's holidays; false: warn. */
  readonly holidaysLoaded: boolean;
}

const notCarriable = (ids: readonly number[]): DubanError =>
  new DubanError(
    "plan.invalid_input",
    message(
      `节点 ${ids.map((id) => `#${String(id)}`).join("、")} 不是原计划中未完成的节点，不能结转`,
      `Milestone(s) ${ids.map((id) => `#${String(id)}`).join(", ")} are not unfinished milestones of the old plan and cannot be carried over`,
    ),
    { field: "body.milestoneIds" },
  );

const carriedAlready = (ids: readonly number[]): DubanError =>
  new DubanError(
    "plan.conflict",
    message(
      `节点 ${ids.map((id) => `#${String(id)}`).join("、")} 已结转到其他计划，每个节点只能结转一次`,
      `Milestone(s) ${ids.map((id) => `#${String(id)}`).join(", ")} were carried into another plan already; a milestone is carried once`,
    ),
    { field: "body.milestoneIds" },
  );

const samePlanThere = (planId: number): DubanError =>
  new DubanError(
    "plan.conflict",
    message(
      `已有内容相同的计划 #${String(planId)}，未新建`,
      `Plan #${String(planId)} holds the same content already; nothing was created`,
    ),
  );

/**
 * Starts next year's plan from an old one (结转), as one transaction: the
 * picked unfinished milestones with their tasks, deadlines moved into the
 * new year, written by the import's own plan writer as the new plan's first
 * revision (its source file the new table as .xlsx), each linked to the
 * milestone it came from; the old plan's category and settings (reminder
 * rules among them) go with it. Units and their contacts are the office's
 * directory, which every plan shares. Picking nothing (`--carry none`)
 * starts an empty plan with the settings.
 */
export const createNextYearPlan = async (
  db: Database,
  actor: Actor,
  input: {
    readonly planId: number;
    readonly year: number;
    readonly milestoneIds: readonly number[];
    readonly asOf: IsoDate;
  },
  now: Date,
): Promise<NextYearPlan> => {
  const proposal = await proposeNextYear(db, actor, input);
  const picked = new Set(input.milestoneIds);
  const candidates = new Map(proposal.candidates.map((c) => [c.milestoneId, c]));
  const unknown = [...picked].filter((id) => !candidates.has(id));
  if (unknown.length > 0) throw notCarriable(unknown);
  const stamp = now.toISOString();
  const created = await writeTransaction(db, async (trx) => {
    await lockCarryOverSource(trx, db.dialect, proposal.from.id);
    const taken = await carriedOutOf(trx, proposal.from.id);
    const already = [...picked].filter((id) => taken.has(id));
    if (already.length > 0) throw carriedAlready(already);
    const revision = (await findPlan(trx, proposal.from.id))?.currentRevision ?? 0;
    const old = await loadPlanContent(trx, proposal.from.id, revision);
    if (!old) throw planNotFound(proposal.from.id);
    const next = carryOver(
      { plan: old.plan, milestoneIds: old.milestones.map((ms) => ms.map((m) => m.id)) },
      picked,
      input.year,
    );
    // A revision imported since the proposal may have removed one.
    const found = new Set(next.carried.map((place) => place.from));
    const gone = [...picked].filter((id) => !found.has(id));
    if (gone.length > 0) throw notCarriable(gone);
    const written = await writeReadPlan(
      trx,
      db.dialect,
      { bytes: await planToXlsx(next.plan), fileName: `${next.plan.title}.xlsx`, actor },
      { ok: true, plan: next.plan, format: "xlsx", diagnostics: [] },
      stamp,
      // Next year's plan is a plan of its own, never a sub-plan.
      null,
    );
    if (written.kind === "unchanged") throw samePlanThere(written.planId);
    const stored = await loadPlanContent(trx, written.planId, written.revision);
    const links = next.carried.map((place) => {
      const milestoneId = stored?.milestones[place.taskIndex]?.[place.milestoneIndex]?.id;
      if (milestoneId === undefined) throw new Error("a carried milestone was not written");
      return {
        milestoneId,
        planId: written.planId,
        fromMilestoneId: place.from,
        fromPlanId: proposal.from.id,
      };
    });
    await insertCarryOvers(trx, links, stamp);
    await setPlanCategory(trx, written.planId, proposal.from.category);
    const settings = (await readPlanSettings(trx, [proposal.from.id])).get(proposal.from.id);
    if (settings !== undefined && settings.version > 0) {
      await writePlanSettings(trx, written.planId, settings.settings, 0, stamp);
    }
    const carried = links.map((link) => ({ id: link.milestoneId, from: link.fromMilestoneId }));
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "plan.carried_over",
        objectType: "plan",
        objectId: written.planId,
        after: { fromPlanId: proposal.from.id, year: input.year, milestones: carried },
      },
      stamp,
    );
    return { planId: written.planId, title: next.plan.title, carried };
  });
  await refreshStatistics(db);
  return { ...created, year: input.year, holidaysLoaded: proposal.holidaysLoaded };
};
