import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnvironment, parseEnvFile } from "../../src/config/env-file.js";
import { runDuban } from "../support/cli-run.js";

const scratch = (): string => mkdtempSync(join(tmpdir(), "duban-env-"));

describe("duban.env", () => {
  it("reads KEY=VALUE lines with comments, quotes and export, and names each bad line", () => {
    const { values, problems } = parseEnvFile(
      [
        "# Duban's settings",
        "",
        "DUBAN_TIMEZONE=Asia/Urumqi",
        'DUBAN_SMTP_FROM="督办 <duban@example.gov.cn>"  # the office',
        "export DUBAN_REMINDER_HOUR = 8",
        "DUBAN_ADMIN_PASSWORD='a # is kept'",
        "just words",
        'DUBAN_PUBLIC_URL="https://duban.example.gov.cn',
      ].join("\n"),
      "/etc/duban/duban.env",
    );
    expect(values).toEqual({
      DUBAN_TIMEZONE: "Asia/Urumqi",
      DUBAN_SMTP_FROM: "督办 <duban@example.gov.cn>",
      DUBAN_REMINDER_HOUR: "8",
      DUBAN_ADMIN_PASSWORD: "a # is kept",
    });
    expect(problems.map((p) => [p.kind, p.severity, p.subject])).toEqual([
      ["env_file", "fatal", "/etc/duban/duban.env:7"],
      ["env_file", "fatal", "/etc/duban/duban.env:8"],
    ]);
    expect(problems[1]?.text.en).toBe("the quote of DUBAN_PUBLIC_URL is not closed");
  });

  it("is --env-file, else DUBAN_ENV_FILE, else ./duban.env; the environment wins over it", () => {
    const dir = scratch();
    for (const name of ["duban.env", "named.env", "flag.env"]) {
      writeFileSync(join(dir, name), `DUBAN_TIMEZONE=${name}\nDUBAN_REMINDER_HOUR=7\n`);
    }
    const zoneOf = (given: Record<string, string>, envFile?: string) =>
      loadEnvironment(given, { envFile, cwd: dir }).env.DUBAN_TIMEZONE;
    expect(zoneOf({})).toBe("duban.env");
    expect(zoneOf({ DUBAN_ENV_FILE: "named.env" })).toBe("named.env");
    expect(zoneOf({ DUBAN_ENV_FILE: "named.env" }, "flag.env")).toBe("flag.env");
    expect(zoneOf({ DUBAN_TIMEZONE: "Asia/Shanghai" }, "flag.env")).toBe("Asia/Shanghai");

    const loaded = loadEnvironment(
      { DUBAN_TIMEZONE: "Asia/Shanghai" },
      { envFile: undefined, cwd: dir },
    );
    expect([...(loaded.file?.names ?? [])]).toEqual(["DUBAN_REMINDER_HOUR"]);
    expect(loadEnvironment({}, { envFile: undefined, cwd: scratch() })).toMatchObject({
      file: undefined,
      problems: [],
    });
  });

  it("named but missing is fatal; every command but config check stops on a bad file", async () => {
    const dir = scratch();
    const missing = loadEnvironment(
      { DUBAN_ENV_FILE: "gone.env" },
      { envFile: undefined, cwd: dir },
    );
    expect(missing.problems.map((p) => [p.kind, p.severity])).toEqual([["env_file", "fatal"]]);

    writeFileSync(join(dir, "duban.env"), "DUBAN_LANG=en\nnot a setting\n");
    const plans = await runDuban(["plans", "--data", join(dir, "data")], {}, dir);
    expect(plans.code).toBe(1);
    // DUBAN_LANG from the file already speaks: the file was read before the refusal.
    expect(plans.stderr).toContain(
      `error [env_file] ${join(dir, "duban.env")}:2: this line is not NAME=value`,
    );

    const check = await runDuban(
      ["config", "check", "--json", "--data", join(dir, "data")],
      {},
      dir,
    );
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({
      envFile: join(dir, "duban.env"),
      problems: [{ kind: "env_file", subject: `${join(dir, "duban.env")}:2` }],
    });
  });

  it("sets what the commands use: the file's DUBAN_DATA is where plans live", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "site.env"), `DUBAN_DATA=${join(dir, "from-file")}\n`);
    const migrate = await runDuban(["--env-file", "site.env", "migrate", "--json"], {}, dir);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect((JSON.parse(migrate.stdout) as { database: string }).database).toBe(
      `SQLite ${join(dir, "from-file", "duban.sqlite")}`,
    );
  });
});
