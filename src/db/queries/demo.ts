import type { Kysely } from "kysely";
import type { Role } from "../../domain/role.js";
import type { Schema } from "../schema.js";

/** A demo account as the demo row lists it (no password: README gives the one they share). */
export interface DemoAccountRow {
  readonly username: string;
  readonly unit: string;
  readonly role: Role;
}

export interface DemoRow {
  /** The demo's day when it was seeded. */
  readonly asOf: string;
  /** The server's clock when seeding began, and the demo's time that moment stands for. */
  readonly seededAt: string;
  readonly seededDemoTime: string;
  readonly accounts: readonly DemoAccountRow[];
}

export const readDemo = async (db: Kysely<Schema>): Promise<DemoRow | undefined> => {
  const row = await db.selectFrom("demo").selectAll().where("id", "=", 1).executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        asOf: row.as_of,
        seededAt: row.seeded_at,
        seededDemoTime: row.seeded_demo_time,
        accounts: JSON.parse(row.accounts_json) as DemoAccountRow[],
      };
};

/**
 * Records the demo, unless a row is there already; true when this call
 * wrote it. Two processes asking at once: the second waits for the first's
 * row and writes nothing.
 */
export const insertDemo = async (db: Kysely<Schema>, demo: DemoRow): Promise<boolean> => {
  const result = await db
    .insertInto("demo")
    .values({
      id: 1,
      as_of: demo.asOf,
      seeded_at: demo.seededAt,
      seeded_demo_time: demo.seededDemoTime,
      accounts_json: JSON.stringify(demo.accounts),
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
};
