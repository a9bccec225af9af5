import { shellActor } from "../../src/policies/actor.js";
import { type KyselyPlugin } from "kysely";
import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import { listPlans } from "../../src/db/queries/plans.js";
import { listRevisions } from "../../src/db/queries/revisions.js";
import { listUnits } from "../../src/db/queries/units.js";
import type { Plan } from "../../src/domain/plan.js";
import { renameUnits } from "../../src/domain/plan-units.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { DubanError } from "../../src/services/duban-error.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { referencePlan } from "../support/reference-plan.js";
import { revisedReference } from "../support/revised-table.js";

const importFixture = (db: Database, format: string, extra: { dryRun?: boolean } = {}) =>
  importPlanFile(db, {
    bytes: readFixture(`seed-2022-kjj.${format}`),
    fileName: `seed-2022-kjj.${format}`,
    actor: shellActor("cli:test"),
    ...extra,
  });

const importPlanObject = async (
  db: Database,
  plan: Plan,
  extra: { planId?: number; confirmRemovals?: boolean; dryRun?: boolean } = {},
  name = "revised.xlsx",
) =>
  importPlanFile(db, {
    bytes: await planToXlsx(plan),
    fileName: name,
    actor: shellActor("cli:test"),
    ...extra,
  });

/** Row counts of every table: "nothing changed" made checkable. */
const tableCounts = async (db: Database): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  for (const table of [
    "units",
    "unit_aliases",
    "plans",
    "revisions",
    "source_files",
    "tasks",
    "task_versions",
    "task_units",
    "milestones",
    "milestone_versions",
    "milestone_units",
    "imported_progress",
    "audit_log",
  ] as const) {
    const row = await db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
};

const revised = revisedReference;

describeEachDatabase("importing a plan", ({ open }) => {
  it("stores the reference table whole and gives it back as read", async () => {
    const db = await open();
    const outcome = await importFixture(db, "docx");
    expect(outcome).toMatchObject({ kind: "created", revision: 1, dryRun: false });
    const stored = await loadPlanContent(db.kysely, outcome.planId, 1);
    expect(planToJson(stored?.plan as Plan)).toEqual(planToJson(referencePlan));
    expect(await listPlans(db.kysely, "with_archived")).toMatchObject([
      {
        id: outcome.planId,
        year: 2022,
        issuer: "市政府",
        kind: "slice",
        ownerUnit: "市科技局",
        currentRevision: 1,
      },
    ]);
  });

  it("creates the units a table names, with a warning for each", async () => {
    const db = await open();
    const outcome = await importFixture(db, "docx");
    const names = (await listUnits(db.kysely)).map((u) => u.name);
    expect(names).toContain("各县（市、区）政府");
    expect(names).toHaveLength(new Set(names).size);
    expect(outcome.diagnostics.filter((d) => d.code === "unit.created")).toHaveLength(names.length);
  });

  it("finds units a table writes in traditional characters under their simplified names", async () => {
    const db = await open();
    await importFixture(db, "docx");
    const traditional = renameUnits(referencePlan, (name) =>
      name === "市工业和信息化局" ? "市工業和信息化局" : name,
    );
    const outcome = await importPlanObject(db, {
      ...traditional,
      title: `${traditional.title}（繁体）`,
    });
    const names = (await listUnits(db.kysely)).map((u) => u.name);
    expect(names).toContain("市工业和信息化局");
    expect(names).not.toContain("市工業和信息化局");
    expect(outcome.diagnostics.filter((d) => d.code === "unit.created")).toEqual([]);
  });

  it("changes nothing, and says so, when the same file comes again", async () => {
    const db = await open();
    await importFixture(db, "docx");
    const before = await tableCounts(db);
    expect(await importFixture(db, "docx")).toMatchObject({
      kind: "unchanged",
      reason: "same_file",
      revision: 1,
    });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("changes nothing when another form of the same table comes", async () => {
    const db = await open();
    await importFixture(db, "docx");
    const before = await tableCounts(db);
    expect(await importFixture(db, "xlsx")).toMatchObject({
      kind: "unchanged",
      reason: "same_content",
    });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("writes nothing on a dry run, yet says what it would do", async () => {
    const db = await open();
    const before = await tableCounts(db);
    const outcome = await importFixture(db, "txt", { dryRun: true });
    expect(outcome).toMatchObject({ kind: "created", revision: 1, dryRun: true });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("makes a revised table a revision with its diff, keeping the old revision whole", async () => {
    const db = await open();
    const first = await importFixture(db, "docx");
    const second = await importPlanObject(db, revised, { planId: first.planId });
    expect(second).toMatchObject({ kind: "revised", planId: first.planId, revision: 2 });
    if (second.kind === "unchanged") throw new Error("expected a revision");
    expect(second.diff.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 36 });
    expect(second.diff.milestones.find((e) => e.kind === "changed")).toMatchObject({
      changes: [{ field: "deadline", before: "10月31日", after: "11月30日" }],
    });
    const atOne = await loadPlanContent(db.kysely, first.planId, 1);
    const atTwo = await loadPlanContent(db.kysely, first.planId, 2);
    expect(planToJson(atOne?.plan as Plan)).toEqual(planToJson(referencePlan));
    expect(planToJson(atTwo?.plan as Plan).tasks).toEqual(planToJson(revised).tasks);
    expect(
      (await listRevisions(db.kysely, first.planId)).map((r) => [r.number, r.source.name]),
    ).toEqual([
      [1, "seed-2022-kjj.docx"],
      [2, "revised.xlsx"],
    ]);
  });

  it("keeps a matched milestone's identity and history across revisions", async () => {
    const db = await open();
    const first = await importFixture(db, "docx");
    await importPlanObject(db, revised, { planId: first.planId });
    const atOne = await loadPlanContent(db.kysely, first.planId, 1);
    const atTwo = await loadPlanContent(db.kysely, first.planId, 2);
    const index202 = atOne?.plan.tasks.findIndex((t) => t.no === 202) ?? -1;
    const [oldStep, newStep] = [atOne?.milestones[index202]?.[1], atTwo?.milestones[index202]?.[1]];
    expect(newStep?.id).toBe(oldStep?.id);
    expect(newStep?.versionId).not.toBe(oldStep?.versionId);
    const versions = await db.kysely
      .selectFrom("milestone_versions")
      .select(["valid_from", "valid_to", "deadline_text"])
      .where("milestone_id", "=", oldStep?.id ?? 0)
      .orderBy("valid_from")
      .execute();
    expect(versions).toEqual([
      { valid_from: 1, valid_to: 2, deadline_text: "10月31日" },
      { valid_from: 2, valid_to: null, deadline_text: "11月30日" },
    ]);
  });

  it("changes nothing when the file has errors", async () => {
    const db = await open();
    const before = await tableCounts(db);
    const bad = new TextEncoder().encode(
      "序号,工作任务,节点计划,责任单位,完成时限\n1,任务,（1）一,市科技局,尽快\n",
    );
    const failure = await importPlanFile(db, {
      bytes: bad,
      fileName: "bad-2022.csv",
      actor: shellActor("cli:test"),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DubanError);
    expect((failure as DubanError).diagnostics.map((d) => d.code)).toContain("deadline.unreadable");
    expect(await tableCounts(db)).toEqual(before);
  });

  it("leaves the database as it was when the last write of an import fails", async () => {
    const db = await open();
    const first = await importFixture(db, "docx");
    const before = await tableCounts(db);
    const failOnAudit: KyselyPlugin = {
      transformQuery: (args) => {
        const node = args.node as {
          kind: string;
          into?: { table: { identifier: { name: string } } };
        };
        if (node.kind === "InsertQueryNode" && node.into?.table.identifier.name === "audit_log") {
          throw new Error("disk full (simulated)");
        }
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    };
    const failing = { ...db, kysely: db.kysely.withPlugin(failOnAudit) } as Database;
    await expect(importPlanObject(failing, revised, { planId: first.planId })).rejects.toThrow(
      "disk full",
    );
    expect(await tableCounts(db)).toEqual(before);
  });
});
