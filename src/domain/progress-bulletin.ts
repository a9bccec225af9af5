import type { IsoDate } from "./iso-date.js";
import type { Light, MilestoneStatus } from "./milestone-status.js";
import type { Milestone, Task } from "./plan.js";
import type { TargetComparison } from "./target.js";

/**
 * The progress bulletin (进展情况通报) as of a day: everything its Word and
 * Excel renderings show, already counted and worded, so that both files say
 * the same and the exporters only lay it out.
 */
export interface ProgressBulletin {
  /** "2022年市科技局重点工作任务进展情况通报（截至6月30日）". */
  readonly title: string;
  /** "2022年第二季度" when the day closes a quarter, "2022年5月份" a month; else null. */
  readonly period: string | null;
  readonly asOf: IsoDate;
  /** The unit the bulletin is about; null for the whole plan. */
  readonly unit: string | null;
  /** The summary paragraph in the office's words. */
  readonly summary: string;
  /** Units by what they lead, best first (see rankUnits). */
  readonly units: readonly BulletinUnitLine[];
  /** Overdue milestones, longest overdue first. */
  readonly overdue: readonly BulletinMilestoneLine[];
  /** Milestones due soon, soonest first. */
  readonly dueSoon: readonly BulletinMilestoneLine[];
  /** Leaders' instructions (批示) not closed on the day. */
  readonly instructions: readonly BulletinInstructionLine[];
  /** The confirmed targets (量化指标) of the work covered, in plan order, as of the day. */
  readonly targets: readonly BulletinTargetLine[];
  /** The decomposition table's rows the bulletin covers, in plan order. */
  readonly tasks: readonly Task[];
  /** Each milestone of `tasks`: where it stands and what was last reported. */
  readonly progress: ReadonlyMap<Milestone, MilestoneProgress>;
}

export interface BulletinUnitLine {
  readonly unit: string;
  /** The milestones it leads (负责). */
  readonly responsible: number;
  readonly done: number;
  readonly onTime: number;
  readonly overdue: number;
  /** Done ÷ responsible; null when it leads nothing. */
  readonly completionRate: number | null;
}

export interface BulletinMilestoneLine {
  /** "204（1）": the task's 序号 and the step number as the table writes them. */
  readonly ref: string;
  readonly text: string;
  /** The lead units, or every unit when none is marked as lead. */
  readonly units: readonly string[];
  readonly due: IsoDate;
  /** Days overdue, or days left until due. */
  readonly days: number;
}

export interface BulletinInstructionLine {
  /** The leader as written ("市长"). */
  readonly issuedBy: string;
  readonly text: string;
  /** What it is on: "204（1）研发投入…" or a task. */
  readonly target: string;
  readonly issuedOn: IsoDate;
  readonly responseDue: IsoDate | null;
  /** Units that had answered by the day, in the order they answered. */
  readonly answeredBy: readonly string[];
}

export interface BulletinTargetLine {
  /** "202（5）" for a milestone's target, "202" for a task's own. */
  readonly ref: string;
  readonly subject: string;
  readonly comparison: TargetComparison;
  /** The value to compare with; null for a range, which has low and high. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unitOfMeasure: string;
  /** The latest actual dated up to the day. */
  readonly latest: { readonly value: number; readonly asOf: IsoDate } | null;
  /** Latest ÷ the value to reach; null before any actual, for at_most, or a value of 0. */
  readonly ratio: number | null;
  /** null while nothing is reported. */
  readonly light: Light | null;
}

export interface MilestoneProgress {
  readonly status: MilestoneStatus;
  readonly due: IsoDate | null;
  readonly completedOn: IsoDate | null;
  /** The latest progress report up to the day. */
  readonly latest: { readonly on: IsoDate; readonly text: string } | null;
}

const byRate = (a: number | null, b: number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;

/**
 * The ranking offices print: highest completion rate first, then fewest
 * overdue, then most led; units leading nothing are left out, having no rate.
 */
export const rankUnits = (lines: readonly BulletinUnitLine[]): BulletinUnitLine[] =>
  lines
    .filter((line) => line.responsible > 0)
    .sort(
      (a, b) =>
        byRate(a.completionRate, b.completionRate) ||
        a.overdue - b.overdue ||
        b.responsible - a.responsible ||
        a.unit.localeCompare(b.unit, "zh"),
    );
