import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import { actualsOf, insertActual } from "../../db/queries/targets.js";
import { unitNamesById } from "../../db/queries/units.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { isIsoDate, type IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import { accountOf, type Actor } from "../../policies/actor.js";
import { refuseIfArchived } from "../archived-plan.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { peopleNames } from "../people-names.js";
import type { StepTime } from "../workflow/clock.js";
import { getTarget, loadTarget } from "./list-targets.js";
import { invalidTarget } from "./target-errors.js";
import type { TargetView } from "./target-view.js";

/** The longest source an actual keeps: where the figure comes from, not a report. */
export const SOURCE_MAX = 500;

export interface ActualInput {
  readonly targetId: number;
  readonly value: number;
  readonly asOf: IsoDate;
  readonly source: string;
}

/** An actual as the API lists it, with who reported it for which unit. */
export interface ActualView {
  readonly id: number;
  readonly targetId: number;
  readonly value: number;
  readonly asOf: IsoDate;
  readonly source: string;
  readonly unitId: number | null;
  readonly unit: string | null;
  readonly reportedBy: string;
  /** Who reported it, as people know them. */
  readonly reportedByName: string;
  readonly recordedAt: string;
}

const checkedActual = (input: ActualInput, today: IsoDate) => {
  if (!Number.isFinite(input.value)) {
    throw invalidTarget("body.value", "实际值必须是有限的数", "value must be a finite number");
  }
  if (!isIsoDate(input.asOf)) {
    throw invalidTarget("body.asOf", "截至日期应为 YYYY-MM-DD", "asOf must be a day, YYYY-MM-DD");
  }
  if (input.asOf > today) {
    throw invalidTarget(
      "body.asOf",
      `截至日期 ${input.asOf} 晚于今天（${today}）`,
      `asOf ${input.asOf} is after today (${today})`,
    );
  }
  const source = input.source.trim();
  if (source.length === 0) {
    throw invalidTarget("body.source", "请写明数据来源", "source is required");
  }
  if (source.length > SOURCE_MAX) {
    throw invalidTarget(
      "body.source",
      `数据来源不能超过 ${SOURCE_MAX} 个字`,
      `source cannot be longer than ${SOURCE_MAX} characters`,
    );
  }
  return { value: input.value, asOf: input.asOf, source };
};

/**
 * The unit leading the target's work (its milestone's lead; for a task's
 * own target, the task's lead) reports the value reached as of a day, with
 * where the figure comes from. Only a confirmed target takes actuals: a
 * proposal is not a target yet, a dismissed one is none.
 */
export const reportActual = async (
  db: Database,
  actor: Actor,
  input: ActualInput,
  time: StepTime,
): Promise<TargetView> => {
  const { target, relation } = await loadTarget(db, actor, input.targetId);
  authorize(actor, { action: "target.report", relation });
  if (target.state !== "confirmed") {
    throw new DubanError(
      "target.invalid_state",
      message("只有已确认的量化指标才能报送实际值", "Only a confirmed target takes actuals"),
    );
  }
  const actual = checkedActual(input, time.today);
  const stamp = time.now.toISOString();
  const who = auditActor(actor);
  await writeTransaction(db, async (trx) => {
    await refuseIfArchived(trx, target.planId);
    const actualId = await insertActual(
      trx,
      {
        targetId: target.id,
        planId: target.planId,
        ...actual,
        unitId: who.unitId,
        reportedBy: who.name,
        userId: accountOf(actor),
      },
      stamp,
    );
    await appendAudit(
      trx,
      who,
      {
        action: "target.actual_reported",
        objectType: "target",
        objectId: target.id,
        after: { actualId, ...actual, unitId: who.unitId },
      },
      stamp,
    );
  });
  return getTarget(db, actor, target.id, time.today);
};

/** Every actual of a target the actor may see, oldest first. */
export const listActuals = async (
  db: Database,
  actor: Actor,
  targetId: number,
): Promise<ActualView[]> => {
  const { target } = await loadTarget(db, actor, targetId);
  const actuals = (await actualsOf(db.kysely, [target.id])).get(target.id) ?? [];
  const units = await unitNamesById(
    db.kysely,
    actuals.flatMap((a) => (a.unitId === null ? [] : [a.unitId])),
  );
  const nameOf = await peopleNames(
    db,
    actuals.map((a) => a.reportedBy),
  );
  return actuals.map((a) => ({
    id: a.id,
    targetId: a.targetId,
    value: a.value,
    asOf: a.asOf,
    source: a.source,
    unitId: a.unitId,
    unit: a.unitId === null ? null : (units.get(a.unitId) ?? null),
    reportedBy: a.reportedBy,
    reportedByName: nameOf(a.reportedBy),
    recordedAt: a.recordedAt,
  }));
};
