import type { Plan, Task } from "./plan.js";
import { bigramsOf, similarityText, similarPairs, type Bigrams } from "./text-similarity.js";

/**
 * Pairs the tasks and milestones of a revised table with the old ones. The
 * rules are stated in revision-diff.ts, which reports what the pairs differ in.
 */

/** The 序号 path of a task: outline labels, then its label ("一/3", "202"); its title when unlabelled. */
export const taskKeyOf = (task: Task): string =>
  [
    ...task.outline.map((h) => h.label),
    task.label === "" ? `title:${task.title}` : task.label,
  ].join("/");

/** Task keys of a plan, a repeated key suffixed "#2", "#3" … so each names one task. */
export const taskKeysOf = (plan: Plan): string[] => {
  const seen = new Map<string, number>();
  return plan.tasks.map((task) => {
    const key = taskKeyOf(task);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
};

export interface MatchOptions {
  readonly minSimilarity: number;
  /** Text comparisons one similarity pass may make before it is skipped. */
  readonly maxComparisons: number;
}

/** For each old item its new partner and back; null where unpaired. */
export interface Pairing {
  readonly newOf: (number | null)[];
  readonly oldOf: (number | null)[];
  /** A similarity pass was skipped for exceeding `maxComparisons`; set as passes run. */
  skipped: boolean;
}

const emptyPairing = (oldCount: number, newCount: number): Pairing => ({
  newOf: new Array<number | null>(oldCount).fill(null),
  oldOf: new Array<number | null>(newCount).fill(null),
  skipped: false,
});

const pair = (pairing: Pairing, oldIndex: number, newIndex: number): void => {
  pairing.newOf[oldIndex] = newIndex;
  pairing.oldOf[newIndex] = oldIndex;
};

const freeOld = (p: Pairing, olds: readonly number[]) => olds.filter((i) => p.newOf[i] === null);
const freeNew = (p: Pairing, news: readonly number[]) => news.filter((j) => p.oldOf[j] === null);

/** Pairs free items of equal key (null: never), the k-th new with the k-th old in table order. */
const pairEqual = (
  pairing: Pairing,
  olds: readonly number[],
  news: readonly number[],
  oldKey: (i: number) => string | null,
  newKey: (j: number) => string | null,
): void => {
  const queues = new Map<string, number[]>();
  for (const i of freeOld(pairing, olds)) {
    const key = oldKey(i);
    const queue = key === null ? undefined : queues.get(key);
    if (queue) queue.push(i);
    else if (key !== null) queues.set(key, [i]);
  }
  for (const j of freeNew(pairing, news)) {
    const key = newKey(j);
    const i = key === null ? undefined : queues.get(key)?.shift();
    if (i !== undefined) pair(pairing, i, j);
  }
};

type Text = (index: number) => string;

/** A side's texts as compared, each reduced and split once however many passes ask. */
interface Compared {
  readonly reduced: Text;
  readonly grams: (index: number) => Bigrams;
}

const compared = (text: Text): Compared => {
  const reduced: (string | undefined)[] = [];
  const grams: (Bigrams | undefined)[] = [];
  const reducedOf = (i: number): string => (reduced[i] ??= similarityText(text(i)));
  return { reduced: reducedOf, grams: (i) => (grams[i] ??= bigramsOf(reducedOf(i))) };
};

/** Too short for a bigram: never recognised by text. */
const recognisable = (text: string): string | null => (text.length < 2 ? null : text);

/**
 * Identical texts first (in table order), then greedily by descending
 * similarity; ties go to the lower old, then the lower new index.
 */
const pairBySimilarity = (
  pairing: Pairing,
  [olds, news]: readonly [readonly number[], readonly number[]],
  [oldText, newText]: readonly [Compared, Compared],
  options: MatchOptions,
): void => {
  const oldKey = (i: number) => recognisable(oldText.reduced(i));
  pairEqual(pairing, olds, news, oldKey, (j) => recognisable(newText.reduced(j)));
  const [freeOlds, freeNews] = [freeOld(pairing, olds), freeNew(pairing, news)];
  if (freeOlds.length === 0 || freeNews.length === 0) return;
  const found = similarPairs(
    freeOlds.map(oldText.grams),
    freeNews.map(newText.grams),
    options.minSimilarity,
    options.maxComparisons,
  );
  if (found === null) {
    pairing.skipped = true;
    return;
  }
  const pairs = found
    .map((p) => ({ old: freeOlds[p.old] ?? -1, new: freeNews[p.new] ?? -1, sim: p.similarity }))
    .sort((a, b) => b.sim - a.sim || a.old - b.old || a.new - b.new);
  for (const p of pairs) {
    if (pairing.newOf[p.old] === null && pairing.oldOf[p.new] === null) pair(pairing, p.old, p.new);
  }
};

export interface TaskMatch extends Pairing {
  readonly beforeKeys: readonly string[];
  readonly afterKeys: readonly string[];
}

const indices = (length: number): number[] => Array.from({ length }, (_, i) => i);

/** Same key and title; then title (tasks renumbered); then same key (title rewritten). */
export const matchTasks = (before: Plan, after: Plan, options: MatchOptions): TaskMatch => {
  const beforeKeys = taskKeysOf(before);
  const afterKeys = taskKeysOf(after);
  const pairing = emptyPairing(before.tasks.length, after.tasks.length);
  const oldByKey = new Map(beforeKeys.map((key, i) => [key, i]));
  const oldTitle: Text = (i) => before.tasks[i]?.title ?? "";
  const newTitle: Text = (j) => after.tasks[j]?.title ?? "";
  const byKey = (sameTitle: boolean) => {
    afterKeys.forEach((key, j) => {
      const i = oldByKey.get(key);
      if (i === undefined || pairing.newOf[i] !== null || pairing.oldOf[j] !== null) return;
      if (!sameTitle || oldTitle(i) === newTitle(j)) pair(pairing, i, j);
    });
  };
  byKey(true);
  const all = [indices(before.tasks.length), indices(after.tasks.length)] as const;
  pairBySimilarity(pairing, all, [compared(oldTitle), compared(newTitle)], options);
  byKey(false);
  return { ...pairing, beforeKeys, afterKeys };
};

/** A milestone with where it sits. */
export interface MilestoneSlot {
  readonly taskIndex: number;
  readonly milestoneIndex: number;
  readonly seq: number | null;
  readonly text: string;
}

export const milestoneSlotsOf = (plan: Plan): MilestoneSlot[] =>
  plan.tasks.flatMap((task, taskIndex) =>
    task.milestones.map(({ seq, text }, milestoneIndex) => ({
      taskIndex,
      milestoneIndex,
      seq,
      text,
    })),
  );

/** Slot indices per task. */
const byTask = (slots: readonly MilestoneSlot[], taskCount: number): number[][] => {
  const groups = Array.from({ length: taskCount }, (): number[] => []);
  slots.forEach((slot, i) => groups[slot.taskIndex]?.push(i));
  return groups;
};

/**
 * Pairs milestones (indices into the slot lists): same step number and text in
 * the paired task; then by text within the paired task, then anywhere; then
 * same step number in the paired task.
 */
export const matchMilestones = (
  before: readonly MilestoneSlot[],
  after: readonly MilestoneSlot[],
  tasks: TaskMatch,
  options: MatchOptions,
): Pairing => {
  const pairing = emptyPairing(before.length, after.length);
  const oldGroups = byTask(before, tasks.newOf.length);
  const newGroups = byTask(after, tasks.oldOf.length);
  const taskPairs = tasks.oldOf.flatMap((i, j) =>
    i === null ? [] : [[oldGroups[i] ?? [], newGroups[j] ?? []] as const],
  );
  const seqOf = (slots: readonly MilestoneSlot[]) => (i: number) => String(slots[i]?.seq ?? "");
  const textOf = (slots: readonly MilestoneSlot[]) => (i: number) => slots[i]?.text ?? "";
  const rowOf = (slots: readonly MilestoneSlot[]) => (i: number) =>
    `${seqOf(slots)(i)}\u0000${textOf(slots)(i)}`;

  for (const [olds, news] of taskPairs) {
    // Most rows stay where they were; comparing in place spares building keys for them.
    olds.forEach((i, k) => {
      const [a, b, j] = [before[i], after[news[k] ?? -1], news[k]];
      if (a && b && j !== undefined && a.seq === b.seq && a.text === b.text) pair(pairing, i, j);
    });
    pairEqual(pairing, olds, news, rowOf(before), rowOf(after));
  }
  const texts = [compared(textOf(before)), compared(textOf(after))] as const;
  for (const [olds, news] of taskPairs) {
    if (olds.length > 0 && news.length > 0) pairBySimilarity(pairing, [olds, news], texts, options);
  }
  pairBySimilarity(pairing, [indices(before.length), indices(after.length)], texts, options);
  for (const [olds, news] of taskPairs) {
    pairEqual(pairing, olds, news, seqOf(before), seqOf(after));
  }
  return pairing;
};
