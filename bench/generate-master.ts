import type { Deadline } from "../src/domain/deadline.js";
import { isoDate, lastDayOfMonth } from "../src/domain/iso-date.js";
import type { Milestone, Plan, Task } from "../src/domain/plan.js";
import { PLAN_TABLE_HEADERS } from "../src/exporters/plan-table-layout.js";
import { referencePlan } from "../test/support/reference-plan.js";
import { BASE_UNITS, PHRASES } from "./master-vocabulary.js";
import { seededRandom, type Random } from "./prng.js";

/**
 * A deterministic city-wide master table (市政府重点工作任务分解表) of any
 * size, for benchmarks and tests. With `includeReference`, the reference
 * slice's tasks sit at their real numbers and 市科技局 leads nothing else, so
 * slicing 市科技局 out of the master gives exactly the reference table.
 */

export interface MasterOptions {
  readonly tasks: number;
  readonly milestones: number;
  /** Distinct units the table names. */
  readonly units: number;
  readonly seed: number;
  readonly includeReference?: boolean;
}

const YEAR = 2022;
const MAX_STEPS = 10;
const REFERENCE_OWNER = "市科技局";
/** Steps the master adds around the reference's single step of tasks 75 and 228. */
const EXTRA_STEPS: ReadonlyMap<number, readonly number[]> = new Map([
  [75, [1, 2, 3, 4, 6]],
  [228, [1, 2, 3]],
]);

const referenceUnits = (): string[] => [
  ...new Set(
    referencePlan.tasks.flatMap((t) =>
      t.milestones.flatMap((m) => m.responsibilities.map((r) => r.unit)),
    ),
  ),
];

/** The reference's units first (when included), then the base list, then numbered ones. */
const unitPool = (count: number, includeReference: boolean): string[] => {
  const pool = new Set(includeReference ? referenceUnits() : []);
  if (pool.size > count) throw new RangeError(`the reference alone names ${pool.size} units`);
  for (const unit of BASE_UNITS) if (pool.size < count) pool.add(unit);
  for (let n = pool.size + 1; pool.size < count; n += 1) pool.add(`市直协作单位${n}`);
  return [...pool];
};

/** Distinct clauses joined with "，" until 40–120 characters, ending with "。". */
const sentence = (random: Random): string => {
  const target = random.int(40, 100);
  const phrases = random.shuffled(PHRASES);
  let text = "";
  for (const phrase of phrases) {
    if (text.length >= target) break;
    const clause = phrase.replace("#", String(random.int(2, 300)));
    text = text === "" ? clause : `${text}，${clause}`;
  }
  return `${text}。`;
};

const deadline = (random: Random): Deadline => {
  const roll = random.next();
  if (roll < 0.75) {
    const month = random.int(3, 12);
    const day = random.pick([10, 15, 20, 25, Number(lastDayOfMonth(YEAR, month).slice(8))]);
    return { kind: "date", text: `${month}月${day}日`, date: isoDate(YEAR, month, day) };
  }
  if (roll < 0.83) {
    const month = random.pick([3, 6, 9, 11]);
    const date = lastDayOfMonth(YEAR, month);
    return { kind: "period_end", text: `${month}月底前`, period: "month", date };
  }
  if (roll < 0.9) {
    return { kind: "period_end", text: "年底前", period: "year", date: isoDate(YEAR, 12, 31) };
  }
  if (roll < 0.95) return { kind: "recurring", text: "每季度", every: "quarter", day: "end" };
  return { kind: "ongoing", text: "持续推进" };
};

/** Draws leads round a shuffled deck, so every unit leads something before any leads twice. */
const leadDeck = (random: Random, units: readonly string[]): (() => string) => {
  let deck: string[] = [];
  return () => {
    if (deck.length === 0) deck = random.shuffled(units);
    return deck.pop() as string;
  };
};

interface Context {
  readonly random: Random;
  readonly pool: readonly string[];
  /** Units allowed to lead: all of them, or all but 市科技局 with the reference included. */
  readonly leaders: readonly string[];
  readonly nextLead: () => string;
}

/** The lead and 0–3 cooperating units, all distinct. */
const unitList = ({ random, pool }: Context, lead: string): string[] => {
  const units = [lead];
  const wanted = random.int(1, 4);
  while (units.length < wanted) {
    const unit = random.pick(pool);
    if (!units.includes(unit)) units.push(unit);
  }
  return units;
};

const milestone = (ctx: Context, seq: number | null, units: readonly string[]): Milestone => ({
  seq,
  text: sentence(ctx.random),
  responsibilities: units.map((unit, i) => ({ unit, role: i === 0 ? "lead" : "cooperating" })),
  persons: [],
  initialProgress: [],
  deadline: deadline(ctx.random),
  remarks: {},
});

/** Steps of a task led by `lead`: often one unit list for the whole task, as in the reference. */
const steps = (ctx: Context, lead: string, seqs: readonly (number | null)[]): Milestone[] => {
  const shared = ctx.random.chance(0.6) ? unitList(ctx, lead) : null;
  return seqs.map((seq) => {
    const stepLead = ctx.random.chance(0.85) ? lead : ctx.random.pick(ctx.leaders);
    return milestone(ctx, seq, shared ?? unitList(ctx, stepLead));
  });
};

const task = (no: number, title: string, lead: string, milestones: Milestone[]): Task => ({
  no,
  label: String(no),
  title,
  leadUnits: [lead],
  cooperatingUnits: [],
  otherRoles: [],
  persons: [],
  outline: [],
  milestones,
  remarks: {},
});

const generatedTask = (ctx: Context, no: number, stepCount: number): Task => {
  const seqs =
    stepCount === 1 && ctx.random.chance(0.3)
      ? [null]
      : Array.from({ length: stepCount }, (_, i) => i + 1);
  const lead = ctx.nextLead();
  return task(no, sentence(ctx.random), lead, steps(ctx, lead, seqs));
};

/** A reference task, with the master's other steps around its own when it has some. */
const referenceTask = (ctx: Context, reference: Task): Task => {
  const extra = EXTRA_STEPS.get(reference.no ?? 0);
  const lead = reference.leadUnits[0];
  if (!extra || lead === undefined) return reference;
  const milestones = [...steps(ctx, lead, extra), ...reference.milestones].sort(
    (a, b) => (a.seq ?? 0) - (b.seq ?? 0),
  );
  return { ...reference, milestones };
};

/** Step counts of 1–10 per task adding up to exactly `total`. */
const stepCounts = (random: Random, tasks: number, total: number): number[] => {
  const counts = Array.from({ length: tasks }, () => random.int(1, MAX_STEPS));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = random.int(0, tasks - 1);
    const count = counts[i] ?? 1;
    if (sum < total && count < MAX_STEPS) [counts[i], sum] = [count + 1, sum + 1];
    else if (sum > total && count > 1) [counts[i], sum] = [count - 1, sum - 1];
  }
  return counts;
};

export const generateMasterPlan = (options: MasterOptions): Plan => {
  const { tasks, milestones, units, seed, includeReference = false } = options;
  const random = seededRandom(seed);
  const references = new Map(
    includeReference ? referencePlan.tasks.map((t) => [t.no ?? 0, t]) : [],
  );
  const maxNo = Math.max(0, ...references.keys());
  if (tasks < maxNo) throw new RangeError(`the reference needs tasks numbered up to ${maxNo}`);
  const referenceSteps = [...references.values()].reduce(
    (sum, t) => sum + t.milestones.length + (EXTRA_STEPS.get(t.no ?? 0)?.length ?? 0),
    0,
  );
  const free = tasks - references.size;
  const freeSteps = milestones - referenceSteps;
  if (freeSteps < free || freeSteps > free * MAX_STEPS) {
    throw new RangeError(
      `${milestones} milestones do not fit ${tasks} tasks of 1–${MAX_STEPS} steps`,
    );
  }

  const pool = unitPool(units, includeReference);
  const leaders = includeReference ? pool.filter((u) => u !== REFERENCE_OWNER) : pool;
  const ctx: Context = { random, pool, leaders, nextLead: leadDeck(random, leaders) };
  const counts = stepCounts(random, free, freeSteps);
  let nextCount = 0;
  const planTasks: Task[] = [];
  for (let no = 1; no <= tasks; no += 1) {
    const reference = references.get(no);
    if (reference) planTasks.push(referenceTask(ctx, reference));
    else planTasks.push(generatedTask(ctx, no, counts[nextCount++] ?? 1));
  }

  return {
    title: `${YEAR}年市政府重点工作任务分解表`,
    subtitle: null,
    year: YEAR,
    issuer: "市政府",
    ownerUnit: null,
    headerCounts: null,
    columns: [...PLAN_TABLE_HEADERS],
    tasks: planTasks,
  };
};
