import { expect, it } from "vitest";
import { findUnitByName } from "../../src/db/queries/units.js";
import { userActor } from "../../src/policies/actor.js";
import { mergeUnits } from "../../src/services/merge-units.js";
import { deletePlan } from "../../src/services/plan-lifecycle.js";
import { listTargets } from "../../src/services/targets/list-targets.js";
import { addTarget, changeTarget } from "../../src/services/targets/manage-targets.js";
import { listActuals, reportActual } from "../../src/services/targets/report-actual.js";
import type { TargetView } from "../../src/services/targets/target-view.js";
import { createUnit } from "../../src/services/units.js";
import { describeEachDatabase } from "../support/databases.js";
import { SHELL, at, referenceWorkflow, refusal } from "../support/reference-workflow.js";
import { confirmTarget } from "../support/targets.js";

/** The reference plan's targets as read at import: where, what, how, how much. */
const summary = (t: TargetView) => [
  `${String(t.taskNo)}${t.milestoneSeq === null ? "" : `（${String(t.milestoneSeq)}）`}`,
  t.subject,
  t.comparison,
  t.comparison === "range" ? `${String(t.low)}～${String(t.high)}` : String(t.value),
  t.unitOfMeasure,
];

const find = (targets: readonly TargetView[], place: string, unit: string): TargetView => {
  const found = targets.find((t) => summary(t)[0] === place && t.unitOfMeasure === unit);
  if (!found) throw new Error(`no target at ${place} in ${unit}`);
  return found;
};

describeEachDatabase("targets", ({ open }) => {
  const world = async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const taxUnit = await findUnitByName(db.kysely, "市税务局");
    if (!taxUnit) throw new Error("no 市税务局");
    const tax = userActor({ id: 6, username: "sws.staff", unitId: taxUnit.id, role: "unit_staff" });
    return { db, ...w, tax };
  };

  it("proposes the reference plan's targets at import, with exact values and their words", async () => {
    const { db, planId, office } = await world();
    const targets = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    expect(targets.map(summary)).toEqual([
      ["202", "高新技术企业", "more_than", "2300", "家"],
      ["202（5）", "企业技术需求和高校院所技术成果", "at_least", "300", "项"],
      ["202（5）", "创新联合体", "range", "20～30", "家"],
      ["202（5）", "产学研合作项目", "range", "20～30", "项"],
      ["204", "全社会研发经费占地区生产总值比重", "at_least", "2.7", "%"],
      ["206", "省级以上科创平台", "more_than", "530", "家"],
      ["206（5）", "省级以上创新平台总量", "reach", "530", "家"],
      ["209（1）", expect.any(String), "reach", "50", "家"],
      ["209（1）", expect.any(String), "range", "20～30", "项"],
      ["209（2）", "科技型机构", "range", "3～5", "家"],
    ]);
    for (const t of targets) {
      expect(t).toMatchObject({ origin: "extracted", state: "proposed", latestActual: null });
      expect(t.progress.light).toBeNull();
      expect(t.can).toEqual({ edit: true, report: false });
    }
    const share = find(targets, "204", "%");
    expect(share.value).toBe(2.7);
    expect(share.span?.text).toContain("2.7%");
    // A task's own target is due when the last of its milestones is.
    expect(share.deadline).toBe("2022-12-15");
    expect(find(targets, "209（2）", "家").deadline).toBe("2022-12-15");
  });

  it("lets the office confirm, edit, dismiss and add, and refuses units", async () => {
    const { db, planId, office, leader, milestoneId } = await world();
    const targets = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    const firms = find(targets, "202", "家");
    const confirmed = await changeTarget(
      db,
      office,
      { targetId: firms.id, edit: { state: "confirmed", baseline: 1800 } },
      at("2022-02-01"),
    );
    expect(confirmed).toMatchObject({ state: "confirmed", baseline: 1800, value: 2300 });
    const edited = await changeTarget(
      db,
      office,
      { targetId: firms.id, edit: { value: 2400, subject: "国家高新技术企业" } },
      at("2022-02-02"),
    );
    expect(edited).toMatchObject({
      subject: "国家高新技术企业",
      comparison: "more_than",
      value: 2400,
    });
    const range = find(targets, "209（2）", "家");
    expect(
      await changeTarget(db, office, { targetId: range.id, edit: { high: 8 } }, at("2022-02-02")),
    ).toMatchObject({ comparison: "range", low: 3, high: 8, value: null });
    const dismissed = await changeTarget(
      db,
      office,
      { targetId: find(targets, "206（5）", "家").id, edit: { state: "dismissed" } },
      at("2022-02-02"),
    );
    expect(dismissed.state).toBe("dismissed");
    const added = await addTarget(
      db,
      office,
      {
        planId,
        milestoneId: milestoneId(207, 2),
        subject: "验收的配套基建工程",
        comparison: "reach",
        value: 1,
        unitOfMeasure: "项",
      },
      at("2022-02-03"),
    );
    expect(added).toMatchObject({
      origin: "added",
      state: "confirmed",
      span: null,
      taskNo: 207,
      milestoneSeq: 2,
    });
    expect(
      await refusal(
        changeTarget(db, leader, { targetId: firms.id, edit: { value: 1 } }, at("2022-02-03")),
      ),
    ).toBe("auth.forbidden");
    expect(
      await refusal(
        addTarget(
          db,
          leader,
          {
            planId,
            taskId: firms.taskId,
            subject: "x",
            comparison: "reach",
            value: 1,
            unitOfMeasure: "家",
          },
          at("2022-02-03"),
        ),
      ),
    ).toBe("auth.forbidden");
    // Bad input names its field.
    for (const edit of [{ comparison: "range" as const }, { low: 5 }, { subject: "  " }, {}]) {
      expect(
        await refusal(changeTarget(db, office, { targetId: firms.id, edit }, at("2022-02-03"))),
      ).toBe("target.invalid_input");
    }
    const audit = await db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("object_type", "=", "target")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "target.changed",
      "target.changed",
      "target.changed",
      "target.changed",
      "target.added",
    ]);
  });

  it("writes nothing, audits nothing and keeps a proposal the import's for a change that repeats what is stored", async () => {
    const { db, planId, office } = await world();
    const targets = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    const firms = find(targets, "202", "家");
    const range = find(targets, "209（2）", "家");
    const rows = () =>
      db.kysely
        .selectFrom("targets")
        .select(["id", "subject", "value", "low", "high", "state", "changed_by", "changed_at"])
        .orderBy("id")
        .execute();
    const auditCount = async () =>
      (await db.kysely.selectFrom("audit_log").select("id").execute()).length;
    const before = { rows: await rows(), audit: await auditCount() };
    const repeats = [
      {
        targetId: firms.id,
        edit: {
          subject: firms.subject,
          comparison: "more_than" as const,
          value: 2300,
          unitOfMeasure: "家",
          baseline: null,
        },
      },
      { targetId: range.id, edit: { comparison: "range" as const, low: 3, high: 5 } },
      // Trimmed as any subject is, it is the stored one.
      { targetId: range.id, edit: { subject: ` ${range.subject} `, baseline: null } },
    ];
    for (const input of repeats) {
      const view = await changeTarget(db, office, input, at("2022-02-01"));
      expect(view).toMatchObject({ id: input.targetId, state: "proposed" });
    }
    expect({ rows: await rows(), audit: await auditCount() }).toEqual(before);
    // Confirmed once, confirming again changes nothing more.
    await confirmTarget(db, office, firms.id);
    const confirmed = { rows: await rows(), audit: await auditCount() };
    expect(confirmed.audit).toBe(before.audit + 1);
    await confirmTarget(db, office, firms.id, "2022-03-01");
    expect({ rows: await rows(), audit: await auditCount() }).toEqual(confirmed);
  });

  it("takes actuals from the lead unit only, and shows progress and its light", async () => {
    const { db, planId, office, staff, leader, tax, idle } = await world();
    const targets = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    const firms = find(targets, "202", "家");
    const share = find(targets, "204", "%");
    const step = find(targets, "209（2）", "家");
    // A proposal is not a target yet.
    expect(
      await refusal(
        reportActual(
          db,
          staff,
          { targetId: firms.id, value: 1, asOf: "2022-03-31", source: "统计快报" },
          at("2022-04-01"),
        ),
      ),
    ).toBe("target.invalid_state");
    for (const t of [firms, share, step]) await confirmTarget(db, office, t.id);
    await reportActual(
      db,
      staff,
      { targetId: firms.id, value: 1500, asOf: "2022-03-31", source: "市科技局统计" },
      at("2022-04-02"),
    );
    const reported = await reportActual(
      db,
      leader,
      { targetId: firms.id, value: 2000, asOf: "2022-06-30", source: "市科技局统计" },
      at("2022-07-02"),
    );
    expect(reported.latestActual).toEqual({
      value: 2000,
      asOf: "2022-06-30",
      source: "市科技局统计",
    });
    expect(reported.progress.light).toBe("green");
    expect(reported.progress.projected).toBeGreaterThan(2300);
    const exact = await reportActual(
      db,
      staff,
      { targetId: share.id, value: 2.7, asOf: "2022-06-30", source: "统计公报" },
      at("2022-07-02"),
    );
    expect(exact.latestActual?.value).toBe(2.7);
    expect(exact.progress).toMatchObject({ met: true, light: "green", ratio: 1 });
    // As of a day before the actuals, none is known yet.
    const before = await listTargets(db, office, { planId, asOf: "2022-03-30" });
    expect(find(before, "202", "家").latestActual).toBeNull();

    // A cooperating unit (市税务局 on 202) sees the target but may not report it.
    const seenByTax = find(await listTargets(db, tax, { planId, asOf: "2022-07-02" }), "202", "家");
    expect(seenByTax.can).toEqual({ edit: false, report: false });
    const actual = { targetId: firms.id, value: 1, asOf: "2022-06-30", source: "x" };
    expect(await refusal(reportActual(db, tax, actual, at("2022-07-02")))).toBe("auth.forbidden");
    expect(await refusal(reportActual(db, office, actual, at("2022-07-02")))).toBe(
      "auth.forbidden",
    );
    // A unit with no part in it does not find it.
    expect(await refusal(reportActual(db, idle, actual, at("2022-07-02")))).toBe(
      "target.not_found",
    );
    expect(await refusal(listActuals(db, idle, firms.id))).toBe("target.not_found");

    for (const bad of [
      { asOf: "2022-07-03" },
      { source: " " },
      { source: "字".repeat(501) },
      { value: Number.NaN },
    ]) {
      expect(await refusal(reportActual(db, staff, { ...actual, ...bad }, at("2022-07-02")))).toBe(
        "target.invalid_input",
      );
    }
    const actuals = await listActuals(db, tax, firms.id);
    expect(actuals.map((a) => [a.value, a.asOf, a.unit])).toEqual([
      [1500, "2022-03-31", "市科技局"],
      [2000, "2022-06-30", "市科技局"],
    ]);
  });

  it("keeps who reported an actual when the unit is merged into another", async () => {
    const { db, planId, office, staff } = await world();
    const firms = find(await listTargets(db, office, { planId, asOf: "2022-06-30" }), "202", "家");
    await confirmTarget(db, office, firms.id);
    await reportActual(
      db,
      staff,
      { targetId: firms.id, value: 1500, asOf: "2022-03-31", source: "市科技局统计" },
      at("2022-04-02"),
    );
    await createUnit(db, SHELL, { name: "市科学技术局", kind: "unit" }, new Date());
    await mergeUnits(db, { keep: "市科学技术局", other: "市科技局", actor: SHELL });
    const kept = await findUnitByName(db.kysely, "市科学技术局");
    expect((await listActuals(db, office, firms.id)).map((a) => [a.unitId, a.unit])).toEqual([
      [kept?.id, "市科学技术局"],
    ]);
  });

  it("never lists a target of work a unit cannot see", async () => {
    const { db, planId, office, tax, audit, idle, staff } = await world();
    const all = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    const ofTax = await listTargets(db, tax, { planId, asOf: "2022-06-30" });
    // 市税务局 shares 202 and 204: their own targets and 202（5）'s, nothing of 206 or 209.
    expect(new Set(ofTax.map((t) => t.taskNo))).toEqual(new Set([202, 204]));
    expect(ofTax.length).toBeLessThan(all.length);
    expect(await listTargets(db, audit, { planId, asOf: "2022-06-30" })).toEqual([]);
    expect(await refusal(listTargets(db, idle, { planId, asOf: "2022-06-30" }))).toBe(
      "plan.not_found",
    );
    expect(await listTargets(db, staff, { planId, asOf: "2022-06-30" })).toHaveLength(all.length);
    // The office's unit filter keeps what the unit would see.
    const taxUnit = await findUnitByName(db.kysely, "市税务局");
    expect(
      (await listTargets(db, office, { planId, asOf: "2022-06-30", unit: taxUnit?.id ?? 0 })).map(
        (t) => t.id,
      ),
    ).toEqual(ofTax.map((t) => t.id));
    expect(
      await listTargets(db, office, { planId, asOf: "2022-06-30", state: "confirmed" }),
    ).toEqual([]);
  });

  it("deletes a plan's untouched proposals with it, and counts the office's targets as work", async () => {
    const { db, planId, office } = await world();
    const [first] = await listTargets(db, office, { planId, asOf: "2022-06-30" });
    if (!first) throw new Error("no target");
    await confirmTarget(db, office, first.id);
    const error = await refusal(deletePlan(db, SHELL, planId, new Date()));
    expect(error).toBe("plan.has_work");
    await db.kysely.deleteFrom("audit_log").execute();
    await db.kysely
      .updateTable("targets")
      .set({ changed_at: null, changed_by: null, state: "proposed" })
      .execute();
    await deletePlan(db, SHELL, planId, new Date());
    const left = await db.kysely.selectFrom("targets").select("id").execute();
    expect(left).toEqual([]);
  });
});
