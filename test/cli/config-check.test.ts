import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConfigProblem } from "../../src/config/problem.js";
import { dubanFor } from "../support/cli-database.js";
import { runDuban } from "../support/cli-run.js";
import { describeEachDatabase, freshConfig } from "../support/databases.js";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver.js";

interface CheckJson {
  readonly ok: boolean;
  readonly database: string | null;
  readonly settings: readonly { name: string; source: string; value: string | null }[];
  readonly problems: readonly ConfigProblem[];
}

/** A port nothing listens on: taken, then given back. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address !== null ? address.port : 0;
};

const check = async (env: NodeJS.ProcessEnv, data = mkdtempSync(join(tmpdir(), "duban-cfg-"))) => {
  const run = await runDuban(["config", "check", "--json", "--data", data], env);
  return { code: run.code, json: JSON.parse(run.stdout) as CheckJson };
};

/** A PostgreSQL server configured as one should be: with a place for its nightly backups. */
const CONFIGURED_BACKUPS = { DUBAN_BACKUP_DIR: tmpdir() };

const kinds = (json: CheckJson) => json.problems.map((p) => [p.kind, p.severity, p.subject]);

describe("duban config check: each kind of problem, named", () => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
  });
  afterAll(() => smtp.close());

  it("passes a sound configuration, showing no secret", async () => {
    const { code, json } = await check({
      DUBAN_ADMIN_PASSWORD: "Kx7!correct-horse",
      DUBAN_PUBLIC_URL: "https://duban.example.gov.cn/",
      DUBAN_SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`,
      DUBAN_SMTP_FROM: "duban@example.gov.cn",
      DUBAN_TEST_PG: "postgres://elsewhere/test",
    });
    expect(json.problems).toEqual([]);
    expect([code, json.ok]).toEqual([0, true]);
    const shown = new Map(json.settings.map((s) => [s.name, s]));
    expect(shown.get("DUBAN_ADMIN_PASSWORD")).toEqual({
      name: "DUBAN_ADMIN_PASSWORD",
      source: "environment",
      value: "***",
    });
    expect(shown.get("DUBAN_SMTP_URL")?.value).toBe("***");
    expect(shown.get("DUBAN_TIMEZONE")).toMatchObject({ source: "default", value: null });
  });

  it.each([
    [
      { DUBAN_RATE_LIMIT_PER_MINUTE: "many" },
      "invalid_value",
      "fatal",
      "DUBAN_RATE_LIMIT_PER_MINUTE",
    ],
    [{ DUBAN_TIMEZONE: "Asia/Beijing" }, "invalid_value", "fatal", "DUBAN_TIMEZONE"],
    [{ DUBAN_TRUST_PROXY: "yes" }, "invalid_value", "warning", "DUBAN_TRUST_PROXY"],
    [{ DUBAN_IMPORT_MEMORY_MB: "32" }, "out_of_range", "fatal", "DUBAN_IMPORT_MEMORY_MB"],
    [{ DUBAN_REMINDER_HOUR: "24" }, "out_of_range", "warning", "DUBAN_REMINDER_HOUR"],
    [{ DUBAN_SMTP_FROM: "duban@example.gov.cn" }, "incomplete", "fatal", "DUBAN_SMTP_URL"],
    [{ DUBAN_ADMIN_PASSWORD: "short1!" }, "weak_secret", "fatal", "DUBAN_ADMIN_PASSWORD"],
    [
      { DUBAN_ADMIN_PASSWORD: "onlylowercaseletters" },
      "weak_secret",
      "warning",
      "DUBAN_ADMIN_PASSWORD",
    ],
    [
      { DUBAN_PUBLIC_URL: "http://duban.example.gov.cn" },
      "insecure_url",
      "warning",
      "DUBAN_PUBLIC_URL",
    ],
    [{ DUBAN_PUBLIC_URL: "duban.example.gov.cn" }, "invalid_value", "fatal", "DUBAN_PUBLIC_URL"],
    [
      { DUBAN_WEBHOOK_ALLOW_HOSTS: "robot.lan, 10.0.0.0/33x" },
      "invalid_value",
      "fatal",
      "DUBAN_WEBHOOK_ALLOW_HOSTS",
    ],
    [{ DUBAN_REMINDER: "off" }, "unknown_variable", "warning", "DUBAN_REMINDER"],
  ] as const)("%o: %s (%s)", async (env, kind, severity, subject) => {
    const { code, json } = await check(env);
    expect(kinds(json)).toEqual([[kind, severity, subject]]);
    expect(code).toBe(severity === "fatal" ? 1 : 0);
  });

  it("names the variable a typo most likely meant, with how to fix each problem", async () => {
    const run = await runDuban(
      ["--lang", "en", "config", "check", "--data", mkdtempSync(join(tmpdir(), "duban-cfg-"))],
      { DUBAN_TIMEZON: "Asia/Urumqi" },
    );
    expect(run.stdout).toContain(
      "warning [unknown_variable] DUBAN_TIMEZON: Duban does not know DUBAN_TIMEZON; it has no effect\n  fix: Did you mean DUBAN_TIMEZONE?\n",
    );
    expect(run.code).toBe(0);
  });

  it("smtp_unreachable: connects and says why not, as a warning", async () => {
    const port = await closedPort();
    const { code, json } = await check({
      DUBAN_SMTP_URL: `smtp://127.0.0.1:${port}`,
      DUBAN_SMTP_FROM: "duban@example.gov.cn",
    });
    expect(kinds(json)).toEqual([["smtp_unreachable", "warning", "DUBAN_SMTP_URL"]]);
    expect(json.problems[0]?.text.en).toContain("ECONNREFUSED");
    expect(code).toBe(0);
  });

  it("database_unreachable: a PostgreSQL port nothing listens on", async () => {
    const port = await closedPort();
    const { code, json } = await check({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test`,
      ...CONFIGURED_BACKUPS,
    });
    expect(kinds(json)).toEqual([["database_unreachable", "fatal", "DATABASE_URL"]]);
    expect(code).toBe(1);
  });

  it("pg_tools_missing: DUBAN_PG_BIN without pg_dump", async () => {
    const port = await closedPort();
    const { json } = await check({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test`,
      DUBAN_PG_BIN: tmpdir(),
    });
    expect(kinds(json)).toContainEqual(["pg_tools_missing", "warning", "DUBAN_PG_BIN"]);
  });

  it("backups_off: PostgreSQL without DUBAN_BACKUP_DIR takes no nightly backup", async () => {
    const port = await closedPort();
    const url = `postgres://postgres@127.0.0.1:${port}/test`;
    expect(kinds((await check({ DATABASE_URL: url })).json)).toContainEqual([
      "backups_off",
      "warning",
      "DUBAN_BACKUP_DIR",
    ]);
    const off = await check({ DATABASE_URL: url, DUBAN_BACKUPS: "0" });
    expect(kinds(off.json).map(([kind]) => kind)).not.toContain("backups_off");
  });

  it("backup_dir_unwritable: a directory the server cannot write into", async () => {
    const dir = mkdtempSync(join(tmpdir(), "duban-cfg-"));
    // A file where the directory's parent should be: nothing can be made under it.
    writeFileSync(join(dir, "file"), "");
    const { json } = await check({ DUBAN_BACKUP_DIR: join(dir, "file", "backups") });
    expect(kinds(json)).toContainEqual(["backup_dir_unwritable", "warning", "DUBAN_BACKUP_DIR"]);
  });
});

describe("duban serve refuses a fatal problem before it listens, in config check's words", () => {
  it("prints the same lines and exits 1", async () => {
    const data = mkdtempSync(join(tmpdir(), "duban-cfg-"));
    const env = { DUBAN_TIMEZONE: "Mars/Olympus", DUBAN_REMINDER: "off" };
    const checked = await runDuban(["config", "check", "--data", data], env);
    const served = await runDuban(["serve", "--port", "0", "--data", data], env);
    expect(served.code).toBe(1);
    expect(served.stdout).toBe("");
    const problemLines = checked.stdout
      .split("\n")
      .filter((line) => /^(错误|警告| {2}处理)/.test(line));
    expect(problemLines).toHaveLength(4);
    expect(served.stderr).toBe(`${problemLines.join("\n")}\n`);
  });
});

describeEachDatabase("config check and every command on the database", ({ dialect, open }) => {
  it("migrations_pending, then clean after migrate", async () => {
    const { config, dispose } = await freshConfig(dialect);
    try {
      const duban = dubanFor(config, CONFIGURED_BACKUPS);
      if (dialect === "sqlite") {
        // An SQLite file is created at the first start: nothing pending to say before.
        expect((await duban("config", "check", "--json")).code).toBe(0);
        const { openDatabase } = await import("../../src/db/database.js");
        await openDatabase(config).close();
      }
      const before = JSON.parse((await duban("config", "check", "--json")).stdout) as CheckJson;
      expect(kinds(before)).toEqual([["migrations_pending", "warning", "DATABASE_URL"]]);
      expect((await duban("migrate")).code).toBe(0);
      const after = await duban("config", "check", "--json");
      expect([after.code, (JSON.parse(after.stdout) as CheckJson).problems]).toEqual([0, []]);
    } finally {
      await dispose();
    }
  });

  if (dialect === "postgres") {
    it("schema_missing: a ?schema= never created, in words, for every command", async () => {
      const db = await open();
      const missing = {
        ...db.config,
        schema: `${db.config.kind === "postgres" ? (db.config.schema ?? "") : ""}_gone`,
      };
      const duban = dubanFor(missing, { DUBAN_LANG: "en", ...CONFIGURED_BACKUPS });
      for (const args of [["migrate"], ["check"], ["serve", "--port", "0"], ["plans"]]) {
        const run = await duban(...args);
        expect(run.code, args.join(" ")).toBe(1);
        expect(run.stderr).toContain(
          `error [schema_missing] DATABASE_URL: the schema ${missing.schema} does not exist`,
        );
        expect(run.stderr).not.toContain("no schema has been selected");
      }
      const checked = JSON.parse((await duban("config", "check", "--json")).stdout) as CheckJson;
      expect(kinds(checked)).toEqual([["schema_missing", "fatal", "DATABASE_URL"]]);
    });
  }
});
