import type { Database } from "../db/database.js";
import { findMilestoneKeys } from "../db/queries/milestone-rows.js";
import { message } from "../domain/message.js";
import { formatMilestoneRef, type MilestoneRef } from "../domain/milestone-ref.js";
import { DubanError } from "./duban-error.js";

/**
 * The id of the current milestone a reference names ("204（1）"), in one
 * plan or, without one, in the only plan that has it. The use case that
 * then acts on the id decides whether the actor may see it.
 */
export const milestoneIdByRef = async (
  db: Database,
  ref: MilestoneRef,
  planId?: number,
): Promise<number> => {
  const found = (await findMilestoneKeys(db.kysely, planId === undefined ? {} : { planId })).filter(
    (m) => m.taskNo === ref.taskNo && m.seq === ref.seq,
  );
  const name = formatMilestoneRef(ref);
  const [only, ...others] = found;
  if (only === undefined) {
    throw new DubanError(
      "milestone.not_found",
      message(`没有节点计划 ${name}`, `There is no milestone ${name}`),
    );
  }
  if (others.length > 0) {
    const plans = found.map((m) => String(m.planId)).join(", ");
    throw new DubanError(
      "milestone.invalid_input",
      message(
        `节点计划 ${name} 在多个计划中都有（计划 ${plans}），请用 --plan 指明`,
        `Milestone ${name} is in several plans (${plans}): name one with --plan`,
      ),
      { field: "milestone" },
    );
  }
  return only.id;
};
