import type { Kysely } from "kysely";
import type { IsoDate } from "../../domain/iso-date.js";
import type { Schema } from "../schema.js";
import { ledVersionIds, visibleVersionIds } from "./access.js";
import type { StandingIn } from "./status-today.js";

/**
 * How many progress reports (报送进展: the lead's `reported` entries, not a
 * cooperating unit's input) took effect from `from` to `to`, both included,
 * on a plan's milestones in force: those every set of units in `within`
 * stands in, and of those, with `ledBy`, the ones those units lead. Counted
 * through the ledger's (plan, kind, day) index.
 */
export const countReports = async (
  db: Kysely<Schema>,
  input: {
    readonly planId: number;
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly within: StandingIn;
    readonly ledBy: readonly number[] | null;
  },
): Promise<number> => {
  const narrowed = input.within.reduce(
    (query, reach) => query.where("mv.id", "in", visibleVersionIds(db, reach)),
    db
      .selectFrom("milestone_versions as mv")
      .select("mv.milestone_id")
      .where("mv.plan_id", "=", input.planId)
      .where("mv.valid_to", "is", null),
  );
  const covered =
    input.ledBy === null ? narrowed : narrowed.where("mv.id", "in", ledVersionIds(db, input.ledBy));
  const row = await db
    .selectFrom("milestone_events as e")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("e.plan_id", "=", input.planId)
    .where("e.kind", "=", "reported")
    .where("e.effective_on", ">=", input.from)
    .where("e.effective_on", "<=", input.to)
    .where("e.milestone_id", "in", covered)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
};
