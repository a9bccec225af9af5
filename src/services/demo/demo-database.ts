import type { Database } from "../../db/database.js";
import { insertDemo, readDemo, type DemoAccountRow } from "../../db/queries/demo.js";
import { listPlans } from "../../db/queries/plans.js";
import { writeTransaction } from "../../db/write-transaction.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { DEMO_ACCOUNTS } from "./demo-accounts.js";
import { DEMO_AS_OF, DEMO_MOMENT } from "./demo-script.js";

/** What GET /api/health says of the demo a database holds. */
export interface DemoInfo {
  readonly asOf: IsoDate;
  readonly accounts: readonly DemoAccountRow[];
}

/**
 * Claims a database with no plan for the demo: records that the server's
 * `now` is the demo's moment (DEMO_MOMENT). True when this call claimed it,
 * and so should seed it; false when there are plans, or the demo is there
 * already (another instance starting at the same moment claimed it first).
 */
export const claimEmptyDatabaseForDemo = (db: Database, now: Date): Promise<boolean> =>
  writeTransaction(db, async (trx) => {
    if ((await listPlans(trx, "with_archived")).length > 0) return false;
    return insertDemo(trx, {
      asOf: DEMO_AS_OF,
      seededAt: now.toISOString(),
      seededDemoTime: DEMO_MOMENT.toISOString(),
      accounts: DEMO_ACCOUNTS.map(({ username, unit, role }) => ({ username, unit, role })),
    });
  });

/**
 * The clock of a database that holds the demo: `base` shifted so that the
 * moment the demo was seeded reads as the demo's moment. Its data is dated
 * in the demo's year, so statuses, new steps and sessions all run in demo
 * time, from where the demo left off, at every start. Null without a demo.
 */
export const demoClock = async (db: Database, base: () => Date): Promise<(() => Date) | null> => {
  const demo = await readDemo(db.kysely);
  if (demo === undefined) return null;
  const offset = Date.parse(demo.seededDemoTime) - Date.parse(demo.seededAt);
  return () => new Date(base().getTime() + offset);
};

export const describeDemo = async (db: Database): Promise<DemoInfo | null> => {
  const demo = await readDemo(db.kysely);
  return demo === undefined ? null : { asOf: demo.asOf, accounts: demo.accounts };
};
