import type { Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import type { Schema } from "../schema.js";
import { plansCovered, type PlanScope } from "./plans.js";
import {
  narrowedTo,
  NO_REACH,
  visibleMilestoneIds,
  visibleTaskIds,
  type ViewerScope,
} from "./access.js";
import { refreshSearchEntries } from "./search-index.js";

export type InstructionTargetType = "task" | "milestone";

export interface StoredInstruction {
  readonly id: number;
  readonly planId: number;
  readonly targetType: InstructionTargetType;
  readonly targetId: number;
  readonly text: string;
  readonly issuedBy: string;
  readonly enteredBy: string;
  readonly enteredByUserId: number | null;
  readonly createdAt: string;
  readonly responseDue: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly version: number;
}

export interface StoredInstructionResponse {
  readonly id: number;
  readonly instructionId: number;
  readonly unitId: number;
  readonly actor: string;
  readonly userId: number | null;
  readonly text: string;
  readonly createdAt: string;
}

export interface InstructionFilter {
  readonly ids?: readonly number[];
  readonly planId?: PlanScope;
  readonly target?: { readonly type: InstructionTargetType; readonly id: number };
  /** Only those not closed. */
  readonly open?: boolean;
  /** Only those no answer has come to yet: from this unit, or from any unit. */
  readonly unansweredBy?: { readonly unitId: number } | "any_unit";
  /** Only those on what this viewer may see: a task or milestone its units stand in. */
  readonly visibleTo?: ViewerScope;
}

export const insertInstruction = async (
  db: Kysely<Schema>,
  instruction: Pick<
    StoredInstruction,
    | "planId"
    | "targetType"
    | "targetId"
    | "text"
    | "issuedBy"
    | "enteredBy"
    | "enteredByUserId"
    | "responseDue"
  >,
  now: string,
): Promise<number> => {
  const id = (
    await db
      .insertInto("instructions")
      .values({
        plan_id: instruction.planId,
        target_type: instruction.targetType,
        target_id: instruction.targetId,
        text: instruction.text,
        issued_by: instruction.issuedBy,
        entered_by: instruction.enteredBy,
        entered_by_user_id: instruction.enteredByUserId,
        created_at: now,
        response_due: instruction.responseDue,
        closed_at: null,
        closed_by: null,
        version: 1,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await refreshSearchEntries(db, "instruction", [id]);
  return id;
};

/** Instructions matching the filter, oldest first. */
export const findInstructions = async (
  db: Kysely<Schema>,
  filter: InstructionFilter,
): Promise<StoredInstruction[]> => {
  const visibleTo = narrowedTo(filter.visibleTo);
  const unanswered = filter.unansweredBy;
  const answeringUnit = typeof unanswered === "object" ? unanswered.unitId : null;
  const rows = await collectChunks(
    filter.ids === undefined ? [undefined] : chunksFor(filter.ids, 1),
    (chunk) =>
      db
        .selectFrom("instructions")
        .selectAll()
        .$if(chunk !== undefined, (q) => q.where("id", "in", chunk ?? []))
        .$if(filter.planId !== undefined, (q) =>
          q.where("plan_id", "in", plansCovered(db, filter.planId ?? "in_use")),
        )
        .$if(filter.target !== undefined, (q) =>
          q
            .where("target_type", "=", filter.target?.type ?? "task")
            .where("target_id", "=", filter.target?.id ?? -1),
        )
        .$if(filter.open === true, (q) => q.where("closed_at", "is", null))
        .$if(unanswered !== undefined, (q) =>
          q.where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom("instruction_responses as ir")
                  .select("ir.id")
                  .whereRef("ir.instruction_id", "=", "instructions.id")
                  .$if(answeringUnit !== null, (inner) =>
                    inner.where("ir.unit_id", "=", answeringUnit ?? -1),
                  ),
              ),
            ),
          ),
        )
        .$if(visibleTo !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb.and([
                eb("target_type", "=", "milestone"),
                eb("target_id", "in", visibleMilestoneIds(db, visibleTo ?? NO_REACH)),
              ]),
              eb.and([
                eb("target_type", "=", "task"),
                eb("target_id", "in", visibleTaskIds(db, visibleTo ?? NO_REACH)),
              ]),
            ]),
          ),
        )
        .orderBy("id")
        .execute(),
  );
  return rows.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    targetType: row.target_type,
    targetId: row.target_id,
    text: row.text,
    issuedBy: row.issued_by,
    enteredBy: row.entered_by,
    enteredByUserId: row.entered_by_user_id,
    createdAt: row.created_at,
    responseDue: row.response_due,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    version: row.version,
  }));
};

/**
 * Moves an open instruction on by one version, closing it if `close` says
 * by whom; false when it is closed, or (with `expectedVersion`) another
 * change came first. The row stays locked to the end of the transaction.
 */
export const advanceInstruction = async (
  db: Kysely<Schema>,
  id: number,
  change: {
    readonly expectedVersion?: number;
    readonly close?: { readonly by: string };
  },
  now: string,
): Promise<boolean> => {
  const updated = await db
    .updateTable("instructions")
    .set((eb) => ({
      version: eb("version", "+", 1),
      ...(change.close === undefined ? {} : { closed_at: now, closed_by: change.close.by }),
    }))
    .where("id", "=", id)
    .where("closed_at", "is", null)
    .$if(change.expectedVersion !== undefined, (q) =>
      q.where("version", "=", change.expectedVersion ?? -1),
    )
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
};

export const insertInstructionResponse = async (
  db: Kysely<Schema>,
  response: Omit<StoredInstructionResponse, "id" | "createdAt">,
  now: string,
): Promise<number> => {
  const id = (
    await db
      .insertInto("instruction_responses")
      .values({
        instruction_id: response.instructionId,
        unit_id: response.unitId,
        actor: response.actor,
        user_id: response.userId,
        text: response.text,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await refreshSearchEntries(db, "answer", [id]);
  return id;
};

/** The responses to some instructions, oldest first, by instruction. */
export const responsesTo = async (
  db: Kysely<Schema>,
  instructionIds: readonly number[],
): Promise<Map<number, StoredInstructionResponse[]>> => {
  const found = new Map<number, StoredInstructionResponse[]>();
  for (const chunk of chunksFor(instructionIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom("instruction_responses")
      .selectAll()
      .where("instruction_id", "in", chunk)
      .orderBy("id")
      .execute();
    for (const row of rows) {
      const list = found.get(row.instruction_id) ?? [];
      list.push({
        id: row.id,
        instructionId: row.instruction_id,
        unitId: row.unit_id,
        actor: row.actor,
        userId: row.user_id,
        text: row.text,
        createdAt: row.created_at,
      });
      found.set(row.instruction_id, list);
    }
  }
  return found;
};
