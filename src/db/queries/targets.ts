import type { Kysely } from "kysely";
import type { TargetComparison, TargetMeasure } from "../../domain/target.js";
import type { StoredTargetWords } from "../../domain/target-proposals.js";
import { chunksFor, collectChunks } from "../batch.js";
import { insertRows, type Dialect } from "../bulk-insert.js";
import type { Schema, TargetsTable } from "../schema.js";
import {
  narrowedTo,
  NO_REACH,
  visibleTargetIds,
  type UnitReach,
  type ViewerScope,
} from "./access.js";

export type TargetState = TargetsTable["state"];
export type TargetOrigin = TargetsTable["origin"];

/** A target to store: read from a text (with its span) or added by a supervisor. */
export interface NewTarget {
  readonly planId: number;
  readonly taskId: number;
  /** Null: the task's own words. */
  readonly milestoneId: number | null;
  readonly subject: string;
  readonly measure: TargetMeasure;
  readonly unitOfMeasure: string;
  /** Where in its text it was read; null for a target a supervisor added. */
  readonly span: { readonly start: number; readonly end: number; readonly text: string } | null;
  readonly origin: TargetOrigin;
  readonly state: TargetState;
  readonly baseline: number | null;
  /** Who last confirmed, edited, dismissed or added it: null for an import's untouched proposal. */
  readonly changedBy: string | null;
}

/** A target as stored, with where it stands in the plan in force. */
export interface StoredTarget extends NewTarget {
  readonly id: number;
  readonly taskNo: number | null;
  readonly milestoneSeq: number | null;
  /** The milestone's version in force, for its relation to a unit; null for a task's own target. */
  readonly milestoneVersionId: number | null;
  readonly changedAt: string | null;
}

/*
 * Decimal values are text in both databases: String(2.7) is "2.7" and
 * Number("2.7") is 2.7 again, where a float column would not promise it.
 */
const decimal = (value: number): string => String(value);
const decimalOrNull = (value: number | null): string | null =>
  value === null ? null : decimal(value);

/** The value columns of a measure. */
export const measureColumns = (
  measure: TargetMeasure,
): Pick<TargetsTable, "comparison" | "value" | "low" | "high"> =>
  measure.comparison === "range"
    ? { comparison: "range", value: null, low: decimal(measure.low), high: decimal(measure.high) }
    : { comparison: measure.comparison, value: decimal(measure.value), low: null, high: null };

const measureOf = (row: {
  readonly comparison: TargetComparison;
  readonly value: string | null;
  readonly low: string | null;
  readonly high: string | null;
}): TargetMeasure =>
  row.comparison === "range"
    ? { comparison: "range", low: Number(row.low), high: Number(row.high) }
    : { comparison: row.comparison, value: Number(row.value) };

export interface TargetFilter {
  readonly planId?: number;
  readonly ids?: readonly number[];
  readonly state?: TargetState;
  /** Only the targets these units may see (the viewer's scope). */
  readonly visibleTo?: ViewerScope;
  /** Only the targets of a unit's work (the unit and its groups), as it would see them. */
  readonly ofUnits?: UnitReach;
}

/**
 * Targets whose task (and milestone, for a milestone's target) is in the
 * plan in force, in the table's order. A target of work a revision removed
 * stays stored with its actuals, but is listed no more.
 */
export const findTargets = async (
  db: Kysely<Schema>,
  filter: TargetFilter,
): Promise<StoredTarget[]> => {
  const visible = narrowedTo(filter.visibleTo);
  const rows = await collectChunks(
    filter.ids === undefined ? [null] : chunksFor(filter.ids, 1),
    (chunk) =>
      db
        .selectFrom("targets as g")
        .innerJoin("tasks as t", "t.id", "g.task_id")
        .innerJoin("task_versions as tv", (join) =>
          join.onRef("tv.task_id", "=", "g.task_id").on("tv.valid_to", "is", null),
        )
        .leftJoin("milestone_versions as mv", (join) =>
          join.onRef("mv.milestone_id", "=", "g.milestone_id").on("mv.valid_to", "is", null),
        )
        .leftJoin("milestones as m", "m.id", "g.milestone_id")
        .select([
          "g.id",
          "g.plan_id",
          "g.task_id",
          "tv.no as task_no",
          "g.milestone_id",
          "mv.seq as milestone_seq",
          "mv.id as milestone_version_id",
          "g.subject",
          "g.comparison",
          "g.value",
          "g.low",
          "g.high",
          "g.unit_of_measure",
          "g.span_start",
          "g.span_end",
          "g.span_text",
          "g.origin",
          "g.state",
          "g.baseline",
          "g.changed_by",
          "g.changed_at",
          "t.position as task_position",
          "m.position as milestone_position",
        ])
        .where((eb) => eb.or([eb("g.milestone_id", "is", null), eb("mv.id", "is not", null)]))
        .$if(chunk !== null, (q) => q.where("g.id", "in", chunk ?? []))
        .$if(filter.planId !== undefined, (q) => q.where("g.plan_id", "=", filter.planId ?? 0))
        .$if(filter.state !== undefined, (q) => q.where("g.state", "=", filter.state ?? "proposed"))
        .$if(visible !== null, (q) =>
          q.where("g.id", "in", visibleTargetIds(db, visible ?? NO_REACH)),
        )
        .$if(filter.ofUnits !== undefined, (q) =>
          q.where("g.id", "in", visibleTargetIds(db, filter.ofUnits ?? NO_REACH)),
        )
        .execute(),
  );
  return rows
    .sort(
      (a, b) =>
        a.task_position - b.task_position ||
        (a.milestone_position ?? -1) - (b.milestone_position ?? -1) ||
        (a.span_start ?? Number.MAX_SAFE_INTEGER) - (b.span_start ?? Number.MAX_SAFE_INTEGER) ||
        a.id - b.id,
    )
    .map((r) => ({
      id: r.id,
      planId: r.plan_id,
      taskId: r.task_id,
      taskNo: r.task_no,
      milestoneId: r.milestone_id,
      milestoneSeq: r.milestone_seq,
      milestoneVersionId: r.milestone_version_id,
      subject: r.subject,
      measure: measureOf(r),
      unitOfMeasure: r.unit_of_measure,
      span:
        r.span_start === null || r.span_end === null || r.span_text === null
          ? null
          : { start: r.span_start, end: r.span_end, text: r.span_text },
      origin: r.origin,
      state: r.state,
      baseline: r.baseline === null ? null : Number(r.baseline),
      changedBy: r.changed_by,
      changedAt: r.changed_at,
    }));
};

/** What a text says of a target: its subject, measure, unit of measure and where it was read. */
type ReadWords = Pick<NewTarget, "subject" | "measure" | "unitOfMeasure" | "span">;

const wordColumns = (target: ReadWords) => ({
  subject: target.subject,
  ...measureColumns(target.measure),
  unit_of_measure: target.unitOfMeasure,
  span_start: target.span?.start ?? null,
  span_end: target.span?.end ?? null,
  span_text: target.span?.text ?? null,
});

const targetRow = (target: NewTarget, now: string) => ({
  plan_id: target.planId,
  task_id: target.taskId,
  milestone_id: target.milestoneId,
  ...wordColumns(target),
  origin: target.origin,
  state: target.state,
  baseline: decimalOrNull(target.baseline),
  created_at: now,
  changed_by: target.changedBy,
  changed_at: target.changedBy === null ? null : now,
});

/** Many targets at once (an import's proposals). */
export const insertTargets = (
  db: Kysely<Schema>,
  dialect: Dialect,
  targets: readonly NewTarget[],
  now: string,
): Promise<void> =>
  insertRows(
    db,
    dialect,
    "targets",
    targets.map((t) => targetRow(t, now)),
  );

/** One target; its id. */
export const insertTarget = async (
  db: Kysely<Schema>,
  target: NewTarget,
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("targets")
      .values(targetRow(target, now))
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

/** What a supervisor may change of a target. */
export interface TargetChange {
  readonly subject?: string;
  readonly measure?: TargetMeasure;
  readonly unitOfMeasure?: string;
  readonly baseline?: number | null;
  readonly state?: TargetState;
}

/** A supervisor's change, which makes the target theirs: a revision keeps it from then on. */
export const updateTarget = async (
  db: Kysely<Schema>,
  id: number,
  change: TargetChange,
  by: string,
  now: string,
): Promise<void> => {
  await db
    .updateTable("targets")
    .set({
      ...(change.subject === undefined ? {} : { subject: change.subject }),
      ...(change.measure === undefined ? {} : measureColumns(change.measure)),
      ...(change.unitOfMeasure === undefined ? {} : { unit_of_measure: change.unitOfMeasure }),
      ...(change.baseline === undefined ? {} : { baseline: decimalOrNull(change.baseline) }),
      ...(change.state === undefined ? {} : { state: change.state }),
      changed_by: by,
      changed_at: now,
    })
    .where("id", "=", id)
    .execute();
};

/** Every target of a plan as its words read it, and whether an import may still drop or re-read it. */
export const storedTargetWords = async (
  db: Kysely<Schema>,
  planId: number,
): Promise<StoredTargetWords[]> =>
  (
    await db
      .selectFrom("targets")
      .select([
        "id",
        "task_id",
        "milestone_id",
        "subject",
        "comparison",
        "value",
        "low",
        "high",
        "unit_of_measure",
        "span_start",
        "span_end",
        "span_text",
        "baseline",
        "changed_at",
        "origin",
      ])
      .where("plan_id", "=", planId)
      .execute()
  ).map((r) => ({
    id: r.id,
    taskId: r.task_id,
    milestoneId: r.milestone_id,
    reading:
      r.span_start === null || r.span_end === null || r.span_text === null
        ? null
        : {
            subject: r.subject,
            measure: measureOf(r),
            unitOfMeasure: r.unit_of_measure,
            span: { start: r.span_start, end: r.span_end, text: r.span_text },
            ...(r.baseline === null ? {} : { baseline: Number(r.baseline) }),
          },
    untouched: r.origin === "extracted" && r.changed_at === null,
  }));

/** The texts targets are read from in the plan in force: each task's title and milestone's text. */
export const targetSourcesInForce = async (db: Kysely<Schema>, planId: number) => {
  const tasks = await db
    .selectFrom("task_versions as tv")
    .innerJoin("tasks as t", "t.id", "tv.task_id")
    .select(["tv.task_id", "tv.title"])
    .where("tv.plan_id", "=", planId)
    .where("tv.valid_to", "is", null)
    .orderBy("t.position")
    .execute();
  const milestones = await db
    .selectFrom("milestone_versions as mv")
    .innerJoin("milestones as m", "m.id", "mv.milestone_id")
    .select(["mv.milestone_id", "mv.task_id", "mv.text"])
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_to", "is", null)
    .orderBy("m.position")
    .execute();
  return [
    ...tasks.map((r) => ({ taskId: r.task_id, milestoneId: null, text: r.title })),
    ...milestones.map((r) => ({ taskId: r.task_id, milestoneId: r.milestone_id, text: r.text })),
  ];
};

/** An untouched proposal read again from its text, with the baseline its words state (or none). */
export const rereadTarget = async (
  db: Kysely<Schema>,
  id: number,
  target: ReadWords & { readonly baseline?: number },
): Promise<void> => {
  await db
    .updateTable("targets")
    .set({ ...wordColumns(target), baseline: decimalOrNull(target.baseline ?? null) })
    .where("id", "=", id)
    .execute();
};

/** A touched target's words, found at a new place in its text. */
export const moveTargetSpan = async (
  db: Kysely<Schema>,
  id: number,
  span: { readonly start: number; readonly end: number },
): Promise<void> => {
  await db
    .updateTable("targets")
    .set({ span_start: span.start, span_end: span.end })
    .where("id", "=", id)
    .execute();
};

export const deleteTargets = async (db: Kysely<Schema>, ids: readonly number[]): Promise<void> => {
  for (const chunk of chunksFor(ids, 1)) {
    await db.deleteFrom("targets").where("id", "in", chunk).execute();
  }
};

/** A milestone a revision moved to another task takes its targets along. */
export const followMilestoneTasks = async (db: Kysely<Schema>, planId: number): Promise<void> => {
  await db
    .updateTable("targets")
    .set((eb) => ({
      task_id: eb
        .selectFrom("milestone_versions as mv")
        .select("mv.task_id")
        .whereRef("mv.milestone_id", "=", "targets.milestone_id")
        .where("mv.valid_to", "is", null),
    }))
    .where("plan_id", "=", planId)
    .where("milestone_id", "in", (eb) =>
      eb
        .selectFrom("milestone_versions as mv")
        .innerJoin("targets as moved", "moved.milestone_id", "mv.milestone_id")
        .select("mv.milestone_id")
        .where("mv.valid_to", "is", null)
        .where("mv.plan_id", "=", planId)
        .whereRef("mv.task_id", "!=", "moved.task_id"),
    )
    .execute();
};

/** A reported actual as stored. */
export interface StoredActual {
  readonly id: number;
  readonly targetId: number;
  readonly value: number;
  readonly asOf: string;
  readonly source: string;
  readonly unitId: number | null;
  readonly reportedBy: string;
  readonly recordedAt: string;
}

export const insertActual = async (
  db: Kysely<Schema>,
  actual: Omit<StoredActual, "id" | "recordedAt"> & {
    readonly planId: number;
    readonly userId: number | null;
  },
  now: string,
): Promise<number> =>
  (
    await db
      .insertInto("target_actuals")
      .values({
        target_id: actual.targetId,
        plan_id: actual.planId,
        value: decimal(actual.value),
        as_of: actual.asOf,
        source: actual.source,
        unit_id: actual.unitId,
        reported_by: actual.reportedBy,
        user_id: actual.userId,
        recorded_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

/**
 * The actuals of some targets dated on or before a day (every one without
 * it), by target, oldest first; of one day, the one recorded last comes last.
 */
export const actualsOf = async (
  db: Kysely<Schema>,
  targetIds: readonly number[],
  upTo?: string,
): Promise<Map<number, StoredActual[]>> => {
  const rows = await collectChunks(chunksFor(targetIds, 1), (chunk) =>
    db
      .selectFrom("target_actuals")
      .selectAll()
      .where("target_id", "in", chunk)
      .$if(upTo !== undefined, (q) => q.where("as_of", "<=", upTo ?? ""))
      .orderBy("as_of")
      .orderBy("id")
      .execute(),
  );
  const byTarget = new Map<number, StoredActual[]>();
  for (const r of rows) {
    const list = byTarget.get(r.target_id) ?? [];
    list.push({
      id: r.id,
      targetId: r.target_id,
      value: Number(r.value),
      asOf: r.as_of,
      source: r.source,
      unitId: r.unit_id,
      reportedBy: r.reported_by,
      recordedAt: r.recorded_at,
    });
    byTarget.set(r.target_id, list);
  }
  return byTarget;
};
