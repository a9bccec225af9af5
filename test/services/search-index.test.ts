import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { claimEmptyDatabaseForDemo } from "../../src/services/demo/demo-database.js";
import { seedDemo } from "../../src/services/demo/seed-demo.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { issueInstruction, respondToInstruction } from "../../src/services/instructions.js";
import { deletePlan } from "../../src/services/plan-lifecycle.js";
import { reindexSearch, search } from "../../src/services/search.js";
import { createUnit, mergeUnitsById } from "../../src/services/units.js";
import { decideMilestoneRequest } from "../../src/services/workflow/decide-request.js";
import { uploadEvidence } from "../../src/services/workflow/evidence.js";
import { requestExtension } from "../../src/services/workflow/request-extension.js";
import { describeEachDatabase } from "../support/databases.js";
import { at, referenceWorkflow, SHELL } from "../support/reference-workflow.js";
import { revisedReference } from "../support/revised-table.js";

/** The index as rows, in an order independent of ids: what a rebuild must give back. */
const indexRows = async (db: Database) =>
  (
    await db.kysely
      .selectFrom("search_entries")
      .select([
        "kind",
        "ref_id",
        "plan_id",
        "task_id",
        "milestone_id",
        "unit_id",
        "at",
        "body",
        "norm",
      ])
      .execute()
  )
    .map((row) => JSON.stringify(row))
    .sort();

const found = async (db: Database, q: string) =>
  (await search(db, SHELL, { q, limit: 100 }, "Asia/Shanghai")).items;

describeEachDatabase("the search index", ({ open }) => {
  it("follows each write of searchable text in its transaction", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    const m202 = w.milestoneId(202, 1);

    // A review comment: an extension rejected with one.
    const asked = await requestExtension(
      db,
      w.leader,
      { milestoneId: m202, version: 0, newDue: "2022-12-31", reason: "等待数据" },
      at("2022-03-20"),
    );
    expect(await found(db, "理由不充分")).toEqual([]);
    await decideMilestoneRequest(
      db,
      w.office,
      { requestId: asked.requestId, version: 1, decision: "reject", comment: "延期理由不充分" },
      at("2022-03-22"),
    );
    expect(await found(db, "理由不充分")).toMatchObject([{ kind: "review", milestoneId: m202 }]);

    // An instruction and a unit's answer.
    const instruction = await issueInstruction(
      db,
      w.office,
      {
        target: { type: "task", id: (await found(db, "202"))[0]?.taskId ?? -1 },
        text: "务必年内见效",
        issuedBy: "市长",
        responseDue: null,
      },
      at("2022-04-01"),
    );
    expect(await found(db, "年内见效")).toMatchObject([{ kind: "instruction", taskNo: 202 }]);
    await respondToInstruction(
      db,
      w.staff,
      { instructionId: instruction.id, text: "全力推进落实" },
      at("2022-04-02"),
    );
    expect(await found(db, "全力推进落实")).toMatchObject([
      { kind: "answer", units: ["市科技局"] },
    ]);

    // An evidence file.
    const dir = mkdtempSync(join(tmpdir(), "duban-search-"));
    const path = join(dir, "upload");
    writeFileSync(path, "%PDF-1.4\n%%EOF\n");
    await uploadEvidence(
      db,
      w.staff,
      m202,
      [{ name: "科技成果转化台账.pdf", path, size: 15 }],
      { unitQuotaBytes: 0, userBytesPerHour: 0 },
      new Date("2022-04-03T02:00:00Z"),
    );
    expect(await found(db, "成果转化台账")).toMatchObject([{ kind: "file", milestoneId: m202 }]);

    // A unit merged into another: the name goes, the kept one answers to it as an alias.
    const now = new Date("2022-04-04T02:00:00Z");
    const extra = await createUnit(db, SHELL, { name: "市科学技术协会", kind: "unit" }, now);
    expect(await found(db, "技术协会")).toMatchObject([{ kind: "unit", unitId: extra.id }]);
    const archive = (await w.unitId("市档案馆")) ?? -1;
    await mergeUnitsById(db, SHELL, archive, extra.id, now);
    expect(await found(db, "技术协会")).toMatchObject([
      { kind: "unit", unitId: archive, snippet: "市档案馆（市科学技术协会）" },
    ]);

    // A revision: 204（4） added, 203（2） dropped.
    const removedText = (await found(db, "203(2)"))[0]?.snippet ?? "";
    expect(removedText).not.toBe("");
    expect(await found(db, "研发投入专项督导")).toEqual([]);
    await importPlanFile(db, {
      bytes: await planToXlsx(revisedReference),
      fileName: "revised.xlsx",
      actor: SHELL,
      planId: w.planId,
      confirmRemovals: true,
      now: () => new Date("2022-05-01T02:00:00Z"),
    });
    expect(await found(db, "研发投入专项督导")).toMatchObject([
      { kind: "milestone", taskNo: 204, milestoneSeq: 4 },
    ]);
    expect((await found(db, removedText)).filter((item) => item.kind === "milestone")).toEqual([]);

    // Every maintained row is what a rebuild from the stored data gives.
    const maintained = await indexRows(db);
    expect(await reindexSearch(db)).toBe(maintained.length);
    expect(await indexRows(db)).toEqual(maintained);
  });

  it("loses a deleted plan's texts", async () => {
    const db = await open();
    const w = await referenceWorkflow(db);
    expect((await found(db, "科技")).some((item) => item.plan?.id === w.planId)).toBe(true);
    await deletePlan(
      db,
      { ...w.office, role: "admin" },
      w.planId,
      new Date("2022-03-01T02:00:00Z"),
    );
    expect((await found(db, "科技")).filter((item) => item.kind !== "unit")).toEqual([]);
  });

  it("is filled from the data stored before it by the migration's rebuild (the played demo)", async () => {
    const db = await open();
    await claimEmptyDatabaseForDemo(db, new Date("2026-03-02T03:04:05Z"));
    await seedDemo(db);
    const maintained = await indexRows(db);
    expect(maintained.length).toBeGreaterThan(100);
    // As migration 0023 leaves an existing database: no rows, the rebuild asked for.
    await db.kysely.deleteFrom("search_entries").execute();
    await db.kysely
      .insertInto("search_index_state")
      .values({ id: 1, rebuild_requested_at: "2026-03-02T03:04:05Z" })
      .execute();
    await migrateToLatest(db);
    expect(await indexRows(db)).toEqual(maintained);
    expect(await db.kysely.selectFrom("search_index_state").selectAll().execute()).toEqual([]);
  });
});
