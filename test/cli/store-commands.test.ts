import { MIGRATIONS } from "../../src/db/migrations/index.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runDuban } from "../support/cli-run.js";
import { dubanFor, freshDuban, type Duban } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { expectedReference, fixturePath } from "../support/fixtures.js";
import { projectOnto } from "../support/project-onto.js";
import { parseWithoutSources } from "../support/without-sources.js";
import { writeRevisedReference } from "../support/revised-table.js";
import { insertHalfWrittenPlan } from "../support/half-written-plan.js";

const DOCX = fixturePath("seed-2022-kjj.docx");
const dir = mkdtempSync(join(tmpdir(), "duban-store-commands-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A one-task table whose only unit is written 江门市科学技术局, the long name of 市科技局. */
const longNameTable = (year: number): string => {
  const file = join(dir, `long-name-${year}.csv`);
  writeFileSync(
    file,
    "序号,工作任务,节点计划,责任单位,完成时限\n" +
      `1,推进科技金融${year}。（牵头单位：江门市科学技术局）,（1）开展科技信贷。,江门市科学技术局,6月30日\n`,
  );
  return file;
};

const json = (run: { stdout: string }): unknown => JSON.parse(run.stdout);

const importedId = async (duban: Duban, file = DOCX): Promise<number> => {
  const run = await duban("import", file, "--json");
  expect(run.code).toBe(0);
  return (json(run) as { planId: number }).planId;
};

describeEachDatabase("duban with a database", ({ open }) => {
  it("imports the reference table, then finds it already there", async () => {
    const duban = await freshDuban(open);
    const first = await duban("import", DOCX);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^已导入计划 #\d+（第1版）：任务14项，节点计划38项\n$/);
    expect(first.stderr).toContain("[unit.created]");
    const again = await duban("import", DOCX);
    expect(again).toMatchObject({ code: 0, stdout: "未改动：与第1版相同（同一文件）\n" });
    const otherForm = await duban("import", fixturePath("seed-2022-kjj.xlsx"), "--json");
    expect(json(otherForm)).toMatchObject({
      kind: "unchanged",
      revision: 1,
      reason: "same_content",
      dryRun: false,
      diagnostics: [],
    });
  });

  it("prints a revision's diff line by line and its new number", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    const run = await duban("import", await writeRevisedReference(dir), "--plan", id);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "节点计划：新增1项，删除1项，修改1项，未变36项",
      "  修改 202（2） 完成时限：10月31日 → 11月30日",
      expect.stringMatching(/^ {2}删除 203（2） \S+/),
      "  新增 204（4） 开展研发投入专项督导。",
      `已更新为第2版（计划 #${id}）`,
      "",
    ]);
  });

  it("makes a same-title table without --plan a plan of its own, and says how to revise", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    const run = await duban("import", await writeRevisedReference(dir));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`请加 --plan ${String(id)}`);
    expect(run.stdout).toMatch(/已导入计划 #\d+（第1版）/);
    expect(run.stdout).not.toContain(`计划 #${String(id)}）`);
  });

  it("reports an import as JSON with counts and the diff", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    const run = await duban("import", await writeRevisedReference(dir), "--plan", id, "--json");
    expect(json(run)).toMatchObject({
      kind: "revised",
      planId: id,
      revision: 2,
      dryRun: false,
      counts: { tasks: 14, milestones: 38, added: 1, removed: 1, changed: 1, unchanged: 36 },
      diff: {
        counts: { added: 1, removed: 1, changed: 1, unchanged: 36 },
        milestones: [
          {
            kind: "changed",
            changes: [{ field: "deadline", before: "10月31日", after: "11月30日" }],
          },
          { kind: "removed" },
          { kind: "added" },
        ],
      },
      diagnostics: [],
    });
  });

  it("writes nothing on --dry-run, and says so", async () => {
    const duban = await freshDuban(open);
    const text = await duban("import", DOCX, "--dry-run");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^将导入为计划 #\d+（第1版）：任务14项，节点计划38项\n预演：未写入数据库\n$/,
    );
    // The plan as read comes with a dry run, to check before importing.
    expect(json(await duban("import", DOCX, "--dry-run", "--json"))).toMatchObject({
      kind: "created",
      revision: 1,
      dryRun: true,
      plan: { format: "duban.plan", taskCount: 14, milestoneCount: 38 },
    });
    expect(json(await duban("plans", "--json"))).toEqual([]);
    expect(json(await duban("units", "--json"))).toEqual([]);
  });

  it("refuses a file with errors, listing them, and stores nothing", async () => {
    const duban = await freshDuban(open);
    const bad = join(dir, "bad-2022.csv");
    writeFileSync(bad, "序号,工作任务,节点计划,责任单位,完成时限\n1,任务,（1）一,市科技局,尽快\n");
    const run = await duban("import", bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("[deadline.unreadable]");
    expect(run.stderr).toContain("错误：「bad-2022.csv」有错误，未导入");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(json(await duban("plans", "--json"))).toEqual([]);
  });

  it("lists the stored plans with their ids", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    const plans = json(await duban("plans", "--json")) as Record<string, unknown>[];
    expect(plans).toEqual([
      {
        id,
        year: 2022,
        issuer: "市政府",
        kind: "slice",
        category: "政府工作报告",
        ownerUnit: "市科技局",
        parentMilestoneId: null,
        title: "2022年市政府重点工作任务分解表（市科技局牵头部分）",
        currentRevision: 1,
        createdAt: expect.any(String) as unknown,
        updatedAt: expect.any(String) as unknown,
        archivedAt: null,
      },
    ]);
    const table = await duban("plans");
    expect(table.stdout).toContain("2022年市政府重点工作任务分解表（市科技局牵头部分）");
  });

  it("shows a stored plan as read, with its revisions", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    await duban("import", await writeRevisedReference(dir), "--plan", id);
    const shown = json(await duban("show", id, "--revision", 1, "--json")) as {
      id: number;
      currentRevision: number;
      revision: number;
      revisions: unknown[];
      plan: unknown;
    };
    expect(shown).toMatchObject({ id, currentRevision: 2, revision: 1 });
    const expected = expectedReference();
    expect(projectOnto(expected, shown.plan)).toEqual(expected);
    expect(shown.revisions).toEqual([
      {
        number: 1,
        title: "2022年市政府重点工作任务分解表（市科技局牵头部分）",
        createdAt: expect.any(String) as unknown,
        actor: expect.stringMatching(/^cli:/) as unknown,
        actorName: expect.stringMatching(/^cli:/) as unknown,
        file: {
          name: "seed-2022-kjj.docx",
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
          format: "docx",
          size: expect.any(Number) as unknown,
        },
        counts: { added: 38, removed: 0, changed: 0, unchanged: 0 },
      },
      expect.objectContaining({
        number: 2,
        counts: { added: 1, removed: 1, changed: 1, unchanged: 36 },
      }),
    ]);
    const text = await duban("show", id);
    expect(text.stdout.split("\n")[0]).toBe("2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(text.stdout).toContain(`计划 #${id}：显示第2版，当前第2版。修订记录：`);
    expect(text.stdout).toContain("revised-2022-kjj.xlsx");
  });

  it("says so for a plan or revision that is not there", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    expect(await duban("show", 999)).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "错误：没有编号为 999 的计划\n",
    });
    expect((await duban("show", id, "--revision", 3)).stderr).toBe(
      `错误：计划 #${id} 没有第3版（共1版）\n`,
    );
    expect((await duban("show", "abc")).code).toBe(2);
  });

  it("slices a stored plan exactly as the file form slices the file", async () => {
    const duban = await freshDuban(open);
    const id = await importedId(duban);
    const stored = await duban("slice", "--plan", id, "--unit", "市科技局");
    expect(stored.code).toBe(0);
    expect(stored.stdout).toBe((await runDuban(["slice", DOCX, "--unit", "市科技局"])).stdout);
    // The file's slice also says where it read each task; the stored plan does not know.
    const file = await runDuban(["slice", DOCX, "--unit", "市科技局", "--json"]);
    expect(json(await duban("slice", "--plan", id, "--unit", "市科技局", "--json"))).toEqual(
      parseWithoutSources(file.stdout),
    );
    const slice = json(await duban("slice", "--plan", id, "--unit", "市科技局", "--json"));
    const expected = expectedReference();
    expect(projectOnto(expected, slice)).toEqual(expected);
  });

  it("takes exactly one of FILE and --plan for a slice", async () => {
    const duban = await freshDuban(open);
    const both = await duban("slice", DOCX, "--plan", 1, "--unit", "市科技局");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("二选一");
    expect((await duban("slice", "--unit", "市科技局")).code).toBe(2);
    expect(await duban("slice", "--plan", 1, "--unit", "市科技局")).toMatchObject({
      code: 1,
      stderr: "错误：没有编号为 1 的计划\n",
    });
  });

  it("merges a long unit name into the unit, so tables that write it resolve", async () => {
    const duban = await freshDuban(open);
    await importedId(duban, longNameTable(2023));
    await importedId(duban);
    const merged = await duban("units", "merge", "市科技局", "江门市科学技术局");
    expect(merged).toMatchObject({ code: 0 });
    expect(merged.stdout).toContain("已将「江门市科学技术局」并入「市科技局」");
    const units = json(await duban("units", "--json")) as {
      name: string;
      kind: string;
      aliases: string[];
      members: string[];
    }[];
    expect(units.find((u) => u.name === "市科技局")).toEqual({
      name: "市科技局",
      kind: "unit",
      aliases: ["江门市科学技术局"],
      members: [],
    });
    expect(units.map((u) => u.name)).not.toContain("江门市科学技术局");

    const later = await duban("import", longNameTable(2024), "--json");
    expect(later.stderr).not.toContain("江门市科学技术局」不在单位目录中");
    const { planId } = json(later) as { planId: number };
    const shown = json(await duban("show", planId, "--json")) as {
      plan: { ownerUnit: string; tasks: { leadUnits: string[] }[] };
    };
    expect(shown.plan.ownerUnit).toBe("市科技局");
    expect(shown.plan.tasks[0]?.leadUnits).toEqual(["市科技局"]);
  });

  it("refuses to merge a unit it does not know", async () => {
    const duban = await freshDuban(open);
    await importedId(duban);
    expect(await duban("units", "merge", "市科技局", "市科学局")).toMatchObject({
      code: 1,
      stderr: "错误：没有单位「市科学局」\n",
    });
    expect((await duban("units", "merge", "市科技局")).code).toBe(2);
  });

  it("migrates on start, and says when there is nothing to do", async () => {
    const duban = await freshDuban(open);
    const run = await duban("migrate");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`已是最新（共${Object.keys(MIGRATIONS).length}个迁移）\n$`),
    );
    expect(json(await duban("migrate", "--json"))).toMatchObject({
      migrated: [],
      applied: Object.keys(MIGRATIONS),
    });
  });

  it("checks a sound database: exit 0, and the state as JSON", async () => {
    const duban = await freshDuban(open);
    await importedId(duban);
    const run = await duban("check");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/检查通过\n$/);
    expect(json(await duban("check", "--json"))).toEqual({
      database: expect.any(String) as unknown,
      migrations: { applied: Object.keys(MIGRATIONS), pending: [], unknown: [] },
      problems: [],
      ok: true,
    });
  });

  it("lists the problems it finds and exits 1", async () => {
    const db = await open();
    await insertHalfWrittenPlan(db);
    const run = await dubanFor(db.config)("check");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("问题 [plan.half_written] 计划 #");
    expect(run.stdout).toMatch(/发现 1 个问题\n$/);
  });
});

describe("duban with a database it cannot use", () => {
  it("says PostgreSQL cannot be reached, without a stack trace", async () => {
    const run = await runDuban(["plans"], { DATABASE_URL: "postgres://duban@127.0.0.1:1/duban" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^错误：无法连接数据库 PostgreSQL postgres:\/\/duban@127\.0\.0\.1:1\/duban：.*ECONNREFUSED/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const english = await runDuban(["--lang", "en", "plans"], {
      DATABASE_URL: "postgres://duban:secret@127.0.0.1:1/duban",
    });
    expect(english.stderr).toMatch(
      /^error: cannot connect to the database .*Check that PostgreSQL is running/,
    );
    expect(english.stderr).not.toContain("secret");
  });

  it("refuses a ?schema= that is not a plain name", async () => {
    const run = await runDuban(["plans"], {
      DATABASE_URL: "postgres://duban@127.0.0.1:1/duban?schema=a-b",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "错误 [invalid_value] DATABASE_URL: DATABASE_URL：模式名“a-b”只能由字母、数字和 _ 组成",
    );
  });
});
