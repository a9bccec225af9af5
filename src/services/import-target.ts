import type { Kysely } from "kysely";
import { loadPlanContent, type StoredPlanContent } from "../db/queries/plan-content.js";
import { findPlan, lockPlanById, lockPlanByKey } from "../db/queries/plans.js";
import { revisionSource } from "../db/queries/revisions.js";
import { subPlanKey, tieSubPlan } from "../db/queries/sub-plans.js";
import { findUnitIds } from "../db/queries/units.js";
import type { Schema } from "../db/schema.js";
import { sameInitialProgress, statesProgress } from "../domain/initial-progress.js";
import { categoryOfTitle } from "../domain/plan-grouping.js";
import { furtherPlanKey, planIdentityKey } from "../domain/plan-identity.js";
import type { Plan } from "../domain/plan.js";
import { diffFromEmpty, diffPlans, EMPTY_PLAN, type PlanDiff } from "../domain/revision-diff.js";
import { refuseIfArchived } from "./archived-plan.js";
import { planNotFound } from "./duban-error.js";

/** A stored plan with the same identity (year, issuer, owner unit, title) that was not revised. */
export interface PlanMatch {
  readonly planId: number;
  readonly title: string;
  readonly revision: number;
}

/** Where an import goes: nowhere (it is there already), or a plan locked for this transaction. */
export type ImportTarget =
  | {
      readonly kind: "unchanged";
      readonly planId: number;
      readonly revision: number;
      readonly reason: "same_file" | "same_content";
    }
  | {
      readonly kind: "write";
      readonly planId: number;
      /** The revision in force, 0 for a new plan. */
      readonly previous: number;
      readonly stored: StoredPlanContent | undefined;
      readonly diff: PlanDiff;
      /** Set when the table was offered a revision of this plan but starts one of its own. */
      readonly match: PlanMatch | null;
    };

/** The file an import reads, and the corrections applied to it as they are stored. */
interface ImportSource {
  readonly sha256: string;
  readonly correctionsJson: string | null;
}

/** The table against the locked plan's revision in force: the same, or what would change. */
const compare = async (
  trx: Kysely<Schema>,
  locked: { readonly id: number; readonly currentRevision: number },
  plan: Plan,
  source: ImportSource,
): Promise<ImportTarget> => {
  const { id: planId, currentRevision: previous } = locked;
  if (previous === 0) {
    return {
      kind: "write",
      planId,
      previous,
      stored: undefined,
      diff: diffFromEmpty(plan),
      match: null,
    };
  }
  // The same file read with other corrections is a new reading of it, compared by content.
  const current = await revisionSource(trx, planId, previous);
  if (current?.sha256 === source.sha256 && current.correctionsJson === source.correctionsJson) {
    return { kind: "unchanged", planId, revision: previous, reason: "same_file" };
  }
  const stored = await loadPlanContent(trx, planId, previous);
  const diff = diffPlans(stored?.plan ?? EMPTY_PLAN, plan);
  // An unchanged plan stating other progress is kept for that progress (a new
  // quarterly table); one stating none has nothing new to say.
  const nothingNew =
    stored !== undefined &&
    diff.identical &&
    (!statesProgress(plan) || sameInitialProgress(stored.plan, plan));
  if (nothingNew) {
    return { kind: "unchanged", planId, revision: previous, reason: "same_content" };
  }
  return { kind: "write", planId, previous, stored, diff, match: null };
};

const lockByKey = async (
  trx: Kysely<Schema>,
  plan: Plan,
  planKey: string,
  now: string,
): Promise<{ id: number; currentRevision: number }> => {
  const owner =
    plan.ownerUnit === null
      ? null
      : ((await findUnitIds(trx, [plan.ownerUnit])).get(plan.ownerUnit) ?? null);
  return lockPlanByKey(
    trx,
    {
      planKey,
      year: plan.year,
      issuer: plan.issuer,
      kind: plan.ownerUnit === null ? "master" : "slice",
      category: categoryOfTitle(plan.title),
      ownerUnitId: owner,
      title: plan.title,
    },
    now,
  );
};

/**
 * The plan a table goes to, locked for this transaction. A milestone's
 * sub-plan is the one plan of that milestone. A named plan
 * (`planId`) is revised, whatever the table's title. Otherwise a plan of the
 * same identity takes the table only when the table changes nothing there
 * (the same file or content again); a table that would change it starts a
 * plan of its own, and the match is reported so that the import can be
 * repeated naming that plan. A revision is never made by guessing.
 */
export const resolveImportTarget = async (
  trx: Kysely<Schema>,
  input: {
    readonly planId?: number;
    /** The milestone whose sub-plan (子计划) this is (created at first, revised after), and its lead unit. */
    readonly subPlanOf?: { readonly milestoneId: number; readonly ownerUnitId: number };
    readonly plan: Plan;
  } & ImportSource,
  now: string,
): Promise<ImportTarget> => {
  const { plan, sha256 } = input;
  if (input.subPlanOf !== undefined) {
    const locked = await lockByKey(trx, plan, subPlanKey(input.subPlanOf.milestoneId), now);
    await tieSubPlan(trx, locked.id, input.subPlanOf);
    await refuseIfArchived(trx, locked.id);
    return compare(trx, locked, plan, input);
  }
  if (input.planId !== undefined) {
    const locked = await lockPlanById(trx, input.planId, now);
    if (!locked) throw planNotFound(input.planId);
    await refuseIfArchived(trx, locked.id);
    return compare(trx, locked, plan, input);
  }
  const identity = planIdentityKey(plan);
  const same = await lockByKey(trx, plan, identity, now);
  const target = await compare(trx, same, plan, input);
  if (target.kind === "unchanged" || same.currentRevision === 0) return target;
  const further = await lockByKey(trx, plan, furtherPlanKey(identity, sha256), now);
  const own = await compare(trx, further, plan, input);
  const matched = await findPlan(trx, same.id);
  return own.kind === "unchanged"
    ? own
    : {
        ...own,
        match: {
          planId: same.id,
          title: matched?.title ?? plan.title,
          revision: same.currentRevision,
        },
      };
};
