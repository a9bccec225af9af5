import type { Database } from "../db/database.js";
import { appendAudit, type InstructionAuditView } from "../db/queries/audit.js";
import {
  advanceInstruction,
  findInstructions,
  insertInstruction,
  insertInstructionResponse,
  responsesTo,
  type InstructionTargetType,
  type StoredInstruction,
} from "../db/queries/instructions.js";
import { findMilestoneRows } from "../db/queries/milestone-rows.js";
import { findTaskRows } from "../db/queries/task-rows.js";
import { unitNamesById } from "../db/queries/units.js";
import { writeTransaction } from "../db/write-transaction.js";
import { refuseIfArchived } from "./archived-plan.js";
import type { IsoDate } from "../domain/iso-date.js";
import { message } from "../domain/message.js";
import { accountOf, type Actor } from "../policies/actor.js";
import type { MilestoneRelation } from "../policies/permissions.js";
import { auditActor, authorize } from "./authorize.js";
import { DubanError, forbidden } from "./duban-error.js";
import { loadTaskContext } from "./task-context.js";
import { peopleNames } from "./people-names.js";
import { instructionAbilities, type InstructionAbilities } from "./access/abilities.js";
import { milestoneRelations, taskRelations, type MilestoneRef } from "./access/relations.js";
import { viewerScope, type ViewerScope } from "./access/viewer-scope.js";
import type { StepTime } from "./workflow/clock.js";
import {
  loadMilestoneContext,
  milestoneRemoved,
  type MilestoneContext,
} from "./workflow/milestone-context.js";

export interface InstructionTarget {
  readonly type: InstructionTargetType;
  readonly id: number;
}

/** One unit's answer, with who gave it and when. */
export interface InstructionResponseView {
  readonly id: number;
  readonly unitId: number;
  readonly unit: string;
  readonly actor: string;
  /** Who answered, as people know them. */
  readonly actorName: string;
  readonly text: string;
  readonly createdAt: string;
}

export interface InstructionView {
  readonly id: number;
  readonly planId: number;
  readonly targetType: InstructionTargetType;
  readonly targetId: number;
  /** What the target says now; nulls when a revision has removed it. */
  readonly target: {
    readonly taskId: number | null;
    readonly taskNo: number | null;
    readonly seq: number | null;
    readonly text: string | null;
  };
  readonly text: string;
  /** The leader as written ("市长 张三"). */
  readonly issuedBy: string;
  /** Who entered it in Duban: the record's actor, and as people know them. */
  readonly enteredBy: string;
  readonly enteredByName: string;
  readonly createdAt: string;
  readonly responseDue: IsoDate | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly closedByName: string | null;
  /** Counts changes (responses, closing); a close may name it to be sure nothing came in since. */
  readonly version: number;
  readonly responses: readonly InstructionResponseView[];
  /** What the viewer may do on it now. */
  readonly can: InstructionAbilities;
}

export interface InstructionQuery {
  readonly planId?: number;
  readonly target?: InstructionTarget;
  /**
   * Open instructions still waiting for an answer: for a unit, those on what
   * it is responsible for that it has not answered; for the office, those
   * no unit has answered.
   */
  readonly awaiting?: boolean;
}

export const instructionNotFound = (id: number): DubanError =>
  new DubanError(
    "instruction.not_found",
    message(`没有编号为 ${id} 的批示`, `There is no instruction ${id}`),
  );

const closedAlready = (): DubanError =>
  new DubanError(
    "instruction.invalid_state",
    message("该批示已办结", "The instruction is closed already"),
  );

const staleInstruction = (current: InstructionView): DubanError =>
  new DubanError(
    "instruction.conflict",
    message(
      "该批示已有新的办理情况，请刷新后再操作",
      "The instruction has changed since it was read; reload it and try again",
    ),
    { field: "body.version", current },
  );

const isNotFound = (error: unknown): boolean =>
  error instanceof DubanError && error.code.endsWith(".not_found");

/** How the target stands to the actor, after checking that the actor may see it (404 if not). */
const targetRelation = async (
  db: Database,
  actor: Actor,
  target: InstructionTarget,
): Promise<{
  readonly planId: number;
  readonly relation: MilestoneRelation;
  readonly removed?: MilestoneContext;
}> => {
  if (target.type === "milestone") {
    const context = await loadMilestoneContext(db, actor, target.id);
    return {
      planId: context.row.planId,
      relation: context.relation,
      ...(context.removedInRevision === null ? {} : { removed: context }),
    };
  }
  const context = await loadTaskContext(db, actor, target.id);
  return { planId: context.row.planId, relation: context.relation };
};

const toViews = async (
  db: Database,
  actor: Actor,
  instructions: readonly StoredInstruction[],
): Promise<InstructionView[]> => {
  const scope = await viewerScope(db, actor);
  const responses = await responsesTo(
    db.kysely,
    instructions.map((i) => i.id),
  );
  const unitNames = await unitNamesById(
    db.kysely,
    [...responses.values()].flat().map((r) => r.unitId),
  );
  const nameOf = await peopleNames(db, [
    ...instructions.flatMap((i) => [i.enteredBy, i.closedBy]),
    ...[...responses.values()].flat().map((r) => r.actor),
  ]);
  const idsOf = (type: InstructionTargetType) =>
    instructions.filter((i) => i.targetType === type).map((i) => i.targetId);
  const milestoneIds = idsOf("milestone");
  const milestones = new Map(
    (milestoneIds.length === 0
      ? []
      : await findMilestoneRows(db.kysely, { ids: { of: "milestone", values: milestoneIds } })
    ).map((row) => [row.id, row]),
  );
  const taskIds = idsOf("task");
  const tasks = new Map(
    (taskIds.length === 0 ? [] : await findTaskRows(db.kysely, { taskIds })).map((row) => [
      row.id,
      row,
    ]),
  );
  const relations = await targetRelations(db, scope, [...milestones.values()], taskIds);
  return instructions.map((instruction) => {
    const milestone =
      instruction.targetType === "milestone" ? milestones.get(instruction.targetId) : undefined;
    const task = instruction.targetType === "task" ? tasks.get(instruction.targetId) : undefined;
    const relation =
      (milestone
        ? relations.milestones.get(milestone.versionId)
        : task
          ? relations.tasks.get(task.id)
          : undefined) ?? "none";
    return {
      id: instruction.id,
      planId: instruction.planId,
      targetType: instruction.targetType,
      targetId: instruction.targetId,
      target: milestone
        ? {
            taskId: milestone.taskId,
            taskNo: milestone.taskNo,
            seq: milestone.seq,
            text: milestone.text,
          }
        : task
          ? { taskId: task.id, taskNo: task.no, seq: null, text: task.title }
          : { taskId: null, taskNo: null, seq: null, text: null },
      text: instruction.text,
      issuedBy: instruction.issuedBy,
      enteredBy: instruction.enteredBy,
      enteredByName: nameOf(instruction.enteredBy),
      createdAt: instruction.createdAt,
      responseDue: instruction.responseDue,
      closedAt: instruction.closedAt,
      closedBy: instruction.closedBy,
      closedByName: instruction.closedBy === null ? null : nameOf(instruction.closedBy),
      version: instruction.version,
      responses: (responses.get(instruction.id) ?? []).map((r) => ({
        id: r.id,
        unitId: r.unitId,
        unit: unitNames.get(r.unitId) ?? String(r.unitId),
        actor: r.actor,
        actorName: nameOf(r.actor),
        text: r.text,
        createdAt: r.createdAt,
      })),
      can: instructionAbilities(actor, relation, instruction),
    };
  });
};

/** How the instructions' targets (those still in the plan) stand to the viewer, in two lookups each. */
const targetRelations = async (
  db: Database,
  scope: ViewerScope,
  milestones: readonly MilestoneRef[],
  taskIds: readonly number[],
) => ({
  milestones: await milestoneRelations(db, scope, milestones),
  tasks: await taskRelations(db, scope, taskIds),
});

const viewOf = async (db: Database, actor: Actor, id: number): Promise<InstructionView> => {
  const [view] = await toViews(db, actor, await findInstructions(db.kysely, { ids: [id] }));
  if (!view) throw instructionNotFound(id);
  return view;
};

const auditView = (instruction: StoredInstruction): InstructionAuditView => ({
  planId: instruction.planId,
  targetType: instruction.targetType,
  targetId: instruction.targetId,
  text: instruction.text,
  issuedBy: instruction.issuedBy,
  responseDue: instruction.responseDue,
  closedAt: instruction.closedAt,
});

/**
 * An instruction the actor may see, with how its target stands to the
 * actor. The office sees every one (also on a target a revision removed);
 * a unit those on what it is responsible for, others do not exist for it.
 */
const loadInstruction = async (
  db: Database,
  actor: Actor,
  id: number,
): Promise<{ readonly instruction: StoredInstruction; readonly relation: MilestoneRelation }> => {
  const [instruction] = await findInstructions(db.kysely, { ids: [id] });
  if (!instruction) throw instructionNotFound(id);
  if ((await viewerScope(db, actor)).all) return { instruction, relation: "none" };
  try {
    const { relation } = await targetRelation(db, actor, {
      type: instruction.targetType,
      id: instruction.targetId,
    });
    return { instruction, relation };
  } catch (error) {
    if (isNotFound(error)) throw instructionNotFound(id);
    throw error;
  }
};

/**
 * The supervision office enters a leader's instruction (领导批示) on a task
 * or a milestone. It changes nothing about the target's workflow, so it
 * takes no version of it: units working on the milestone are not stopped.
 */
export const issueInstruction = async (
  db: Database,
  actor: Actor,
  input: {
    readonly target: InstructionTarget;
    readonly text: string;
    readonly issuedBy: string;
    readonly responseDue: IsoDate | null;
  },
  time: StepTime,
): Promise<InstructionView> => {
  authorize(actor, { action: "instruction.issue" });
  const { planId, removed } = await targetRelation(db, actor, input.target);
  if (removed) throw milestoneRemoved(removed);
  if (input.responseDue !== null && input.responseDue < time.today) {
    throw new DubanError(
      "instruction.invalid_input",
      message("反馈时限不能早于今天", "The response due date cannot be before today"),
      { field: "body.responseDue" },
    );
  }
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  const id = await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, planId);
    const values = {
      planId,
      targetType: input.target.type,
      targetId: input.target.id,
      text: input.text,
      issuedBy: input.issuedBy,
      enteredBy: who.name,
      enteredByUserId: who.userId,
      responseDue: input.responseDue,
    };
    const inserted = await insertInstruction(trx, values, stamp);
    await appendAudit(
      trx,
      who,
      {
        action: "instruction.issued",
        objectType: "instruction",
        objectId: inserted,
        after: auditView({
          ...values,
          id: inserted,
          createdAt: stamp,
          closedAt: null,
          closedBy: null,
          version: 1,
        }),
      },
      stamp,
    );
    return inserted;
  });
  return viewOf(db, actor, id);
};

/** Instructions the actor may see, oldest first: of a plan, on one target, or still awaiting an answer. */
export const listInstructions = async (
  db: Database,
  actor: Actor,
  query: InstructionQuery,
): Promise<InstructionView[]> => {
  const scope = await viewerScope(db, actor);
  // A target the actor may not see answers 404, as it does everywhere else.
  if (query.target !== undefined) await targetRelation(db, actor, query.target);
  const found = await findInstructions(db.kysely, {
    // Every plan in use, unless a plan or a target (archived or not) is named.
    ...(query.target === undefined
      ? { visibleTo: scope, planId: query.planId ?? "in_use" }
      : { target: query.target, ...(query.planId === undefined ? {} : { planId: query.planId }) }),
    ...(query.awaiting === true
      ? {
          open: true,
          unansweredBy: scope.all || actor.kind === "shell" ? "any_unit" : { unitId: actor.unitId },
        }
      : {}),
  });
  return toViews(db, actor, found);
};

export const getInstruction = async (
  db: Database,
  actor: Actor,
  id: number,
): Promise<InstructionView> => {
  await loadInstruction(db, actor, id);
  return viewOf(db, actor, id);
};

/**
 * A unit responsible for the target (leading or cooperating) answers; the
 * answer is kept with its unit and time, and a unit may answer again.
 */
export const respondToInstruction = async (
  db: Database,
  actor: Actor,
  input: { readonly instructionId: number; readonly text: string },
  time: StepTime,
): Promise<InstructionView> => {
  const { instruction, relation } = await loadInstruction(db, actor, input.instructionId);
  // The answer is a unit's: whoever works at the shell stands for none.
  if (actor.kind === "shell") throw forbidden();
  authorize(actor, { action: "instruction.respond", relation });
  if (instruction.closedAt !== null) throw closedAlready();
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, instruction.planId);
    // First, so that a close at the same moment either comes after or refuses this.
    if (!(await advanceInstruction(trx, instruction.id, {}, stamp))) throw closedAlready();
    const responseId = await insertInstructionResponse(
      trx,
      {
        instructionId: instruction.id,
        unitId: actor.unitId,
        actor: actor.name,
        userId: accountOf(actor),
        text: input.text,
      },
      stamp,
    );
    await appendAudit(
      trx,
      who,
      {
        action: "instruction.responded",
        objectType: "instruction",
        objectId: instruction.id,
        after: { responseId, unitId: actor.unitId, text: input.text },
      },
      stamp,
    );
  });
  return viewOf(db, actor, instruction.id);
};

/**
 * The office closes (办结) an instruction: no more answers. With `version`,
 * only if nothing has come in since the office read it (409 otherwise).
 */
export const closeInstruction = async (
  db: Database,
  actor: Actor,
  input: { readonly instructionId: number; readonly version?: number },
  time: StepTime,
): Promise<InstructionView> => {
  authorize(actor, { action: "instruction.issue" });
  const { instruction } = await loadInstruction(db, actor, input.instructionId);
  if (instruction.closedAt !== null) throw closedAlready();
  if (input.version !== undefined && input.version !== instruction.version) {
    throw staleInstruction(await viewOf(db, actor, instruction.id));
  }
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  const closed = await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, instruction.planId);
    const change = {
      close: { by: who.name },
      ...(input.version === undefined ? {} : { expectedVersion: input.version }),
    };
    if (!(await advanceInstruction(trx, instruction.id, change, stamp))) return false;
    await appendAudit(
      trx,
      who,
      {
        action: "instruction.closed",
        objectType: "instruction",
        objectId: instruction.id,
        after: auditView({ ...instruction, closedAt: stamp, closedBy: who.name }),
      },
      stamp,
    );
    return true;
  });
  const view = await viewOf(db, actor, instruction.id);
  if (!closed) throw view.closedAt === null ? staleInstruction(view) : closedAlready();
  return view;
};
