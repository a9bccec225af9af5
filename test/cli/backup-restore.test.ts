import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { freshDuban, type Duban } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";
import { writeRevisedReference } from "../support/revised-table.js";

const dir = mkdtempSync(join(tmpdir(), "duban-backup-restore-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The PostgreSQL client tools are on this machine; without them the commands print guidance instead. */
const hasPgDump = spawnSync("pg_dump", ["--version"]).status === 0;

let files = 0;
const backupPath = (name: string): string => join(dir, `${String(++files)}-${name}`);

const revisionsOfPlans = async (duban: Duban): Promise<number[]> => {
  const run = await duban("plans", "--json");
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { currentRevision: number }[]).map((p) => p.currentRevision);
};

describeEachDatabase("duban backup and restore", ({ dialect, open }) => {
  const tools = dialect === "sqlite" || hasPgDump;

  it.runIf(tools)("restores the plans as they were when backed up", async () => {
    const duban = await freshDuban(open);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    const file = backupPath("duban.backup");
    const backup = await duban("backup", file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`已备份到 ${file}（`);
    // A fresh database's first plan is plan 1.
    expect((await duban("import", await writeRevisedReference(dir), "--plan", 1)).code).toBe(0);
    expect(await revisionsOfPlans(duban)).toEqual([2]);

    const refused = await duban("restore", file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("当前数据库有 1 个计划");
    expect(await revisionsOfPlans(duban)).toEqual([2]);

    const restored = await duban("restore", file, "--force");
    expect(restored).toMatchObject({ code: 0, stderr: "" });
    expect(restored.stdout).toContain("替换了 1 个计划");
    expect(await revisionsOfPlans(duban)).toEqual([1]);
    expect((await duban("check")).code).toBe(0);
  });

  it.runIf(tools)("never overwrites a file unless told to", async () => {
    const duban = await freshDuban(open);
    const file = backupPath("existing");
    writeFileSync(file, "keep me");
    const refused = await duban("backup", file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("已存在；要覆盖请加 --force");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect((await duban("backup", file, "--force")).code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).not.toBe("keep ");
  });

  it.runIf(tools)(
    "refuses a file that is not a backup, leaving the database as it was",
    async () => {
      const duban = await freshDuban(open);
      await duban("import", fixturePath("seed-2022-kjj.docx"));
      const garbage = backupPath("garbage");
      writeFileSync(garbage, "not a database at all\n".repeat(200));
      const run = await duban("restore", garbage, "--force");
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("不能用来恢复");
      expect(run.stderr).toContain("数据库未改动");
      expect(await revisionsOfPlans(duban)).toEqual([1]);
      expect((await duban("restore", backupPath("missing"), "--force")).stderr).toContain(
        "找不到文件",
      );
    },
  );

  it.runIf(dialect === "sqlite")(
    "refuses a damaged backup and a database that is not Duban's",
    async () => {
      const duban = await freshDuban(open);
      await duban("import", fixturePath("seed-2022-kjj.docx"));
      const good = backupPath("good.sqlite");
      expect((await duban("backup", good)).code).toBe(0);

      const bytes = readFileSync(good);
      const truncated = backupPath("truncated.sqlite");
      writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const damaged = await duban("restore", truncated, "--force");
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toContain("不能用来恢复");

      const foreign = backupPath("foreign.sqlite");
      const other = new BetterSqlite3(foreign);
      other.exec("create table notes (text)");
      other.close();
      const notOurs = await duban("restore", foreign, "--force");
      expect(notOurs.code).toBe(1);
      expect(notOurs.stderr).toContain("没有 Duban 的迁移表");
      expect(await revisionsOfPlans(duban)).toEqual([1]);
    },
  );

  it.runIf(dialect === "sqlite")("writes a backup that is one self-contained file", async () => {
    const duban = await freshDuban(open);
    await duban("import", fixturePath("seed-2022-kjj.docx"));
    const file = backupPath("single.sqlite");
    expect((await duban("backup", file, "--json")).stdout).toContain(
      '"method": "sqlite-online-backup"',
    );
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.prepare("select count(*) from plans").pluck().get()).toBe(1);
    copy.close();
  });

  it.runIf(dialect === "postgres")("says how to back up by hand without pg_dump", async () => {
    const duban = await freshDuban(open, { DUBAN_PG_BIN: join(dir, "no-such-dir") });
    const run = await duban("backup", backupPath("no-tool.dump"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("找不到 pg_dump");
    expect(run.stderr).toContain("pg_dump --format=custom");
    expect(run.stderr).toContain("pg_restore --clean --if-exists");
  });
});
