import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.js";
import { refreshStatistics } from "../db/statistics.js";
import { writeTransaction } from "../db/write-transaction.js";
import { appendAudit, appendAuditEvents } from "../db/queries/audit.js";
import { loadPlanContent } from "../db/queries/plan-content.js";
import { lockPlanById, lockPlanByKey, setCurrentRevision } from "../db/queries/plans.js";
import { insertRevision, insertSourceFile, revisionSourceSha } from "../db/queries/revisions.js";
import { resolveUnitNames } from "../db/queries/unit-names.js";
import { findUnitIds, insertUnits } from "../db/queries/units.js";
import { writeRevisionContent } from "../db/queries/write-revision.js";
import type { Schema } from "../db/schema.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import { message } from "../domain/message.js";
import { renameUnits, unitNamesIn } from "../domain/plan-units.js";
import type { Plan } from "../domain/plan.js";
import { diffPlans, type PlanDiff } from "../domain/revision-diff.js";
import { normalizeUnitName } from "../domain/unit-list.js";
import { importPlanBytes, type ImportOptions } from "../importers/import-plan.js";
import type { Actor } from "../policies/actor.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, planNotFound } from "./duban-error.js";

export interface ImportPlanInput extends ImportOptions {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Import as a revision of this plan, whatever its title says. */
  readonly planId?: number;
  /** Work out everything, write nothing. */
  readonly dryRun?: boolean;
  /** Who imports: an administrator, or someone at the shell. */
  readonly actor: Actor;
  readonly now?: () => Date;
}

export type ImportPlanOutcome =
  | {
      readonly kind: "created" | "revised";
      readonly planId: number;
      readonly revision: number;
      readonly plan: Plan;
      readonly diff: PlanDiff;
      readonly newUnits: readonly string[];
      readonly diagnostics: readonly Diagnostic[];
      readonly dryRun: boolean;
    }
  | {
      readonly kind: "unchanged";
      readonly planId: number;
      readonly revision: number;
      /** The very file was imported before, or another file with the same content. */
      readonly reason: "same_file" | "same_content";
      readonly diagnostics: readonly Diagnostic[];
      readonly dryRun: boolean;
    };

/** Carries an outcome out of a transaction that must not commit (dry run, nothing to do). */
class RollbackWith extends Error {
  constructor(readonly outcome: ImportPlanOutcome) {
    super("rolled back on purpose");
  }
}

const EMPTY_PLAN: Plan = {
  title: "",
  subtitle: null,
  year: 0,
  issuer: null,
  ownerUnit: null,
  headerCounts: null,
  columns: [],
  tasks: [],
};

const planKey = (plan: Plan): string =>
  [plan.year, plan.issuer ?? "", plan.ownerUnit ?? ""].join("|");

const unitCreated = (file: string, name: string): Diagnostic => ({
  severity: "warning",
  code: "unit.created",
  message: message(
    `单位「${name}」不在单位目录中，已新建；如是已有单位的别称，请用 duban units merge 合并`,
    `The unit "${name}" was not in the directory and has been created; if it is another name of a known unit, merge them with duban units merge`,
  ),
  location: { file, text: name },
});

interface Written {
  readonly planId: number;
  readonly previous: number;
}

const lockTarget = async (
  trx: Kysely<Schema>,
  input: ImportPlanInput,
  plan: Plan,
  now: string,
): Promise<Written> => {
  if (input.planId !== undefined) {
    const locked = await lockPlanById(trx, input.planId, now);
    if (!locked) throw planNotFound(input.planId);
    return { planId: locked.id, previous: locked.currentRevision };
  }
  const owner =
    plan.ownerUnit === null
      ? null
      : ((await findUnitIds(trx, [plan.ownerUnit])).get(plan.ownerUnit) ?? null);
  const locked = await lockPlanByKey(
    trx,
    {
      planKey: planKey(plan),
      year: plan.year,
      issuer: plan.issuer,
      kind: plan.ownerUnit === null ? "master" : "slice",
      ownerUnitId: owner,
      title: plan.title,
    },
    now,
  );
  return { planId: locked.id, previous: locked.currentRevision };
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
  authorize(input.actor, { action: "plan.import" });
  const read = await importPlanBytes(input.bytes, input.fileName, input);
  if (!read.ok) {
    throw new DubanError(
      "import.invalid_file",
      message(
        `「${input.fileName}」有错误，未导入`,
        `"${input.fileName}" has errors and was not imported`,
      ),
      { diagnostics: read.diagnostics },
    );
  }
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const now = (input.now ?? (() => new Date()))().toISOString();
  const dryRun = input.dryRun === true;
  try {
    const outcome = await writeTransaction(db, async (trx) => {
      const units = await resolveUnitNames(trx, unitNamesIn(read.plan));
      const known = renameUnits(
        read.plan,
        (name) => units.canonical.get(normalizeUnitName(name)) ?? name,
      );
      const unitIds = await insertUnits(trx, units.unknown, now);
      const { planId, previous } = await lockTarget(trx, input, known, now);
      const diagnostics = [
        ...read.diagnostics,
        ...units.unknown.map((name) => unitCreated(input.fileName, name)),
      ];
      if (previous > 0 && (await revisionSourceSha(trx, planId, previous)) === sha256) {
        throw new RollbackWith({
          kind: "unchanged",
          planId,
          revision: previous,
          reason: "same_file",
          diagnostics,
          dryRun,
        });
      }
      const stored = previous > 0 ? await loadPlanContent(trx, planId, previous) : undefined;
      const diff = diffPlans(stored?.plan ?? EMPTY_PLAN, known);
      if (stored && diff.identical) {
        throw new RollbackWith({
          kind: "unchanged",
          planId,
          revision: previous,
          reason: "same_content",
          diagnostics,
          dryRun,
        });
      }
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
      const revision = previous + 1;
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
      });
      await setCurrentRevision(trx, planId, revision, known.title);
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
            counts: diff.counts,
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
        diagnostics,
        dryRun,
      };
      if (dryRun) throw new RollbackWith(outcome);
      return outcome;
    });
    await refreshStatistics(db);
    return outcome;
  } catch (error) {
    if (error instanceof RollbackWith) return error.outcome;
    throw error;
  }
};
