import { expect, it } from "vitest";
import { migrateToLatest, migrationState } from "../../src/db/migrate.js";
import { MIGRATIONS } from "../../src/db/migrations/index.js";
import { describeEachDatabase } from "../support/databases.js";

describeEachDatabase("migrations", ({ open }) => {
  it("bring an empty database to the latest schema, once", async () => {
    const db = await open();
    expect(await migrationState(db)).toEqual({
      applied: Object.keys(MIGRATIONS),
      pending: [],
      unknown: [],
    });
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it("create the tables the store uses", async () => {
    const db = await open();
    const tables = (await db.kysely.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining([
        "plans",
        "revisions",
        "milestones",
        "milestone_versions",
        "units",
        "audit_log",
      ]),
    );
  });
});
