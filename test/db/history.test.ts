import { shellActor } from "../../src/policies/actor.js";
import { expect, it } from "vitest";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import { revisionAt } from "../../src/db/queries/revisions.js";
import type { Plan } from "../../src/domain/plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { editMilestones } from "../support/plan-edits.js";
import { referencePlan } from "../support/reference-plan.js";

const at = (iso: string) => () => new Date(iso);

describeEachDatabase("what the plan said on a given day", ({ open }) => {
  it("answers from the revision in force then, whatever came later", async () => {
    const db = await open();
    const first = await importPlanFile(db, {
      bytes: await planToXlsx(referencePlan),
      fileName: "v1.xlsx",
      actor: shellActor("cli:test"),
      now: at("2022-03-01T08:00:00Z"),
    });
    const moved: Plan = editMilestones(referencePlan, 202, (ms) =>
      ms.map((m) =>
        m.seq === 1 ? { ...m, deadline: { kind: "date", text: "8月31日", date: "2022-08-31" } } : m,
      ),
    );
    await importPlanFile(db, {
      bytes: await planToXlsx(moved),
      fileName: "v2.xlsx",
      planId: first.planId,
      actor: shellActor("cli:test"),
      now: at("2022-06-15T08:00:00Z"),
    });
    const dueOn = async (day: string): Promise<string | null> => {
      const revision = await revisionAt(db.kysely, first.planId, `${day}T23:59:59Z`);
      const content = await loadPlanContent(db.kysely, first.planId, revision);
      const task = content?.plan.tasks.find((t) => t.no === 202);
      const deadline = task?.milestones[0]?.deadline;
      return deadline?.kind === "date" ? deadline.date : null;
    };
    expect(await revisionAt(db.kysely, first.planId, "2022-02-01T00:00:00Z")).toBe(0);
    expect(await dueOn("2022-05-31")).toBe("2022-07-31");
    expect(await dueOn("2022-06-30")).toBe("2022-08-31");
  });
});
