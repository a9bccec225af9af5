import { shellActor } from "../../src/policies/actor.js";
import { expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { MIGRATIONS } from "../../src/db/migrations/index.js";
import { checkDatabase } from "../../src/services/check-database.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { describeEachDatabase, freshConfig } from "../support/databases.js";
import { readFixture } from "../support/fixtures.js";
import { insertHalfWrittenPlan } from "../support/half-written-plan.js";
import { unitPlan } from "../support/unit-plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";

const importReference = (db: Database) =>
  importPlanFile(db, {
    bytes: readFixture("seed-2022-kjj.docx"),
    fileName: "seed-2022-kjj.docx",
    actor: shellActor("cli:test"),
  });

const codes = async (db: Database): Promise<string[]> =>
  (await checkDatabase(db)).problems.map((p) => p.code);

describeEachDatabase("checking the database", ({ dialect, open }) => {
  it("finds nothing wrong with a fresh database, nor after an import", async () => {
    const db = await open();
    expect(await checkDatabase(db)).toEqual({
      database: expect.stringMatching(
        dialect === "sqlite" ? /^SQLite / : /^PostgreSQL /,
      ) as unknown,
      migrations: { applied: Object.keys(MIGRATIONS), pending: [], unknown: [] },
      problems: [],
      ok: true,
    });
    await importReference(db);
    expect(await checkDatabase(db)).toMatchObject({ problems: [], ok: true });
  });

  it("reports a plan left at revision 0 by an import that never finished", async () => {
    const db = await open();
    await insertHalfWrittenPlan(db);
    const check = await checkDatabase(db);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      {
        code: "plan.half_written",
        message: {
          zh: expect.stringContaining("停在第0版") as unknown,
          en: expect.stringContaining("is at revision 0") as unknown,
        },
      },
    ]);
  });

  it("reports a target filed under another plan than its task's, and an actual under another than its target's", async () => {
    const db = await open();
    const { planId } = await importReference(db);
    const other = await importPlanFile(db, {
      bytes: await planToXlsx(unitPlan(2023, "市审计局", "市统计局")),
      fileName: "audit-2023.xlsx",
      actor: shellActor("cli:test"),
    });
    expect(other.planId).not.toBe(planId);
    const target = await db.kysely
      .selectFrom("targets")
      .select("id")
      .where("plan_id", "=", planId)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await db.kysely
      .insertInto("target_actuals")
      .values({
        target_id: target.id,
        plan_id: other.planId,
        value: "1",
        as_of: "2022-03-31",
        source: "手工改动",
        unit_id: null,
        reported_by: "cli:test",
        user_id: null,
        recorded_at: "2022-04-01T00:00:00Z",
      })
      .execute();
    await db.kysely
      .updateTable("targets")
      .set({ plan_id: other.planId })
      .where("id", "=", target.id)
      .execute();
    expect(await codes(db)).toEqual(["target.plan_mismatch"]);
    await db.kysely
      .updateTable("targets")
      .set({ plan_id: planId })
      .where("id", "=", target.id)
      .execute();
    expect(await codes(db)).toEqual(["target.actual_plan_mismatch"]);
  });

  it("reports a milestone with two versions in force", async () => {
    const db = await open();
    await importReference(db);
    const version = await db.kysely
      .selectFrom("milestone_versions")
      .selectAll()
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await db.kysely
      .insertInto("milestone_versions")
      .values({ ...version, id: undefined, text: `${version.text}（重复）` })
      .execute();
    const check = await checkDatabase(db);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.code)).toEqual(["milestone.versions_in_force"]);
    expect(check.problems[0]?.message.en).toContain(
      `milestone #${String(version.milestone_id)} (plan #${String(version.plan_id)}) has 2 versions in force`,
    );
  });

  it("reports a revision in force that is not there, and a version that holds for none", async () => {
    const db = await open();
    const { planId } = await importReference(db);
    await db.kysely
      .updateTable("plans")
      .set({ current_revision: 5 })
      .where("id", "=", planId)
      .execute();
    const task = await db.kysely
      .selectFrom("task_versions")
      .select("id")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await db.kysely
      .updateTable("task_versions")
      .set({ valid_to: 1 })
      .where("id", "=", task.id)
      .execute();
    expect(await codes(db)).toEqual(["plan.revision_missing", "task.empty_version"]);
  });

  it.runIf(dialect === "sqlite")(
    "reports rows whose foreign key names no row (SQLite)",
    async () => {
      const db = await open();
      if (db.dialect !== "sqlite") return;
      db.sqlite.pragma("foreign_keys = OFF");
      db.sqlite.prepare("insert into unit_aliases (alias, unit_id) values (?, ?)").run("孤儿", 999);
      db.sqlite.pragma("foreign_keys = ON");
      expect(await codes(db)).toEqual(["sqlite.foreign_key"]);
    },
  );
});

describeEachDatabase("checking a database not yet migrated", ({ dialect }) => {
  it("lists the pending migrations as the problem and checks nothing it cannot", async () => {
    const { config, dispose } = await freshConfig(dialect);
    const db = openDatabase(config);
    try {
      expect(await checkDatabase(db)).toMatchObject({
        migrations: { applied: [], pending: Object.keys(MIGRATIONS) },
        problems: [{ code: "migrations.pending" }],
        ok: false,
      });
    } finally {
      await db.close();
      await dispose();
    }
  });
});
