import { expect, it } from "vitest";
import * as planRoles from "../../src/db/migrations/0012-plan-roles.js";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { shellActor } from "../../src/policies/actor.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { referencePlan } from "../support/reference-plan.js";

describeEachDatabase("migration 0012-plan-roles", ({ open }) => {
  it("leaves plans stored before it readable as they were, and can be undone", async () => {
    const db = await open();
    const { planId } = await importPlanFile(db, {
      bytes: readFixture("seed-2022-kjj.docx"),
      fileName: "seed-2022-kjj.docx",
      actor: shellActor("cli:test"),
    });
    // Back to the schema before it, with a stored plan, and up again.
    await planRoles.down(db.kysely);
    await planRoles.up(db.kysely);
    const stored = await loadPlanContent(db.kysely, planId, 1);
    expect(stored && planToJson(stored.plan)).toEqual(planToJson(referencePlan));
  });
});
