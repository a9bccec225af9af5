import { deadlineText, dueDateOf, type Deadline } from "./deadline.js";
import { withoutInitialProgress } from "./initial-progress.js";
import { withoutSources } from "./plan-sources.js";
import { formatHeaderCounts } from "./plan-title.js";
import type { Milestone, Plan, Responsibility, Task } from "./plan.js";
import {
  matchMilestones,
  matchTasks,
  milestoneSlotsOf,
  type MatchOptions,
  taskKeysOf,
  type MilestoneSlot,
  type TaskMatch,
} from "./revision-match.js";

/**
 * What a revised table of the same plan changes: an office imports a new
 * version, and the history of every milestone recognised in it is kept.
 *
 * Tasks are paired first, so that a task inserted mid-table, which renumbers
 * every later task, is one added task rather than thousands of changed steps:
 * (1) same task key (序号 path, `taskKeyOf`) and title; (2) by title, see
 * "by text" below (renumbered tasks); (3) same key (title rewritten).
 *
 * Milestones are then paired, each pass seeing only what earlier ones left:
 * 1. By number: same step number (null matches null) and the same text in the
 *    paired task. Only identical texts pair here: one inserted step renumbers
 *    those after it, and trusting numbers first would report each of them as
 *    changed instead of one step as added.
 * 2. By text, first within the paired task, then anywhere (a step moved to
 *    another task, or renumbered): identical texts in table order, then
 *    greedily by descending `textSimilarity` (bigram Dice after dropping
 *    whitespace and punctuation), ties to the lower old then new position;
 *    only pairs reaching `minSimilarity` (default 0.6). Only leftovers of
 *    pass 1 are compared, which keeps a large plan with few changes fast; a
 *    text pass needing more than `maxTextComparisons` (default 2,000,000)
 *    comparisons is skipped and `textMatchSkipped` set (a wrong file imported
 *    as a revision must not hold the server for minutes).
 * 3. By number again: same step number in the paired task, whatever the text
 *    now says (a step rewritten in place).
 *
 * `matchedBy` is "number" when the step kept its number in the paired task,
 * "text" otherwise. A task that was only renumbered changes none of its
 * milestones; its task entry reports the new number.
 */

/** Where a milestone sits: its task's key (unique in the plan, `taskKeysOf`) and positions. */
export interface MilestoneRef {
  readonly taskKey: string;
  readonly taskIndex: number;
  readonly milestoneIndex: number;
}

export { taskKeyOf, taskKeysOf } from "./revision-match.js";

/**
 * In the order task, seq, text, units, deadline. "task" only when the step
 * moved to a task other than its own task's partner; "seq" whenever the
 * number changed. Absent values read "（无）".
 */
export interface MilestoneChange {
  readonly field: "text" | "units" | "deadline" | "seq" | "task";
  readonly before: string;
  readonly after: string;
}

export type MilestoneDiffEntry =
  | { readonly kind: "added"; readonly after: MilestoneRef }
  | { readonly kind: "removed"; readonly before: MilestoneRef }
  | {
      readonly kind: "changed";
      readonly before: MilestoneRef;
      readonly after: MilestoneRef;
      readonly changes: readonly MilestoneChange[];
      readonly matchedBy: "number" | "text";
    }
  | {
      readonly kind: "unchanged";
      readonly before: MilestoneRef;
      readonly after: MilestoneRef;
      readonly matchedBy: "number" | "text";
    };

/** In the order title, leads, other roles, persons, number. */
export interface TaskChange {
  readonly field: "title" | "leadUnits" | "otherRoles" | "persons" | "no";
  readonly before: string;
  readonly after: string;
}

/**
 * `taskKey` is the key in the plan the task is in (the old one for removed
 * tasks). A paired task is "changed" when its title, leads, other roles,
 * persons or number differ, or its key does; `beforeTaskKey` gives its old key.
 */
export interface TaskDiffEntry {
  readonly kind: "added" | "removed" | "changed";
  readonly taskKey: string;
  readonly beforeTaskKey?: string;
  readonly changes: readonly TaskChange[];
}

export interface PlanFieldChange {
  readonly field:
    "title" | "subtitle" | "year" | "issuer" | "ownerUnit" | "headerCounts" | "columns";
  readonly before: string;
  readonly after: string;
}

/**
 * Entries follow the new plan; a removed one comes right after the entry of
 * its nearest earlier old neighbour that was kept, or first when none was.
 */
export interface PlanDiff {
  readonly header: readonly PlanFieldChange[];
  readonly milestones: readonly MilestoneDiffEntry[];
  readonly tasks: readonly TaskDiffEntry[];
  /**
   * For each new task the old task it continues (`oldOf`, by index), and back
   * (`newOf`); null where none. Covers unchanged tasks, which `tasks` omits.
   */
  readonly taskPairing: {
    readonly oldOf: readonly (number | null)[];
    readonly newOf: readonly (number | null)[];
  };
  /** Milestone entries by kind. */
  readonly counts: {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
    readonly unchanged: number;
  };
  /**
   * The plans are equal in every field, also those no entry lists (remarks,
   * milestones' persons, outline headings, cooperating units, row order), so
   * a revision changing only those is not dropped as a no-op. Initial
   * progress and where the plan was read (`source`) are no plan content
   * and are not compared.
   */
  readonly identical: boolean;
  /** A text pass was skipped as too large: moved steps may show as removed and added. */
  readonly textMatchSkipped: boolean;
}

const NONE = "（无）";

const orNone = (value: string | number | null): string => (value === null ? NONE : String(value));

const definedKeys = (value: object): string[] =>
  Object.entries(value).flatMap(([key, v]) => (v === undefined ? [] : [key]));

/** Equal by value; a member set to undefined counts as absent. */
const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = definedKeys(a);
  const [recordA, recordB] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return (
    keys.length === definedKeys(b).length && keys.every((k) => sameValue(recordA[k], recordB[k]))
  );
};

const roleOf = (r: Responsibility): string =>
  r.role === "lead" ? "（牵头）" : r.role === "other" ? `（${r.roleLabel ?? "其他"}）` : "";

/** "市科技局（牵头）、市税务局": as written, with the role unless cooperating. */
export const renderUnits = (responsibilities: readonly Responsibility[]): string =>
  responsibilities.length === 0 ? NONE : responsibilities.map((r) => r.unit + roleOf(r)).join("、");

const deadlineChange = (before: Deadline, after: Deadline): MilestoneChange | null => {
  if (sameValue(before, after)) return null;
  const shown = (d: Deadline): string => (d.kind === "none" ? NONE : deadlineText(d));
  // The same wording read to another rule (the plan's year changed): show the rule.
  const ruled = (d: Deadline): string => `${shown(d)}（${dueDateOf(d) ?? d.kind}）`;
  const same = shown(before) === shown(after);
  const render = same ? ruled : shown;
  return { field: "deadline", before: render(before), after: render(after) };
};

const milestoneChanges = (
  before: Milestone,
  after: Milestone,
  movedFrom: readonly [string, string] | null,
): MilestoneChange[] => {
  const changes: MilestoneChange[] = [];
  const add = (field: MilestoneChange["field"], a: string, b: string): void => {
    if (a !== b) changes.push({ field, before: a, after: b });
  };
  if (movedFrom) add("task", movedFrom[0], movedFrom[1]);
  add("seq", orNone(before.seq), orNone(after.seq));
  add("text", before.text, after.text);
  // Rendering every pair's units costs more than the rest of the diff; most are equal.
  if (!sameValue(before.responsibilities, after.responsibilities)) {
    add("units", renderUnits(before.responsibilities), renderUnits(after.responsibilities));
  }
  const deadline = deadlineChange(before.deadline, after.deadline);
  if (deadline) changes.push(deadline);
  return changes;
};

/** The fields whose rendering differs, in the order given. */
const fieldChanges = <F extends string, T>(
  fields: readonly (readonly [F, (item: T) => string])[],
  before: T,
  after: T,
): { field: F; before: string; after: string }[] =>
  fields
    .map(([field, read]) => ({ field, before: read(before), after: read(after) }))
    .filter((c) => c.before !== c.after);

const listOrNone = (items: readonly string[], separator: string): string =>
  items.length === 0 ? NONE : items.join(separator);

const TASK_FIELDS = [
  ["title", (t: Task) => t.title],
  ["leadUnits", (t: Task) => listOrNone(t.leadUnits, "、")],
  [
    "otherRoles",
    (t: Task) =>
      listOrNone(
        t.otherRoles.map((role) => `${role.label}：${role.units.join("、")}`),
        "；",
      ),
  ],
  [
    "persons",
    (t: Task) =>
      listOrNone(
        t.persons.map((p) => `${p.name}（${p.role}）`),
        "、",
      ),
  ],
  ["no", (t: Task) => orNone(t.no)],
] as const;

const HEADER_FIELDS = [
  ["title", (p: Plan) => p.title],
  ["subtitle", (p: Plan) => orNone(p.subtitle)],
  ["year", (p: Plan) => orNone(p.year)],
  ["issuer", (p: Plan) => orNone(p.issuer)],
  ["ownerUnit", (p: Plan) => orNone(p.ownerUnit)],
  ["headerCounts", (p: Plan) => (p.headerCounts ? formatHeaderCounts(p.headerCounts) : NONE)],
  ["columns", (p: Plan) => p.columns.join("|")],
] as const;

interface Placed<T> {
  /** Null for an item that is not listed (unchanged task) but still anchors removed ones. */
  readonly entry: T | null;
  readonly oldIndex: number | null;
}

/** New-plan entries, each removed old item placed after its nearest kept old predecessor. */
const interleave = <T>(kept: readonly Placed<T>[], removedAt: readonly (T | null)[]): T[] => {
  const after = new Map<number, T[]>();
  let anchor = -1;
  removedAt.forEach((removed, i) => {
    if (removed === null) anchor = i;
    else if (after.has(anchor)) after.get(anchor)?.push(removed);
    else after.set(anchor, [removed]);
  });
  const listed: T[] = [...(after.get(-1) ?? [])];
  for (const { entry, oldIndex } of kept) {
    if (entry !== null) listed.push(entry);
    if (oldIndex !== null) for (const removed of after.get(oldIndex) ?? []) listed.push(removed);
  }
  return listed;
};

const diffTasks = (before: Plan, after: Plan, match: TaskMatch): TaskDiffEntry[] =>
  interleave<TaskDiffEntry>(
    after.tasks.map((task, j): Placed<TaskDiffEntry> => {
      const i = match.oldOf[j] ?? null;
      const taskKey = match.afterKeys[j] ?? "";
      const old = i === null ? undefined : before.tasks[i];
      if (i === null || old === undefined) {
        return { oldIndex: null, entry: { kind: "added", taskKey, changes: [] } };
      }
      const beforeTaskKey = match.beforeKeys[i] ?? "";
      const changes = fieldChanges(TASK_FIELDS, old, task);
      const changed = changes.length > 0 || beforeTaskKey !== taskKey;
      return {
        oldIndex: i,
        entry: changed ? { kind: "changed", taskKey, beforeTaskKey, changes } : null,
      };
    }),
    match.newOf.map((j, i) =>
      j === null ? { kind: "removed", taskKey: match.beforeKeys[i] ?? "", changes: [] } : null,
    ),
  );

interface Side {
  readonly plan: Plan;
  readonly slots: readonly MilestoneSlot[];
  readonly keys: readonly string[];
}

const refOf = (side: Side, slot: MilestoneSlot): MilestoneRef => ({
  taskKey: side.keys[slot.taskIndex] ?? "",
  taskIndex: slot.taskIndex,
  milestoneIndex: slot.milestoneIndex,
});

const milestoneAt = (side: Side, slot: MilestoneSlot): Milestone | undefined =>
  side.plan.tasks[slot.taskIndex]?.milestones[slot.milestoneIndex];

const placeMilestone = (
  old: Side,
  now: Side,
  tasks: TaskMatch,
  [i, slot]: readonly [number | null, MilestoneSlot],
): Placed<MilestoneDiffEntry> => {
  const oldSlot = i === null ? undefined : old.slots[i];
  const [a, b] = [oldSlot && milestoneAt(old, oldSlot), milestoneAt(now, slot)];
  if (i === null || !oldSlot || !a || !b) {
    return { oldIndex: null, entry: { kind: "added", after: refOf(now, slot) } };
  }
  const [before, after] = [refOf(old, oldSlot), refOf(now, slot)];
  const moved = tasks.newOf[oldSlot.taskIndex] !== slot.taskIndex;
  const matchedBy = !moved && a.seq === b.seq ? "number" : "text";
  const changes = milestoneChanges(a, b, moved ? [before.taskKey, after.taskKey] : null);
  const entry: MilestoneDiffEntry =
    changes.length === 0
      ? { kind: "unchanged", before, after, matchedBy }
      : { kind: "changed", before, after, changes, matchedBy };
  return { oldIndex: i, entry };
};

/** What `identical` compares: neither initial progress nor where the plan was read is content. */
const contentOf = (plan: Plan): Plan => withoutSources(withoutInitialProgress(plan));

/** The revision from `before` to `after`; the rules are in the module comment. */
export const diffPlans = (
  before: Plan,
  after: Plan,
  options: { readonly minSimilarity?: number; readonly maxTextComparisons?: number } = {},
): PlanDiff => {
  const match: MatchOptions = {
    minSimilarity: options.minSimilarity ?? 0.6,
    maxComparisons: options.maxTextComparisons ?? 2_000_000,
  };
  const tasks = matchTasks(before, after, match);
  const old: Side = { plan: before, slots: milestoneSlotsOf(before), keys: tasks.beforeKeys };
  const now: Side = { plan: after, slots: milestoneSlotsOf(after), keys: tasks.afterKeys };
  const pairing = matchMilestones(old.slots, now.slots, tasks, match);
  const milestones = interleave(
    now.slots.map((slot, j) => placeMilestone(old, now, tasks, [pairing.oldOf[j] ?? null, slot])),
    pairing.newOf.map((j, i): MilestoneDiffEntry | null => {
      const slot = old.slots[i];
      return j === null && slot ? { kind: "removed", before: refOf(old, slot) } : null;
    }),
  );
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const entry of milestones) counts[entry.kind] += 1;
  const header = fieldChanges(HEADER_FIELDS, before, after);
  const taskEntries = diffTasks(before, after, tasks);
  const listed = header.length + taskEntries.length + milestones.length - counts.unchanged;
  return {
    header,
    milestones,
    tasks: taskEntries,
    taskPairing: { oldOf: tasks.oldOf, newOf: tasks.newOf },
    counts,
    identical: listed === 0 && sameValue(contentOf(before), contentOf(after)),
    textMatchSkipped: tasks.skipped || pairing.skipped,
  };
};

/** What a first revision is compared with: a plan with no header and no tasks. */
export const EMPTY_PLAN: Plan = {
  title: "",
  subtitle: null,
  year: 0,
  issuer: null,
  ownerUnit: null,
  headerCounts: null,
  columns: [],
  tasks: [],
};

/**
 * `diffPlans(EMPTY_PLAN, after)` without pairing anything: with nothing
 * before, every task and milestone is added. A first import of a
 * province's table skips the matcher's text work this way.
 */
export const diffFromEmpty = (after: Plan): PlanDiff => {
  const keys = taskKeysOf(after);
  const milestones: MilestoneDiffEntry[] = [];
  after.tasks.forEach((task, taskIndex) => {
    const taskKey = keys[taskIndex] ?? "";
    task.milestones.forEach((_, milestoneIndex) => {
      milestones.push({ kind: "added", after: { taskKey, taskIndex, milestoneIndex } });
    });
  });
  const header = fieldChanges(HEADER_FIELDS, EMPTY_PLAN, after);
  const tasks = keys.map((taskKey): TaskDiffEntry => ({ kind: "added", taskKey, changes: [] }));
  const listed = header.length + tasks.length + milestones.length;
  return {
    header,
    milestones,
    tasks,
    taskPairing: { oldOf: keys.map(() => null), newOf: [] },
    counts: { added: milestones.length, removed: 0, changed: 0, unchanged: 0 },
    identical: listed === 0 && sameValue(contentOf(EMPTY_PLAN), contentOf(after)),
    textMatchSkipped: false,
  };
};
