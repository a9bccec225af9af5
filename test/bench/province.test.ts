import { describe, expect, it } from "vitest";
import { generateProvince, type ProvinceOptions } from "../../bench/province.js";
import type { Database } from "../../src/db/database.js";
import { checkDatabase } from "../../src/services/check-database.js";
import { freshConfig, testDialects } from "../support/databases.js";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";

/** The province's shape at a size a test can afford. */
const TINY: ProvinceOptions = {
  master: { tasks: 60, milestones: 240, units: 20, seed: 2022 },
  users: 70,
  instructions: 12,
};

const count = async (db: Database, table: "users" | "instructions" | "instruction_responses") =>
  Number(
    (
      await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** What the generator decides, in a form both databases give back alike (no ids, no hashes). */
const content = async (db: Database) => ({
  events: await db.kysely
    .selectFrom("milestone_events")
    .select(["milestone_id", "kind", "effective_on", "at", "actor", "payload_json"])
    .orderBy("id")
    .execute(),
  requests: await db.kysely
    .selectFrom("milestone_requests")
    .select(["milestone_id", "kind", "state", "requested_at", "decided_at", "payload_json"])
    .orderBy("id")
    .execute(),
  instructions: await db.kysely
    .selectFrom("instructions")
    .select(["target_id", "text", "issued_by", "created_at", "response_due", "version"])
    .orderBy("id")
    .execute(),
  responses: await db.kysely
    .selectFrom("instruction_responses")
    .select(["instruction_id", "unit_id", "actor", "created_at"])
    .orderBy("id")
    .execute(),
  users: await db.kysely
    .selectFrom("users")
    .select(["username", "display_name", "unit_id", "role"])
    .orderBy("id")
    .execute(),
});

const generated = async (dialect: "sqlite" | "postgres", seed: number) => {
  const { config, dispose } = await freshConfig(dialect);
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
    const province = await generateProvince(db, TINY, seed);
    return {
      province,
      check: await checkDatabase(db),
      counts: {
        users: await count(db, "users"),
        instructions: await count(db, "instructions"),
        responses: await count(db, "instruction_responses"),
      },
      content: await content(db),
    };
  } finally {
    await db.close();
    await dispose();
  }
};

describe("generateProvince", () => {
  it(
    "stores a sound database with the counts asked for, the same for a seed on every database",
    { timeout: 120_000 },
    async () => {
      const runs = [];
      for (const dialect of testDialects()) runs.push(await generated(dialect, 7));
      const [first, ...others] = runs;
      if (!first) throw new Error("no database to test on");
      expect(first.check.problems).toEqual([]);
      expect(first.province.milestones).toBe(TINY.master.milestones);
      expect(first.counts).toEqual({
        users: TINY.users,
        instructions: TINY.instructions,
        responses: first.province.responses,
      });
      expect(first.province.responses).toBeGreaterThan(0);
      expect(first.content.events.length).toBe(first.province.workflow.ledgerRows);
      expect(first.content.events.length).toBeGreaterThan(TINY.master.milestones);
      for (const other of others) {
        expect(other.check.problems).toEqual([]);
        expect(other.content).toEqual(first.content);
      }
      const again = await generated("sqlite", 7);
      expect(again.content).toEqual(first.content);
      const otherSeed = await generated("sqlite", 8);
      expect(otherSeed.content.events).not.toEqual(first.content.events);
    },
  );
});
