import { expect, it } from "vitest";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import { readPlanSettings } from "../../src/db/queries/plan-settings.js";
import { findPlan } from "../../src/db/queries/plans.js";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/plan-settings.js";
import { getMilestone } from "../../src/services/milestones.js";
import { createNextYearPlan } from "../../src/services/next-year/create-next-year-plan.js";
import { proposeNextYear } from "../../src/services/next-year/next-year-proposal.js";
import { deletePlan } from "../../src/services/plan-lifecycle.js";
import { filePlan } from "../../src/services/plan-grouping.js";
import { updatePlanSettings } from "../../src/services/plan-settings.js";
import { listPlansFor } from "../../src/services/plans.js";
import { decideMilestoneRequest } from "../../src/services/workflow/decide-request.js";
import { declareCompletion } from "../../src/services/workflow/declare-completion.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, refusal } from "../support/reference-workflow.js";

const NOW = new Date("2023-01-04T02:00:00Z");
const YEAR_END = "2022-12-31";
const PLAN_2023 = "2023年市政府重点工作任务分解表（市科技局牵头部分）";

/** The reference plan with 202（1） done (accepted on 2022-04-05) and its settings changed. */
const yearOfWork = async (db: Parameters<typeof referenceWorkflow>[0]) => {
  const world = await referenceWorkflow(db);
  const done = world.milestoneId(202, 1);
  await reportProgress(
    db,
    world.leader,
    { milestoneId: done, version: 0, text: "已开展", percent: null, cites: [], attachmentIds: [] },
    at("2022-03-10"),
  );
  const declared = await declareCompletion(
    db,
    world.leader,
    { milestoneId: done, version: 1, completedOn: "2022-04-01", text: "已完成", attachmentIds: [] },
    at("2022-04-02"),
  );
  await decideMilestoneRequest(
    db,
    world.office,
    { requestId: declared.requestId ?? -1, version: 2, decision: "approve", comment: "" },
    at("2022-04-05"),
  );
  await updatePlanSettings(
    db,
    world.office,
    {
      planId: world.planId,
      version: 0,
      settings: { ...DEFAULT_PLAN_SETTINGS, warningDays: 10 },
    },
    at("2022-02-01").now,
  );
  return { ...world, done };
};

describeEachDatabase("next year's plan (结转)", ({ open }) => {
  it("proposes the unfinished milestones, by the status module, with deadlines in the new year", async () => {
    const db = await open();
    const world = await yearOfWork(db);
    const proposal = await proposeNextYear(db, world.office, {
      planId: world.planId,
      year: 2023,
      asOf: YEAR_END,
    });
    expect(proposal.title).toBe(PLAN_2023);
    expect(proposal.holidaysLoaded).toBe(true);
    expect(proposal.candidates).toHaveLength(37);
    expect(proposal.candidates.map((c) => c.milestoneId)).not.toContain(world.done);
    const m204 = proposal.candidates.find((c) => c.milestoneId === world.milestoneId(204, 1));
    expect(m204).toMatchObject({
      ref: "204（1）",
      status: "overdue",
      oldDeadline: { due: "2022-03-31" },
      newDeadline: { due: "2023-03-31" },
      carriedTo: null,
    });
    expect(m204?.units[0]).toBe("市科技局");
    const in2027 = await proposeNextYear(db, world.office, {
      planId: world.planId,
      year: 2027,
      asOf: YEAR_END,
    });
    expect(in2027.holidaysLoaded).toBe(false);
  });

  it("creates the plan of the new year through the import's writer, each milestone linked to its history", async () => {
    const db = await open();
    const world = await yearOfWork(db);
    const picked = [
      world.milestoneId(202, 2),
      world.milestoneId(204, 1),
      world.milestoneId(205, 1),
    ];
    const created = await createNextYearPlan(
      db,
      world.office,
      { planId: world.planId, year: 2023, milestoneIds: picked, asOf: YEAR_END },
      NOW,
    );
    const plan = await findPlan(db.kysely, created.planId);
    expect(plan).toMatchObject({
      year: 2023,
      title: PLAN_2023,
      kind: "slice",
      ownerUnit: "市科技局",
      category: "政府工作报告",
      currentRevision: 1,
    });
    const content = await loadPlanContent(db.kysely, created.planId, 1);
    expect(content?.plan.tasks.map((t) => t.no)).toEqual([202, 204, 205]);
    const m204 = content?.plan.tasks[1]?.milestones[0];
    expect(m204?.deadline).toMatchObject({ date: "2023-03-31" });
    expect(created.carried.map((c) => c.from)).toEqual(picked);
    const carried = created.carried[1]?.id ?? -1;
    const detail = await getMilestone(db, world.leader, carried, "2023-01-04");
    expect(detail.carriedFrom).toMatchObject({
      milestoneId: world.milestoneId(204, 1),
      planId: world.planId,
      planYear: 2022,
    });
    // A unit with no part in the old plan would not be told of it; the office always is.
    expect(
      (await getMilestone(db, world.office, carried, "2023-01-04")).carriedFrom,
    ).not.toBeNull();
    expect((await readPlanSettings(db.kysely, [created.planId])).get(created.planId)).toMatchObject(
      { settings: { warningDays: 10 }, version: 1 },
    );
    const log = await db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("object_type", "=", "plan")
      .where("object_id", "=", String(created.planId))
      .orderBy("id")
      .execute();
    expect(log.map((entry) => entry.action)).toEqual(["plan.imported", "plan.carried_over"]);
    const plans = await listPlansFor(db, world.office, { asOf: "2023-01-04", withArchived: false });
    expect(plans.map((p) => [p.year, p.holidaysLoaded])).toEqual([
      [2023, true],
      [2022, true],
    ]);

    // Each milestone is carried once; the old plan now has work and is kept.
    expect(
      await refusal(
        createNextYearPlan(
          db,
          world.office,
          { planId: world.planId, year: 2024, milestoneIds: [picked[1] ?? -1], asOf: YEAR_END },
          NOW,
        ),
      ),
    ).toBe("plan.conflict");
    const again = await proposeNextYear(db, world.office, {
      planId: world.planId,
      year: 2024,
      asOf: YEAR_END,
    });
    expect(again.candidates.find((c) => c.milestoneId === picked[1])?.carriedTo).toEqual({
      milestoneId: carried,
      planId: created.planId,
    });
    const admin = { ...world.office, role: "admin" as const };
    expect(await refusal(deletePlan(db, admin, world.planId, NOW))).toBe("plan.has_work");
    await deletePlan(db, admin, created.planId, NOW);
    expect(
      (
        await proposeNextYear(db, world.office, {
          planId: world.planId,
          year: 2023,
          asOf: YEAR_END,
        })
      ).candidates[0]?.carriedTo,
    ).toBeNull();
  });

  it("refuses a unit, a year not after the plan's, a milestone done or not in the plan; changes nothing", async () => {
    const db = await open();
    const world = await yearOfWork(db);
    const input = { planId: world.planId, year: 2023, milestoneIds: [], asOf: YEAR_END };
    expect(await refusal(createNextYearPlan(db, world.leader, input, NOW))).toBe("auth.forbidden");
    expect(await refusal(proposeNextYear(db, world.staff, input))).toBe("auth.forbidden");
    expect(await refusal(createNextYearPlan(db, world.office, { ...input, year: 2022 }, NOW))).toBe(
      "plan.invalid_input",
    );
    expect(
      await refusal(
        createNextYearPlan(db, world.office, { ...input, milestoneIds: [world.done] }, NOW),
      ),
    ).toBe("plan.invalid_input");
    expect(
      await refusal(createNextYearPlan(db, world.office, { ...input, milestoneIds: [99999] }, NOW)),
    ).toBe("plan.invalid_input");
    expect(
      await refusal(createNextYearPlan(db, world.office, { ...input, planId: 999 }, NOW)),
    ).toBe("plan.not_found");
    const plans = await db.kysely.selectFrom("plans").select("id").execute();
    expect(plans).toHaveLength(1);
  });

  it("carries a milestone once when two offices carry it at the same time", async () => {
    const db = await open();
    const world = await yearOfWork(db);
    const milestoneIds = [world.milestoneId(204, 1)];
    const outcomes = await Promise.allSettled(
      [2023, 2024].map((year) =>
        createNextYearPlan(
          db,
          world.office,
          { planId: world.planId, year, milestoneIds, asOf: YEAR_END },
          NOW,
        ),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect((refused?.reason as { code?: string } | undefined)?.code).toBe("plan.conflict");
    const links = await db.kysely.selectFrom("milestone_carry_overs").selectAll().execute();
    expect(links).toHaveLength(1);
    expect(await db.kysely.selectFrom("plans").select("id").execute()).toHaveLength(2);
  });

  it("carries nothing with --carry none: an empty plan of the year with the old settings", async () => {
    const db = await open();
    const world = await yearOfWork(db);
    const created = await createNextYearPlan(
      db,
      world.office,
      { planId: world.planId, year: 2027, milestoneIds: [], asOf: YEAR_END },
      NOW,
    );
    expect(created).toMatchObject({ carried: [], year: 2027, holidaysLoaded: false });
    const content = await loadPlanContent(db.kysely, created.planId, 1);
    expect(content?.plan.tasks).toEqual([]);
    expect(
      (await readPlanSettings(db.kysely, [created.planId])).get(created.planId)?.settings,
    ).toMatchObject({ warningDays: 10 });
  });

  it("files a plan under another year and category: the office's, checked, audited", async () => {
    const db = await open();
    const world = await yearOfWork(db);
    const filed = await filePlan(
      db,
      world.office,
      { planId: world.planId, category: " 营商环境 ", year: 2021 },
      NOW,
    );
    expect(filed).toMatchObject({ year: 2021, category: "营商环境" });
    expect(await findPlan(db.kysely, world.planId)).toMatchObject({
      year: 2021,
      category: "营商环境",
    });
    expect(
      await refusal(filePlan(db, world.leader, { planId: world.planId, category: "x" }, NOW)),
    ).toBe("auth.forbidden");
    for (const bad of [{ category: "" }, { category: "一".repeat(21) }, { year: 1800 }]) {
      expect(await refusal(filePlan(db, world.office, { planId: world.planId, ...bad }, NOW))).toBe(
        "plan.invalid_input",
      );
    }
    expect(await findPlan(db.kysely, world.planId)).toMatchObject({ category: "营商环境" });
  });
});
