import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import * as migration0019 from "../../src/db/migrations/0019-milestone-status.js";
import { appendLedger } from "../../src/db/queries/milestone-ledger.js";
import { readMilestoneStatus } from "../../src/db/queries/milestone-status.js";
import { writeTransaction } from "../../src/db/write-transaction.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { acknowledgeMilestone } from "../../src/services/workflow/acknowledge.js";
import { declareCompletion } from "../../src/services/workflow/declare-completion.js";
import { decideMilestoneRequest } from "../../src/services/workflow/decide-request.js";
import { reportProgress } from "../../src/services/workflow/report-progress.js";
import { requestExtension } from "../../src/services/workflow/request-extension.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow } from "../support/reference-workflow.js";

const storedRows = (db: Database) =>
  db.kysely.selectFrom("milestone_status").selectAll().orderBy("milestone_id").execute();

describeEachDatabase("the stored status row of a milestone", ({ open }) => {
  it("follows every kind of ledger write in its transaction, and a failed write leaves it as it was", async () => {
    const db = await open();
    const { planId, staff, leader, office, milestoneId } = await referenceWorkflow(db);
    const id = milestoneId(202, 1);
    const row = async () => (await readMilestoneStatus(db.kysely, [id])).get(id) ?? null;

    expect(await row()).toBeNull();
    await acknowledgeMilestone(db, staff, { milestoneId: id, version: 0 }, at("2022-01-10"));
    expect(await row()).toEqual({
      acknowledgedOn: "2022-01-10",
      lastReportedOn: null,
      completedOn: null,
      extendedDue: null,
      lastEffectiveOn: "2022-01-10",
    });
    const report = { milestoneId: id, text: "已启动", percent: 10, attachmentIds: [], cites: [] };
    await reportProgress(db, staff, { ...report, version: 1 }, at("2022-03-10"));
    expect(await row()).toMatchObject({
      lastReportedOn: "2022-03-10",
      lastEffectiveOn: "2022-03-10",
    });

    // A write on a stale version is refused (409) and leaves the row as it was.
    const before = await row();
    await expect(
      reportProgress(db, staff, { ...report, version: 1 }, at("2022-03-12")),
    ).rejects.toMatchObject({ code: "milestone.conflict" });
    expect(await row()).toEqual(before);

    // A transaction that fails after its ledger write takes the row's change back with it.
    await expect(
      writeTransaction(db, async (trx) => {
        await appendLedger(
          trx,
          { milestoneId: id, planId },
          { name: "cli:test", userId: null, tokenId: null, unitId: null, signIn: null },
          { kind: "acknowledged", on: "2022-01-01" },
          "2022-03-13T02:00:00Z",
        );
        expect((await readMilestoneStatus(trx, [id])).get(id)?.acknowledgedOn).toBe("2022-01-01");
        throw new Error("the step failed");
      }),
    ).rejects.toThrow("the step failed");
    expect(await row()).toEqual(before);

    // An extension asked changes nothing status folds; approved, it moves the due date.
    const extension = await requestExtension(
      db,
      leader,
      { milestoneId: id, version: 2, newDue: "2022-12-31", reason: "等待数据" },
      at("2022-03-20"),
    );
    expect(await row()).toEqual(before);
    await decideMilestoneRequest(
      db,
      office,
      { requestId: extension.requestId, version: 3, decision: "approve", comment: "" },
      at("2022-03-22"),
    );
    expect(await row()).toMatchObject({ extendedDue: "2022-12-31", lastEffectiveOn: "2022-03-22" });

    // A completion declared is not done; accepted, it is, on the day the work was done.
    const completion = await declareCompletion(
      db,
      leader,
      { milestoneId: id, version: 4, completedOn: "2022-06-01", text: "已完成", attachmentIds: [] },
      at("2022-06-02"),
    );
    expect(await row()).toMatchObject({ completedOn: null, lastEffectiveOn: "2022-03-22" });
    await decideMilestoneRequest(
      db,
      office,
      { requestId: completion.requestId ?? -1, version: 5, decision: "approve", comment: "" },
      at("2022-06-03"),
    );
    expect(await row()).toEqual({
      acknowledgedOn: "2022-01-10",
      lastReportedOn: "2022-03-10",
      completedOn: "2022-06-01",
      extendedDue: "2022-12-31",
      lastEffectiveOn: "2022-06-03",
    });
  });

  it("is what migration 0019 folds from an existing ledger (the played demo)", async () => {
    const db = await open();
    await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"));
    await seedDemo(db);
    const maintained = await storedRows(db);
    expect(maintained.length).toBeGreaterThan(10);
    const recurring = await db.kysely
      .selectFrom("milestone_versions")
      .select(["id", "recur_months", "recur_day"])
      .where("recur_months", "is not", null)
      .orderBy("id")
      .execute();
    await migration0019.down(db.kysely);
    await migration0019.up(db.kysely);
    expect(await storedRows(db)).toEqual(maintained);
    expect(
      await db.kysely
        .selectFrom("milestone_versions")
        .select(["id", "recur_months", "recur_day"])
        .where("recur_months", "is not", null)
        .orderBy("id")
        .execute(),
    ).toEqual(recurring);
  });
});
