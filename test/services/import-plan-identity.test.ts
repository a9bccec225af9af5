import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { up as rekeyPlans } from "../../src/db/migrations/0011-plan-identity.js";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import { listPlans } from "../../src/db/queries/plans.js";
import { milestoneCount, type Plan } from "../../src/domain/plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { shellActor } from "../../src/policies/actor.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { referencePlan } from "../support/reference-plan.js";
import { revisedReference } from "../support/revised-table.js";

const actor = shellActor("cli:test");

const importReference = (db: Database) =>
  importPlanFile(db, {
    bytes: readFixture("seed-2022-kjj.docx"),
    fileName: "seed-2022-kjj.docx",
    actor,
  });

/** A table that has nothing to do with the reference plan but its year and its one lead unit. */
const UNRELATED_CSV = new TextEncoder().encode(
  "序号,工作任务,节点计划,责任单位,完成时限\n" +
    "1,建设城市书房。（牵头单位：市科技局）,（1）选定书房地址。,市科技局,9月30日\n" +
    "1,建设城市书房。（牵头单位：市科技局）,（2）书房开放。,市科技局,12月31日\n",
);

const importPlan = async (db: Database, plan: Plan, extra: { planId?: number } = {}) =>
  importPlanFile(db, { bytes: await planToXlsx(plan), fileName: "revised.xlsx", actor, ...extra });

describeEachDatabase("which plan an import goes to", ({ open }) => {
  it("makes an unrelated table with the same composed title a plan of its own", async () => {
    const db = await open();
    const reference = await importReference(db);
    const csv = await importPlanFile(db, {
      bytes: UNRELATED_CSV,
      fileName: "books-2022.csv",
      actor,
    });
    expect(csv).toMatchObject({
      kind: "created",
      revision: 1,
      match: { planId: reference.planId, revision: 1 },
    });
    expect(csv.planId).not.toBe(reference.planId);
    const kept = await loadPlanContent(db.kysely, reference.planId, 1);
    expect(kept && milestoneCount(kept.plan)).toBe(milestoneCount(referencePlan));
    expect(
      (await listPlans(db.kysely, "with_archived")).map((p) => [p.id, p.currentRevision]),
    ).toEqual([
      [reference.planId, 1],
      [csv.planId, 1],
    ]);
    // The same file again finds the plan it made.
    expect(
      await importPlanFile(db, { bytes: UNRELATED_CSV, fileName: "books-2022.csv", actor }),
    ).toMatchObject({ kind: "unchanged", reason: "same_file", planId: csv.planId });
  });

  it("revises a plan of the same title only when the plan is named", async () => {
    const db = await open();
    const reference = await importReference(db);
    const spaced = {
      ...revisedReference,
      title: ` ${revisedReference.title.replace("年", "年 ")}`,
    };
    const unnamed = await importPlan(db, spaced);
    expect(unnamed).toMatchObject({
      kind: "created",
      revision: 1,
      match: { planId: reference.planId, revision: 1 },
    });
    expect(unnamed.planId).not.toBe(reference.planId);
    const named = await importPlan(db, spaced, { planId: reference.planId });
    expect(named).toMatchObject({
      kind: "revised",
      planId: reference.planId,
      revision: 2,
      match: null,
    });
  });

  it("still finds the same content under the same title, changing nothing", async () => {
    const db = await open();
    const reference = await importReference(db);
    expect(await importPlan(db, referencePlan)).toMatchObject({
      kind: "unchanged",
      reason: "same_content",
      planId: reference.planId,
    });
  });

  it("applies the issuer given to a table whose title names none", async () => {
    const db = await open();
    const outcome = await importPlanFile(db, {
      bytes: UNRELATED_CSV,
      fileName: "books.csv",
      year: 2022,
      title: "2022年城市书房建设任务分解表",
      issuer: "市文广旅体局",
      actor,
    });
    expect(outcome.kind).toBe("created");
    expect(await listPlans(db.kysely, "with_archived")).toMatchObject([
      { issuer: "市文广旅体局", title: "2022年城市书房建设任务分解表" },
    ]);
  });

  it("rekeys stored plans by their title (migration 0011)", async () => {
    const db = await open();
    const reference = await importReference(db);
    await db.kysely
      .updateTable("plans")
      .set({ plan_key: "2022|市政府|市科技局" })
      .where("id", "=", reference.planId)
      .execute();
    await rekeyPlans(db.kysely);
    const row = await db.kysely
      .selectFrom("plans")
      .select("plan_key")
      .where("id", "=", reference.planId)
      .executeTakeFirstOrThrow();
    expect(row.plan_key).toBe(
      "2022|市政府|市科技局|2022年市政府重点工作任务分解表(市科技局牵头部分)",
    );
  });
});
