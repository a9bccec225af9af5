import { expect, it } from "vitest";
import { findUnitByName } from "../../src/db/queries/units.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { createUnit } from "../../src/services/units.js";
import { draftRequest } from "../../src/services/workflow/draft-request.js";
import { listRequestDrafts } from "../../src/services/workflow/list-drafts.js";
import { describeEachDatabase } from "../support/databases.js";
import { SHELL, at, referenceWorkflow } from "../support/reference-workflow.js";

/**
 * Merging a unit into another names the same organisation twice over: what
 * the removed unit's people wrote and have yet to finish moves with them.
 */
describeEachDatabase("a unit merged into another", ({ open }) => {
  it("keeps its people's drafts waiting for the leader, under the kept unit", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const draft = await draftRequest(
      db,
      w.staff,
      {
        milestoneId: w.milestoneId(202, 1),
        payload: { kind: "extension", newDue: "2022-08-31", reason: "培训场地改期" },
      },
      at("2022-06-01"),
    );
    await createUnit(db, SHELL, { name: "江门市科学技术局", kind: "unit" }, new Date());
    await mergeUnits(db, { keep: "江门市科学技术局", other: "市科技局", actor: SHELL });
    const kept = await findUnitByName(db.kysely, "江门市科学技术局");
    const listed = await listRequestDrafts(db, w.office, { planId: w.planId });
    expect(listed.map((d) => [d.id, d.unitId])).toEqual([[draft.id, kept?.id]]);
  });
});
