import { expect, it } from "vitest";
import { countPlanWork } from "../../src/db/queries/plan-work.js";
import { findPlan } from "../../src/db/queries/plans.js";
import { DubanError } from "../../src/services/duban-error.js";
import { listMilestones } from "../../src/services/milestones.js";
import { deletePlan, setPlanArchive } from "../../src/services/plan-lifecycle.js";
import { listPlansFor } from "../../src/services/plans.js";
import { setTaskFocus } from "../../src/services/focus.js";
import { acknowledgeMilestones } from "../../src/services/workflow/batch-acknowledge.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, refusal } from "../support/reference-workflow.js";

const NOW = new Date("2022-03-01T02:00:00Z");

describeEachDatabase("archiving and deleting a plan", ({ open }) => {
  it("deletes a plan nothing was done on, with everything its import stored", async () => {
    const db = await open();
    const world = await referenceWorkflow(db);
    const admin = { ...world.office, role: "admin" as const };
    await deletePlan(db, admin, world.planId, NOW);
    expect(await findPlan(db.kysely, world.planId)).toBeUndefined();
    for (const table of ["milestones", "milestone_versions", "tasks", "revisions"] as const) {
      const left = await db.kysely.selectFrom(table).select("id").execute();
      expect(left, table).toEqual([]);
    }
    expect(await db.kysely.selectFrom("source_files").select("id").execute()).toEqual([]);
    const log = await db.kysely
      .selectFrom("audit_log")
      .select(["action", "object_id"])
      .where("action", "=", "plan.deleted")
      .execute();
    expect(log).toEqual([{ action: "plan.deleted", object_id: String(world.planId) }]);
  });

  it("refuses to delete a plan with work on it, naming the work; archiving makes it read-only", async () => {
    const db = await open();
    const world = await referenceWorkflow(db);
    const admin = { ...world.office, role: "admin" as const };
    const milestoneId = world.milestoneId(202, 1);
    await reportProgress(
      db,
      world.leader,
      { milestoneId, version: 0, text: "已开展", percent: null, cites: [], attachmentIds: [] },
      at("2022-02-10"),
    );
    const [task] = await db.kysely.selectFrom("tasks").select("id").limit(1).execute();
    await setTaskFocus(db, world.office, { taskId: task?.id ?? 0, focus: true }, at("2022-02-10"));
    const error = await deletePlan(db, admin, world.planId, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DubanError);
    expect((error as DubanError).code).toBe("plan.has_work");
    expect((error as DubanError).text.zh).toContain("1 条办理记录");
    expect((error as DubanError).text.zh).toContain("1 项重点关注");
    expect(await findPlan(db.kysely, world.planId)).toBeDefined();
    expect((await countPlanWork(db.kysely, world.planId)).ledgerEntries).toBe(1);

    expect(
      await refusal(
        setPlanArchive(db, world.office, { planId: world.planId, archived: true }, NOW),
      ),
    ).toBe("auth.forbidden");
    const archived = await setPlanArchive(db, admin, { planId: world.planId, archived: true }, NOW);
    expect(archived.archivedAt).toBe(NOW.toISOString());
    expect(
      await refusal(
        reportProgress(
          db,
          world.leader,
          {
            milestoneId,
            version: 1,
            text: "又有进展",
            percent: null,
            cites: [],
            attachmentIds: [],
          },
          at("2022-03-01"),
        ),
      ),
    ).toBe("plan.archived");
    // A batch writes its steps apart from the one-step path: it is refused all the same.
    expect(
      await refusal(
        acknowledgeMilestones(db, world.leader, [world.milestoneId(203, 1)], at("2022-03-01")),
      ),
    ).toBe("plan.archived");
    expect(
      await listPlansFor(db, world.leader, { asOf: "2022-03-01", withArchived: false }),
    ).toEqual([]);
    expect(
      (await listPlansFor(db, world.leader, { asOf: "2022-03-01", withArchived: true })).map(
        (p) => p.id,
      ),
    ).toEqual([world.planId]);

    await setPlanArchive(db, admin, { planId: world.planId, archived: false }, NOW);
    await reportProgress(
      db,
      world.leader,
      { milestoneId, version: 1, text: "又有进展", percent: null, cites: [], attachmentIds: [] },
      at("2022-03-01"),
    );
    const actions = await db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("object_type", "=", "plan")
      .where("action", "in", ["plan.archived", "plan.unarchived"])
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["plan.archived", "plan.unarchived"]);
  });

  it("counts what is overdue and due soon for the viewer as the milestone list rates it", async () => {
    const db = await open();
    const world = await referenceWorkflow(db);
    for (const [viewer, unit] of [
      [world.staff, await world.unitId("市科技局")],
      [world.office, undefined],
    ] as const) {
      const [plan] = await listPlansFor(db, viewer, { asOf: "2022-06-30", withArchived: false });
      const rated = (
        await listMilestones(db, viewer, {
          asOf: "2022-06-30",
          sort: "position",
          page: 1,
          pageSize: 1000,
          ...(unit === undefined ? {} : { unitId: unit }),
        })
      ).items;
      expect(plan?.open).toEqual({
        overdue: rated.filter((m) => m.status === "overdue").length,
        dueSoon: rated.filter((m) => m.status === "due_soon").length,
      });
      expect((plan?.open.overdue ?? 0) + (plan?.open.dueSoon ?? 0)).toBeGreaterThan(0);
    }
  });
});
