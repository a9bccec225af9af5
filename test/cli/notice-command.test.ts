import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import type { DatabaseConfig } from "../../src/db/config.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";
import { readNotice } from "../support/read-notice.js";

const bin = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));

/** Where `duban` finds the test database: --data for SQLite, DATABASE_URL for PostgreSQL. */
const target = (config: DatabaseConfig): { args: string[]; env: NodeJS.ProcessEnv } => {
  if (config.kind === "sqlite") return { args: ["--data", dirname(config.file)], env: {} };
  const url = new URL(config.url);
  if (config.schema !== undefined) url.searchParams.set("schema", config.schema);
  return { args: [], env: { DATABASE_URL: url.toString() } };
};

describeEachDatabase("duban notice", ({ open }) => {
  it("issues a notice by id or by number in the table, and writes it where asked", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    const dir = await mkdtemp(join(tmpdir(), "duban-notice-"));
    try {
      expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
      const file = join(dir, "first.docx");
      // Imported today: the 2022 deadlines are long past.
      const first = await duban("notice", "202（1）", "-o", file, "--json");
      expect(first.code, first.stderr).toBe(0);
      const issued = JSON.parse(first.stdout) as {
        id: number;
        milestoneId: number;
        numberText: string;
        number: number;
      };
      expect(issued.number).toBe(1);
      const read = readNotice(await readFile(file));
      expect(read.paragraphs[1]).toBe(issued.numberText);
      expect(read.field("承办单位")).toBe("市科技局");
      expect(read.field("督办事项")).toContain(
        "节点计划202（1）：组织高新技术企业政策宣讲及实务培训。",
      );

      // By id, to standard output: the document's bytes there, the account on standard error.
      const piped = await duban("notice", issued.milestoneId, "-o", "-");
      expect(piped.code, piped.stderr).toBe(0);
      expect(piped.stderr).toMatch(/^已向市科技局发出督办通知单〔\d{4}〕第2号（逾期\d+天，/);
      expect(readNotice(piped.stdoutBytes).paragraphs[1]).toMatch(/^〔\d{4}〕第2号$/);

      const unknown = await duban("notice", "202（9）", "--lang", "en");
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain("There is no milestone 202（9）");
      const wrong = await duban("notice", "二〇二");
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain("204（1）");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("gives processes issuing at once each its own number, and each file its own name", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    await db.close();
    const dir = await mkdtemp(join(tmpdir(), "duban-notices-"));
    try {
      const { args, env } = target(db.config);
      const runs = await Promise.all(
        ["202（1）", "202(2)", "202（1）"].map((milestone) =>
          promisify(execFile)("node", [bin, "notice", milestone, ...args], {
            cwd: dir,
            env: { ...process.env, DATABASE_URL: "", ...env },
          }),
        ),
      );
      expect(runs.every((run) => run.stdout.startsWith("已向市科技局发出督办通知单"))).toBe(true);
      const names = (await readdir(dir)).sort();
      const year = /〔(\d{4})〕/.exec(names[0] ?? "")?.[1] ?? "";
      expect(names).toEqual([1, 2, 3].map((n) => `督办通知单〔${year}〕第${String(n)}号.docx`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
