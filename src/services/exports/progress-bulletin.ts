import type { Database } from "../../db/database.js";
import type { StoredPlanContent } from "../../db/queries/plan-content.js";
import { bulletinPeriod, bulletinTitle, summaryText } from "../../domain/bulletin-words.js";
import { daysBetween, isoDateIn, type IsoDate } from "../../domain/iso-date.js";
import { DEFAULT_OFFICE_TIME_ZONE } from "../office-clock.js";
import { leadUnitsOf, unitsOf, type Milestone, type Task } from "../../domain/plan.js";
import {
  rankUnits,
  type BulletinInstructionLine,
  type BulletinMilestoneLine,
  type BulletinTargetLine,
  type MilestoneProgress,
  type ProgressBulletin,
} from "../../domain/progress-bulletin.js";
import { countTaskStatuses } from "../../domain/task-status.js";
import type { Actor } from "../../policies/actor.js";
import { listInstructions, type InstructionView } from "../instructions.js";
import { latestReports } from "../milestones.js";
import {
  findUnit,
  planStatus,
  type MilestoneStatusLine,
  type PlanStatusReport,
} from "../plan-status.js";
import { authorizeUnitPart, readPlan } from "../plans.js";
import { viewerScope } from "../access/viewer-scope.js";
import { listTargets } from "../targets/list-targets.js";
import type { TargetView } from "../targets/target-view.js";

export interface BulletinRequest {
  readonly planId: number;
  readonly asOf: IsoDate;
  /** A unit by id (the API) or by name or alias (the command line): its bulletin. */
  readonly unit?: string | number;
}

interface PlacedMilestone {
  readonly task: Task;
  readonly milestone: Milestone;
}

const refOf = (task: Task, milestone: Milestone): string =>
  milestone.seq === null ? task.label : `${task.label}（${String(milestone.seq)}）`;

const milestoneLine = (
  { task, milestone }: PlacedMilestone,
  line: MilestoneStatusLine & { readonly due: IsoDate },
  days: number,
): BulletinMilestoneLine => {
  const leads = leadUnitsOf(milestone);
  return {
    ref: refOf(task, milestone),
    text: milestone.text,
    units: leads.length > 0 ? leads : unitsOf(milestone),
    due: line.due,
    days,
  };
};

const dated = (line: MilestoneStatusLine): line is MilestoneStatusLine & { due: IsoDate } =>
  line.due !== null;

/** The overdue and due-soon lists, from the status lines planStatus rated. */
const attentionLists = (status: PlanStatusReport, placed: ReadonlyMap<number, PlacedMilestone>) => {
  const list = (wanted: MilestoneStatusLine["status"], days: (due: IsoDate) => number) =>
    status.milestones
      .filter((line) => line.status === wanted)
      .filter(dated)
      .flatMap((line) => {
        const where = placed.get(line.id);
        return where ? [milestoneLine(where, line, days(line.due))] : [];
      });
  return {
    overdue: list("overdue", (due) => daysBetween(due, status.asOf)).sort(
      (a, b) => b.days - a.days,
    ),
    dueSoon: list("due_soon", (due) => daysBetween(status.asOf, due)).sort(
      (a, b) => a.days - b.days,
    ),
  };
};

const targetText = (view: InstructionView): string => {
  const { taskNo, seq, text } = view.target;
  const ref =
    taskNo === null ? "" : seq === null ? String(taskNo) : `${String(taskNo)}（${String(seq)}）`;
  return [ref, text ?? "（已删除）"].filter((part) => part !== "").join(" ");
};

/**
 * Instructions not closed on the day (entered by then, closed after it or
 * not at all), with the units that had answered by then.
 */
const openInstructions = (
  views: readonly InstructionView[],
  asOf: IsoDate,
  covers: (view: InstructionView) => boolean,
): BulletinInstructionLine[] => {
  // The day an instruction was entered, answered or closed on, in the server's default zone
  // (DUBAN_TIMEZONE), which exports do not carry.
  const dayOf = (stamp: string) => isoDateIn(new Date(stamp), DEFAULT_OFFICE_TIME_ZONE);
  return views
    .filter((view) => dayOf(view.createdAt) <= asOf)
    .filter((view) => view.closedAt === null || dayOf(view.closedAt) > asOf)
    .filter(covers)
    .map((view) => ({
      issuedBy: view.issuedBy,
      text: view.text,
      target: targetText(view),
      issuedOn: dayOf(view.createdAt),
      responseDue: view.responseDue,
      answeredBy: [
        ...new Set(view.responses.filter((r) => dayOf(r.createdAt) <= asOf).map((r) => r.unit)),
      ],
    }));
};

/** A confirmed target as the bulletin lists it. */
const targetLine = (view: TargetView): BulletinTargetLine => ({
  ref: `${view.taskNo === null ? "" : String(view.taskNo)}${view.milestoneSeq === null ? "" : `（${String(view.milestoneSeq)}）`}`,
  subject: view.subject,
  comparison: view.comparison,
  value: view.value,
  low: view.low,
  high: view.high,
  unitOfMeasure: view.unitOfMeasure,
  latest:
    view.latestActual === null
      ? null
      : { value: view.latestActual.value, asOf: view.latestActual.asOf },
  ratio: view.progress.ratio,
  light: view.progress.light,
});

/**
 * The plan's rows whose milestones the figures count, in plan order, with
 * each milestone placed by its id. A task without milestones has no status
 * to report, so it is left out.
 */
const coveredRows = (content: StoredPlanContent, covered: ReadonlySet<number>) => {
  const placed = new Map<number, PlacedMilestone>();
  const tasks: Task[] = [];
  const taskIds = new Set<number>();
  content.plan.tasks.forEach((task, t) => {
    const ids = content.milestones[t] ?? [];
    const kept = task.milestones.filter((_, m) => covered.has(ids[m]?.id ?? -1));
    if (kept.length === 0) return;
    const shown: Task = { ...task, milestones: kept };
    tasks.push(shown);
    taskIds.add(content.tasks[t]?.id ?? -1);
    task.milestones.forEach((milestone, m) => {
      const id = ids[m]?.id;
      if (id !== undefined && covered.has(id)) placed.set(id, { task: shown, milestone });
    });
  });
  return { tasks, taskIds, placed };
};

/**
 * The progress bulletin of a plan (or of one unit's part) as of a day.
 * Every figure comes from planStatus, the dashboard's source, for the same
 * actor, plan, day and unit; this only words and arranges them, adding the
 * plan's rows, the latest reports and the open instructions.
 */
export const progressBulletin = async (
  db: Database,
  actor: Actor,
  request: BulletinRequest,
): Promise<ProgressBulletin> => {
  const { row, content } = await readPlan(db, actor, { planId: request.planId });
  // A unit's bulletin is its part of the plan: the office may have any unit's, a unit its own.
  if (request.unit !== undefined) {
    const unit = await findUnit(db, request.unit);
    await authorizeUnitPart(db, actor, await viewerScope(db, actor), unit.id);
  }
  const status = await planStatus(db, actor, request);

  const { tasks, taskIds, placed } = coveredRows(
    content,
    new Set(status.milestones.map((line) => line.id)),
  );

  const latest = await latestReports(db, [...placed.keys()], status.asOf);
  const progress = new Map<Milestone, MilestoneProgress>();
  for (const line of status.milestones) {
    const where = placed.get(line.id);
    if (!where) continue;
    const report = latest.get(line.id);
    progress.set(where.milestone, {
      status: line.status,
      due: line.due,
      completedOn: line.completedOn,
      latest: report === undefined ? null : { on: report.on, text: report.text },
    });
  }

  const milestoneIds = new Set(placed.keys());
  const instructions = openInstructions(
    await listInstructions(db, actor, { planId: request.planId }),
    status.asOf,
    (view) =>
      status.unit === null ||
      (view.targetType === "milestone" ? milestoneIds : taskIds).has(view.targetId),
  );

  // The same day and unit as the figures; only what the office confirmed counts.
  const targets = await listTargets(db, actor, {
    planId: request.planId,
    asOf: status.asOf,
    state: "confirmed",
    ...(request.unit === undefined ? {} : { unit: request.unit }),
  });

  const unitName = status.unit?.name ?? null;
  return {
    title: bulletinTitle(row.year, unitName ?? content.plan.ownerUnit, status.asOf),
    period: bulletinPeriod(status.asOf),
    asOf: status.asOf,
    unit: unitName,
    summary: summaryText({
      asOf: status.asOf,
      unit: unitName,
      tasks: countTaskStatuses(status.byTask.map((task) => task.rollup)),
      milestones: status,
      cooperating: status.cooperating?.total ?? null,
      openInstructions: instructions.length,
    }),
    units: rankUnits(
      status.byUnit.map(({ unit, lead }) => ({
        unit,
        responsible: lead.total,
        done: lead.counts.done,
        onTime: lead.onTime,
        overdue: lead.counts.overdue,
        completionRate: lead.completionRate,
      })),
    ),
    ...attentionLists(status, placed),
    instructions,
    targets: targets.map(targetLine),
    tasks,
    progress,
  };
};
