import { shellActor } from "../../src/policies/actor.js";
import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { listPlans } from "../../src/db/queries/plans.js";
import { listRevisions } from "../../src/db/queries/revisions.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase, freshConfig } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";

describeEachDatabase("two imports of the same plan at once", ({ dialect }) => {
  it("one wins, the other is told, nothing is duplicated", async () => {
    const { config, dispose } = await freshConfig(dialect);
    // PostgreSQL: two pools, as two server instances have. SQLite: one process
    // holds one connection (its driver is synchronous; processes are tested apart).
    const first = openDatabase(config);
    const second = dialect === "postgres" ? openDatabase(config) : first;
    try {
      await migrateToLatest(first);
      await migrateToLatest(second);
      const input = {
        bytes: readFixture("seed-2022-kjj.docx"),
        fileName: "seed-2022-kjj.docx",
        actor: shellActor("cli:test"),
      };
      const outcomes = await Promise.all([
        importPlanFile(first, input),
        importPlanFile(second, input),
      ]);
      expect(outcomes.map((o) => o.kind).sort()).toEqual(["created", "unchanged"]);
      const plans = await listPlans(first.kysely, "with_archived");
      expect(plans).toHaveLength(1);
      expect(await listRevisions(first.kysely, plans[0]?.id ?? 0)).toHaveLength(1);
    } finally {
      await first.close();
      if (second !== first) await second.close();
      await dispose();
    }
  });
});
