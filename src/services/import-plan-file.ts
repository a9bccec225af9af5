import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";
import type { Dialect } from "../db/bulk-insert.js";
import type { Schema } from "../db/schema.js";
import { refreshStatistics } from "../db/statistics.js";
import { writeTransaction } from "../db/write-transaction.js";
import { appendAudit, appendAuditEvents } from "../db/queries/audit.js";
import { rekeyPlan, setCurrentRevision } from "../db/queries/plans.js";
import { correctionsJson, insertRevision, insertSourceFile } from "../db/queries/revisions.js";
import { placeUnder, stepsAfterParents } from "../db/queries/sub-plans.js";
import { resolveUnitNames } from "../db/queries/unit-names.js";
import { findUnitIds, insertUnits } from "../db/queries/units.js";
import { writeRevisionContent } from "../db/queries/write-revision.js";
import { hasErrors, type Diagnostic } from "../domain/diagnostic.js";
import { formatMilestoneRef } from "../domain/milestone-ref.js";
import { message } from "../domain/message.js";
import { applyCorrections, type PlanCorrection } from "../domain/plan-corrections.js";
import { renameUnits, unitNamesIn } from "../domain/plan-units.js";
import { planIdentityKey } from "../domain/plan-identity.js";
import { lateStepsWarning } from "../domain/sub-plan.js";
import type { Plan } from "../domain/plan.js";
import type { PlanDiff } from "../domain/revision-diff.js";
import { normalizeUnitName } from "../domain/unit-list.js";
import type { ImportOptions, ImportResult } from "../importers/import-plan.js";
import { importPlanIsolated, ImportQueueFull } from "../importers/isolated-import.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError } from "./duban-error.js";
import { correctionsForImport } from "./import-corrections.js";
import {
  confirmationRequired,
  removalsWithRecords,
  withdrawRemovedRequests,
  type MilestoneRemoval,
} from "./import-removals.js";
import { resolveImportTarget, type PlanMatch } from "./import-target.js";
import {
  loadDecompositionParent,
  type DecompositionParent,
} from "./sub-plans/decomposition-parent.js";
import { checkSubPlanRows } from "./sub-plans/sub-plan-rows.js";
import { proposeTargets } from "./targets/propose-targets.js";

export interface ImportPlanInput extends ImportOptions {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Import as a revision of this plan, whatever its title says. */
  readonly planId?: number;
  /**
   * Import as the sub-plan (子计划) of this milestone (a new one, or a
   * revision of the one it has): by its lead unit or the office, every
   * row's deadline no later than the milestone's.
   */
  readonly parentMilestoneId?: number;
  /** Remove milestones that have history, evidence or open requests (closing those requests). */
  readonly confirmRemovals?: boolean;
  /**
   * The import preview's corrections to the plan as read. Left out, the
   * corrections kept with an earlier import of the same file apply again.
   */
  readonly corrections?: readonly PlanCorrection[];
  /** Work out everything, write nothing. */
  readonly dryRun?: boolean;
  /** Who imports: an administrator, or someone at the shell. */
  readonly actor: Actor;
  readonly now?: () => Date;
}

/** The corrections in force for the file (sent, or kept from before) and how many found their target. */
export interface AppliedCorrections {
  readonly corrections: readonly PlanCorrection[];
  readonly correctionsApplied: number;
}

export type ImportPlanOutcome =
  | ({
      readonly kind: "created" | "revised";
      readonly planId: number;
      readonly revision: number;
      readonly plan: Plan;
      readonly diff: PlanDiff;
      readonly newUnits: readonly string[];
      readonly diagnostics: readonly Diagnostic[];
      readonly dryRun: boolean;
      /** A plan of the same title that this table was not made a revision of (name it to revise). */
      readonly match: PlanMatch | null;
      /** Milestones the revision removes although they have history, evidence or open requests. */
      readonly removals: readonly MilestoneRemoval[];
      /** A dry run's: the import would stop until the removals are confirmed. */
      readonly confirmationRequired: boolean;
    } & AppliedCorrections)
  | ({
      readonly kind: "unchanged";
      readonly planId: number;
      readonly revision: number;
      /** The very file was imported before, or another file with the same content. */
      readonly reason: "same_file" | "same_content";
      readonly diagnostics: readonly Diagnostic[];
      readonly dryRun: boolean;
    } & AppliedCorrections);

/** Carries an outcome out of a transaction that must not commit (dry run, nothing to do). */
class RollbackWith extends Error {
  constructor(readonly outcome: ImportPlanOutcome) {
    super("rolled back on purpose");
  }
}

const unitCreated = (file: string, name: string): Diagnostic => ({
  severity: "warning",
  code: "unit.created",
  message: message(
    `单位「${name}」不在单位目录中，已新建；如是已有单位的别称，请用 duban units merge 合并`,
    `The unit "${name}" was not in the directory and has been created; if it is another name of a known unit, merge them with duban units merge`,
  ),
  location: { file, text: name },
});

/** Milestones a revision moved earlier than steps of their sub-plans, as warnings. */
const lateStepsOf = async (
  trx: Kysely<Schema>,
  planId: number,
  file: string,
): Promise<Diagnostic[]> =>
  (await stepsAfterParents(trx, planId)).map((row) =>
    lateStepsWarning(file, {
      label:
        row.taskNo === null || row.seq === null
          ? `#${String(row.milestoneId)}`
          : formatMilestoneRef({ taskNo: row.taskNo, seq: row.seq }),
      dueDate: row.dueDate,
      steps: row.steps,
      latestStepDue: row.latestStepDue,
    }),
  );

const invalidFile = (fileName: string, diagnostics: readonly Diagnostic[]): DubanError =>
  new DubanError(
    "import.invalid_file",
    message(`「${fileName}」有错误，未导入`, `"${fileName}" has errors and was not imported`),
    { diagnostics },
  );

/** The file parsed in an import worker; all of them busy is a failure to try again. */
const readIsolated = async (input: ImportPlanInput): Promise<ImportResult> => {
  try {
    return await importPlanIsolated(input.bytes, input.fileName, input);
  } catch (error) {
    if (!(error instanceof ImportQueueFull)) throw error;
    throw new DubanError(
      "import.busy",
      message(
        "导入任务过多，服务器正忙，请稍后再试",
        "Too many imports are under way; the server is busy, try again shortly",
      ),
    );
  }
};

/**
 * Imports a decomposition table as one transaction: a new plan, a revision
 * of the plan it belongs to (with the diff against the revision before), or
 * nothing when the same file or content is there already. Unknown unit names
 * create units, with a warning each. A file with errors changes nothing.
 */
export const importPlanFile = async (
  db: Database,
  input: ImportPlanInput,
): Promise<ImportPlanOutcome> => {
  const parent = await authorizeImport(db, input);
  // A bureau's table rarely states the year: its deadlines are read in the parent plan's.
  const read = await readIsolated(
    parent === null || input.year !== undefined
      ? input
      : { ...input, year: parent.parent.planYear },
  );
  if (!read.ok) throw invalidFile(input.fileName, read.diagnostics);
  return storeAuthorized(db, input, read, parent);
};

/**
 * Who may import: an administrator a plan; a milestone's lead unit (or the
 * office) its sub-plan, which is then the milestone given back.
 */
const authorizeImport = async (
  db: Database,
  input: ImportPlanInput,
): Promise<DecompositionParent | null> => {
  if (input.parentMilestoneId === undefined) {
    authorize(input.actor, { action: "plan.import" });
    return null;
  }
  if (input.planId !== undefined) {
    throw new DubanError(
      "import.conflict",
      message(
        "子计划随其上级节点计划确定，不能同时指定计划",
        "A sub-plan is found by its parent milestone: name the milestone or a plan, not both",
      ),
      { field: "planId" },
    );
  }
  return loadDecompositionParent(db, input.actor, input.parentMilestoneId);
};

/** The plan read from `input.bytes`, stored as `importPlanFile` says. */
export const storeReadPlan = async (
  db: Database,
  input: ImportPlanInput,
  read: Extract<ImportResult, { ok: true }>,
): Promise<ImportPlanOutcome> => storeAuthorized(db, input, read, await authorizeImport(db, input));

const storeAuthorized = async (
  db: Database,
  input: ImportPlanInput,
  read: Extract<ImportResult, { ok: true }>,
  parent: DecompositionParent | null,
): Promise<ImportPlanOutcome> => {
  const now = (input.now ?? (() => new Date()))().toISOString();
  try {
    const outcome = await writeTransaction(db, async (trx) => {
      const written = await writeReadPlan(trx, db.dialect, input, read, now, parent);
      // Nothing to write, or a dry run: the plan row, units and all go back.
      if (written.kind === "unchanged" || written.dryRun) throw new RollbackWith(written);
      return written;
    });
    await refreshStatistics(db);
    return outcome;
  } catch (error) {
    if (error instanceof RollbackWith) return error.outcome;
    throw error;
  }
};

/**
 * The one plan writer, inside the caller's transaction (which the caller
 * authorized): the read plan corrected, its units resolved, its target plan
 * locked, and a revision written, with its audit entry. Returns what it found
 * without writing the revision when the plan is there already (`unchanged`);
 * the caller rolls back that outcome and a dry run's. With a parent
 * milestone, the plan is its sub-plan: every row checked against it.
 */
export const writeReadPlan = async (
  trx: Kysely<Schema>,
  dialect: Dialect,
  input: ImportPlanInput,
  read: Extract<ImportResult, { ok: true }>,
  now: string,
  parent: DecompositionParent | null,
): Promise<ImportPlanOutcome> => {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const dryRun = input.dryRun === true;
  const corrections = await correctionsForImport(trx, {
    ...(input.corrections === undefined ? {} : { corrections: input.corrections }),
    ...(input.planId === undefined ? {} : { planId: input.planId }),
    plan: read.plan,
    sha256,
  });
  const corrected = applyCorrections(read.plan, corrections, input.fileName);
  const applied = { corrections, correctionsApplied: corrected.applied };
  if (hasErrors(corrected.diagnostics)) {
    throw invalidFile(input.fileName, [...read.diagnostics, ...corrected.diagnostics]);
  }
  const units = await resolveUnitNames(trx, unitNamesIn(corrected.plan));
  const renamed = renameUnits(
    corrected.plan,
    (name) => units.canonical.get(normalizeUnitName(name)) ?? name,
  );
  const sub = parent === null ? null : await checkSubPlanRows(trx, parent, renamed, input.fileName);
  if (sub !== null && hasErrors(sub.diagnostics)) {
    throw invalidFile(input.fileName, [...read.diagnostics, ...sub.diagnostics]);
  }
  const known = sub?.plan ?? renamed;
  const unitIds = await insertUnits(trx, units.unknown, now);
  // A sub-plan's new units are the lead unit's sections or subordinates.
  if (parent !== null) await placeUnder(trx, [...unitIds.values()], parent.leadUnitId);
  const target = await resolveImportTarget(
    trx,
    {
      ...(input.planId === undefined ? {} : { planId: input.planId }),
      ...(parent === null
        ? {}
        : { subPlanOf: { milestoneId: parent.milestoneId, ownerUnitId: parent.leadUnitId } }),
      plan: known,
      sha256,
      correctionsJson: correctionsJson(corrections),
    },
    now,
  );
  const diagnostics = [
    ...read.diagnostics,
    ...corrected.diagnostics,
    ...units.unknown.map((name) => unitCreated(input.fileName, name)),
  ];
  if (target.kind === "unchanged") {
    const { kind, planId, revision, reason } = target;
    return { kind, planId, revision, reason, diagnostics, dryRun, ...applied };
  }
  const { planId, previous, stored, diff, match } = target;
  const revision = previous + 1;
  const removals = await removalsWithRecords(trx, stored, diff);
  const unconfirmed = removals.length > 0 && input.confirmRemovals !== true;
  // A dry run shows what needs confirming; a real import stops at it.
  if (unconfirmed && !dryRun) throw confirmationRequired({ planId, revision }, removals);
  await appendAuditEvents(
    trx,
    auditActor(input.actor),
    units.unknown.map((name) => ({
      action: "unit.created" as const,
      objectType: "unit" as const,
      objectId: unitIds.get(name) ?? 0,
      after: { name, reason: `import of ${input.fileName}` },
    })),
    now,
  );
  const allIds = await findUnitIds(trx, unitNamesIn(known));
  const sourceFileId = await insertSourceFile(
    trx,
    { sha256, name: input.fileName, format: read.format, content: input.bytes },
    now,
  );
  await insertRevision(
    trx,
    {
      planId,
      number: revision,
      sourceFileId,
      title: known.title,
      subtitle: known.subtitle,
      columns: known.columns,
      headerCounts: known.headerCounts,
      // A first revision adds everything: the counts say all there is to say.
      diff: previous === 0 ? { counts: diff.counts } : diff,
      corrections,
      actor: input.actor.name,
    },
    now,
  );
  await writeRevisionContent(trx, {
    planId,
    revision,
    plan: known,
    stored: stored ?? null,
    diff,
    unitIds: allIds,
    dialect,
  });
  await setCurrentRevision(trx, planId, revision, known.title);
  const lateSteps = previous === 0 ? [] : await lateStepsOf(trx, planId, input.fileName);
  const targets = await proposeTargets(trx, dialect, planId, now);
  // A named plan revised under a new title is found by that title from now on.
  if (input.planId !== undefined) await rekeyPlan(trx, planId, planIdentityKey(known));
  const withdrawn = await withdrawRemovedRequests(trx, removals, revision, input.actor.name, now);
  const kind = previous === 0 ? "created" : "revised";
  await appendAudit(
    trx,
    auditActor(input.actor),
    {
      action: kind === "created" ? "plan.imported" : "plan.revised",
      objectType: "plan",
      objectId: planId,
      after: {
        revision,
        title: known.title,
        file: input.fileName,
        sha256,
        ...(parent === null ? {} : { parentMilestoneId: parent.milestoneId }),
        counts: diff.counts,
        ...(corrections.length === 0 ? {} : { corrections, correctionsApplied: corrected.applied }),
        ...(removals.length === 0 ? {} : { removedWithRecords: removals, withdrawn }),
        targets,
      },
    },
    now,
  );
  const outcome: ImportPlanOutcome = {
    kind,
    planId,
    revision,
    plan: known,
    diff,
    newUnits: units.unknown,
    diagnostics: [...diagnostics, ...lateSteps],
    dryRun,
    match,
    removals,
    confirmationRequired: unconfirmed,
    ...applied,
  };
  return outcome;
};
