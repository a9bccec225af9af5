import type { Database } from "../../db/database.js";
import type { MilestoneState } from "../../db/queries/milestone-states.js";
import { readLedger } from "../../db/queries/milestone-ledger.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import type { StepTime } from "./clock.js";
import { claimEvidence } from "./evidence.js";
import { reportsOfficially, stillOpen } from "./milestone-abilities.js";
import { invalidState, loadMilestoneContext } from "./milestone-context.js";
import { writeStep } from "./write-step.js";

export interface ProgressReport {
  readonly milestoneId: number;
  readonly version: number;
  readonly text: string;
  readonly percent: number | null;
  /** Files uploaded on the milestone beforehand (uploadEvidence), which the report takes. */
  readonly attachmentIds: readonly number[];
  /** The cooperating units' reports (ids) a lead's report draws on. */
  readonly cites: readonly number[];
}

/**
 * A responsible unit reports progress. The milestone's lead unit's report is
 * its progress for the period; a cooperating unit's, or that of the task's
 * lead where another unit leads the milestone, goes to the milestone's lead
 * as input, for its report to draw on and cite.
 */
export const reportProgress = async (
  db: Database,
  actor: Actor,
  input: ProgressReport,
  time: StepTime,
): Promise<{ readonly state: MilestoneState; readonly official: boolean }> => {
  const context = await loadMilestoneContext(db, actor, input.milestoneId);
  authorize(actor, { action: "milestone.report", relation: context.relation });
  if (!stillOpen(context.state)) {
    throw invalidState(
      "该节点计划已完成，不能再报送进展",
      "The milestone is done; no more reports",
    );
  }
  const official = reportsOfficially(actor, context.relation);
  if (!official && input.cites.length > 0) {
    throw new DubanError(
      "milestone.invalid_input",
      message(
        "只有牵头单位的报送可以引用配合单位的材料",
        "Only the lead unit's report cites others",
      ),
      { field: "body.cites" },
    );
  }
  if (input.cites.length > 0) {
    const inputs = new Set(
      (await readLedger(db.kysely, [context.row.id], { kinds: ["input"] }))
        .filter(({ entry }) => entry.kind === "input")
        .map(({ id }) => id),
    );
    const unknown = input.cites.find((id) => !inputs.has(id));
    if (unknown !== undefined) {
      throw new DubanError(
        "milestone.invalid_input",
        message(
          `引用的 ${unknown} 不是本节点计划配合单位的报送`,
          `${unknown} is not a cooperating unit's report on this milestone`,
        ),
        { field: "body.cites" },
      );
    }
  }
  const { state } = await writeStep(
    db,
    actor,
    context,
    input.version,
    time.now,
    (trx) => claimEvidence(trx, actor, context.row.id, input.attachmentIds),
    (attachmentIds) => ({
      entries: [
        official
          ? [
              "milestone.reported",
              {
                kind: "reported",
                on: time.today,
                text: input.text,
                percent: input.percent,
                attachmentIds,
                cites: input.cites,
              },
            ]
          : [
              "milestone.input_reported",
              {
                kind: "input",
                on: time.today,
                text: input.text,
                percent: input.percent,
                attachmentIds,
              },
            ],
      ],
      next: context.state,
    }),
  );
  return { state, official };
};
