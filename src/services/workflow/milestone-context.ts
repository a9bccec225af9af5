import type { Database } from "../../db/database.js";
import {
  findMilestoneRows,
  unitsOfMilestoneVersions,
  type MilestoneRow,
  type MilestoneUnitRow,
} from "../../db/queries/milestone-rows.js";
import { readStates, type MilestoneState } from "../../db/queries/milestone-states.js";
import { readPlanSettings } from "../../db/queries/plan-settings.js";
import { findRemovedMilestoneRow } from "../../db/queries/removed-milestone.js";
import { message } from "../../domain/message.js";
import type { PlanSettings } from "../../domain/plan-settings.js";
import type { Actor } from "../../policies/actor.js";
import type { MilestoneRelation } from "../../policies/permissions.js";
import { authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { milestoneRelation } from "../access/relations.js";
import { viewerScope } from "../access/viewer-scope.js";

/** A milestone as a workflow action needs it: where it stands and how it stands to the actor. */
export interface MilestoneContext {
  readonly row: MilestoneRow;
  readonly units: readonly MilestoneUnitRow[];
  /** The actor's unit's relation to the milestone; "none" for the supervision office. */
  readonly relation: MilestoneRelation;
  readonly state: MilestoneState;
  readonly settings: PlanSettings;
  /** The revision that removed the milestone: it is then read as it stood, and never written. */
  readonly removedInRevision: number | null;
}

export const milestoneNotFound = (id: number): DubanError =>
  new DubanError(
    "milestone.not_found",
    message(`没有编号为 ${id} 的节点计划`, `There is no milestone ${id}`),
  );

/** Loads a milestone the actor may see; one it may not see does not exist for it. */
export const loadMilestoneContext = async (
  db: Database,
  actor: Actor,
  milestoneId: number,
): Promise<MilestoneContext> => {
  const [current] = await findMilestoneRows(db.kysely, {
    ids: { of: "milestone", values: [milestoneId] },
  });
  const removed = current ? undefined : await findRemovedMilestoneRow(db.kysely, milestoneId);
  const row = current ?? removed;
  if (!row) throw milestoneNotFound(milestoneId);
  const units =
    (await unitsOfMilestoneVersions(db.kysely, [row.versionId])).get(row.versionId) ?? [];
  const relation = await milestoneRelation(db, await viewerScope(db, actor), row);
  authorize(actor, { action: "milestone.read", relation }, () => milestoneNotFound(milestoneId));
  const state = (await readStates(db.kysely, [milestoneId])).get(milestoneId);
  const settings = (await readPlanSettings(db.kysely, [row.planId])).get(row.planId);
  if (!state || !settings) throw milestoneNotFound(milestoneId);
  return {
    row,
    units,
    relation,
    state,
    settings: settings.settings,
    removedInRevision: removed?.removedInRevision ?? null,
  };
};

/** A write to a milestone a revision removed: refused, its record kept as it was. */
export const milestoneRemoved = (context: MilestoneContext): DubanError =>
  new DubanError(
    "milestone.removed",
    message(
      `该节点计划已在第${String(context.removedInRevision)}版中删除，只能查看，不能再办理`,
      `This milestone was removed in revision ${String(context.removedInRevision)}: it can be read, not acted on`,
    ),
  );

/** The milestone moved on since the client read it: 409 with where it stands now. */
export const staleVersion = (state: MilestoneState): DubanError =>
  new DubanError(
    "milestone.conflict",
    message(
      "该节点计划已被他人更新，请刷新后再操作",
      "Someone else has changed this milestone; reload it and try again",
    ),
    { field: "body.version", current: state },
  );

export const invalidState = (zh: string, en: string): DubanError =>
  new DubanError("milestone.invalid_state", message(zh, en));
