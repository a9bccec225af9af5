import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import pg from "pg";
import { openDatabase } from "../../src/db/database.js";
import { recentBackupRuns } from "../../src/db/queries/backup-runs.js";
import { dubanFor, freshDuban, type Duban } from "../support/cli-database.js";
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

  it.runIf(tools)(
    "verifies a backup in a scratch database, refuses a truncated one, and records manual runs",
    async () => {
      const db = await open();
      const config = db.config;
      await db.close();
      const duban = dubanFor(config);
      expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
      const good = backupPath("verify.backup");
      expect((await duban("backup", good)).code).toBe(0);

      const verified = await duban("backup", "--verify", good);
      expect(verified).toMatchObject({ code: 0, stderr: "" });
      expect(verified.stdout).toContain(
        "已恢复到临时数据库：计划 1 个，节点计划 38 个，进展报送 0 条",
      );
      expect(verified.stdout).toContain("检查通过：备份可用");
      const json = await duban("backup", "--verify", good, "--json");
      const verification = JSON.parse(json.stdout) as { scratch: string };
      expect(verification).toMatchObject({
        ok: true,
        format: dialect === "sqlite" ? "sqlite" : "pg_dump",
        counts: { plans: 1, milestones: 38, reports: 0 },
        problems: [],
      });

      const bytes = readFileSync(good);
      const truncated = backupPath("truncated.backup");
      writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const refused = await duban("backup", "--verify", truncated);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`「${truncated}」无法恢复，不是可用的备份：`);
      const garbage = backupPath("garbage.backup");
      writeFileSync(garbage, "not a backup\n");
      expect((await duban("backup", "--verify", garbage)).stderr).toContain(
        "它既不是 SQLite 数据库，也不是 pg_dump 归档",
      );

      // The manual run is recorded in the database it copied; verifying wrote nothing there.
      const live = openDatabase(config);
      try {
        const runs = await recentBackupRuns(live.kysely, 10);
        expect(runs).toMatchObject([
          { trigger: "manual", file: good, outcome: "ok", verify_outcome: null },
        ]);
        expect(await revisionsOfPlans(duban)).toEqual([1]);
      } finally {
        await live.close();
      }
      // The scratch copy is gone: the temporary file, or the scratch database dropped.
      if (dialect === "sqlite") expect(existsSync(verification.scratch)).toBe(false);
      else {
        expect(verification.scratch).toMatch(/^duban_verify_[0-9a-f]{12}$/);
        const server = new pg.Client({ connectionString: (config as { url: string }).url });
        await server.connect();
        const left = await server.query("select 1 from pg_database where datname = $1", [
          verification.scratch,
        ]);
        await server.end();
        expect(left.rows).toEqual([]);
      }
    },
    // Each verification makes and drops a scratch PostgreSQL database: slow on a busy server.
    120_000,
  );

  it.runIf(dialect === "sqlite")("verifies a PostgreSQL backup only with a server", async () => {
    const duban = await freshDuban(open);
    const dump = backupPath("looks-like.pgdump");
    writeFileSync(dump, "PGDMP and then nothing");
    const run = await duban("backup", "--verify", dump);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "验证需要 PostgreSQL 服务器：设置 DATABASE_URL，或用 --into URL 指定",
    );
    const wrong = await duban("backup", "--verify", dump, "--into", "/tmp/somewhere");
    expect(wrong.stderr).toContain("--into 应是 PostgreSQL 地址");
    expect((await duban("backup", dump, "--into", "postgres://x/y")).code).toBe(2);
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
