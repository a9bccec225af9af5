import { expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { listAudit } from "../../src/db/queries/audit.js";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import type { PlanCorrection } from "../../src/domain/plan-corrections.js";
import type { Plan, Task } from "../../src/domain/plan.js";
import { shellActor } from "../../src/policies/actor.js";
import { DubanError } from "../../src/services/duban-error.js";
import { importPlanFile, type ImportPlanInput } from "../../src/services/import-plan-file.js";
import { describeEachDatabase } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";

/** The reference table with 75（5）'s deadline cell left empty: a deadline.missing warning. */
const withoutDeadline = (): Buffer =>
  Buffer.from(
    readFixture("seed-2022-kjj.csv").toString("utf8").replace("市科技局,12月15日", "市科技局,"),
    "utf8",
  );

const FILE = "seed-2022-kjj.csv";

const importTable = (
  db: Database,
  extra: Partial<Pick<ImportPlanInput, "corrections" | "dryRun" | "planId">> = {},
  bytes: Uint8Array = withoutDeadline(),
) => importPlanFile(db, { bytes, fileName: FILE, actor: shellActor("cli:test"), ...extra });

const target = (task: Task) => ({
  label: task.label,
  outline: task.outline.map((heading) => heading.label),
  title: task.title,
});

/** 75（5）: its deadline and its units, as the office corrects them in the preview. */
const correctionsOf = (plan: Plan): PlanCorrection[] => {
  const task = plan.tasks[0] as Task;
  const milestone = task.milestones[0];
  return [
    {
      kind: "milestone",
      task: target(task),
      milestone: { seq: milestone?.seq ?? null, position: 1, text: milestone?.text ?? "" },
      deadline: "11月30日",
      responsibilities: [
        { unit: "市科技局", role: "lead" },
        { unit: "市卫生健康局", role: "cooperating" },
      ],
    },
    { kind: "task", task: target(task), cooperatingUnits: ["市科技局"] },
  ];
};

const readPlan = async (db: Database): Promise<Plan> => {
  const outcome = await importTable(db, { dryRun: true });
  if (outcome.kind === "unchanged") throw new Error("expected a plan");
  return outcome.plan;
};

const stored = async (db: Database, planId: number, revision: number): Promise<Plan> =>
  (await loadPlanContent(db.kysely, planId, revision))?.plan as Plan;

describeEachDatabase("corrections made in the import preview", ({ open }) => {
  it("are applied to the dry run and the import, kept with the revision and audited", async () => {
    const db = await open();
    const corrections = correctionsOf(await readPlan(db));
    const dry = await importTable(db, { dryRun: true, corrections });
    expect(dry).toMatchObject({ kind: "created", correctionsApplied: 2, corrections });
    const done = await importTable(db, { corrections });
    expect(done).toMatchObject({ kind: "created", revision: 1, correctionsApplied: 2 });
    const plan = await stored(db, done.planId, 1);
    expect(plan.tasks[0]?.cooperatingUnits).toEqual(["市科技局"]);
    expect(plan.tasks[0]?.milestones[0]).toMatchObject({
      deadline: { kind: "date", date: "2022-11-30", text: "11月30日" },
      responsibilities: [
        { unit: "市科技局", role: "lead" },
        { unit: "市卫生健康局", role: "cooperating" },
      ],
    });
    // The reader's warning is still reported: the file itself has no deadline there.
    expect(done.diagnostics.map((d) => d.code)).toContain("deadline.missing");
    const row = await db.kysely
      .selectFrom("revisions")
      .select("corrections_json")
      .where("plan_id", "=", done.planId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.corrections_json ?? "null")).toEqual(corrections);
    const { entries } = await listAudit(db.kysely, { objectType: "plan" });
    expect(entries[0]?.after).toMatchObject({ corrections, correctionsApplied: 2 });
  });

  it("are applied again when the same file comes again, and replaced when others are sent", async () => {
    const db = await open();
    const first = await importTable(db);
    const corrections = correctionsOf(await stored(db, first.planId, 1));
    const planId = first.planId;
    expect(await importTable(db, { planId, corrections })).toMatchObject({
      kind: "revised",
      revision: 2,
      correctionsApplied: 2,
    });
    // The same file without corrections: read as corrected, so nothing to do.
    expect(await importTable(db)).toMatchObject({
      kind: "unchanged",
      reason: "same_file",
      revision: 2,
      correctionsApplied: 2,
      corrections,
    });
    const again = await importTable(db, { planId, dryRun: true });
    expect(again).toMatchObject({ kind: "unchanged", correctionsApplied: 2 });
    // No corrections at all, said so: the file as read, a revision of its own.
    const undone = await importTable(db, { planId, corrections: [] });
    expect(undone).toMatchObject({ kind: "revised", revision: 3, correctionsApplied: 0 });
    expect((await stored(db, planId, 3)).tasks[0]?.milestones[0]?.deadline).toEqual({
      kind: "none",
    });
    expect(await importTable(db)).toMatchObject({
      kind: "unchanged",
      revision: 3,
      correctionsApplied: 0,
      corrections: [],
    });
  });

  it("are not applied to another file, even of the same plan", async () => {
    const db = await open();
    const first = await importTable(db);
    const corrections = correctionsOf(await stored(db, first.planId, 1));
    await importTable(db, { planId: first.planId, corrections });
    const other = Buffer.from(withoutDeadline().toString("utf8").replace("7月31日", "8月31日"));
    const outcome = await importTable(db, { planId: first.planId, dryRun: true }, other);
    expect(outcome).toMatchObject({ kind: "revised", corrections: [], correctionsApplied: 0 });
  });

  it("that no longer find their target are reported as warnings, and the rest applies", async () => {
    const db = await open();
    const [milestone, task] = correctionsOf(await readPlan(db)) as [
      PlanCorrection & { kind: "milestone" },
      PlanCorrection,
    ];
    const stale: PlanCorrection = {
      ...milestone,
      milestone: { ...milestone.milestone, text: "已删去的节点计划" },
    };
    const outcome = await importTable(db, { corrections: [stale, task] });
    expect(outcome).toMatchObject({ kind: "created", correctionsApplied: 1 });
    const warnings = outcome.diagnostics.filter((d) => d.code.startsWith("correction."));
    expect(warnings).toMatchObject([
      {
        severity: "warning",
        code: "correction.milestone_not_found",
        location: { file: FILE, field: "corrections" },
      },
    ]);
    expect(warnings[0]?.message.zh).toContain("已删去的节点计划");
  });

  it("refuse the import when a corrected deadline cannot be read", async () => {
    const db = await open();
    const [milestone] = correctionsOf(await readPlan(db)) as [PlanCorrection];
    const failure = await importTable(db, {
      corrections: [{ ...milestone, deadline: "尽快" } as PlanCorrection],
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DubanError);
    expect((failure as DubanError).code).toBe("import.invalid_file");
    expect((failure as DubanError).diagnostics.map((d) => d.code)).toContain(
      "correction.deadline_unreadable",
    );
  });
});
