import { describe, expect, it } from "vitest";
import { runDuban } from "../support/cli-run.js";

/**
 * Commands load their implementation only when they run (src/cli/main.ts);
 * their names, descriptions and options are declared up front, so that the
 * help still lists every command and each command's help its options.
 */

const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  parse: ["--json", "--year <year>", "--title <title>", "--issuer <issuer>"],
  slice: ["--plan <id>", "--unit <name>", "--data <dir>"],
  migrate: ["--data <dir>", "--dry-run"],
  config: ["check"],
  import: ["--plan <id>", "--dry-run", "--confirm-removals", "--corrections <file.json>"],
  plans: ["--data <dir>", "--json"],
  plan: ["archive", "unarchive", "delete"],
  "next-year": ["--plan <id>", "--year <year>", "--carry <which>", "--apply"],
  show: ["--revision <n>"],
  units: ["merge"],
  status: ["--plan <id>", "--as-of <date>", "--unit <name>"],
  targets: ["--plan <id>", "--as-of <date>", "--json"],
  export: ["--format <format>", "--bulletin", "--status <list>", "--output <file>"],
  audit: ["--user <username>", "--action <action>", "--limit <n>", "--csv"],
  report: ["--unit <name>", "--text <text>", "--percent <n>", "--file <path...>", "--on <date>"],
  notice: ["--output <file>", "--plan <id>"],
  link: ["--milestone <id>", "--unit <name>", "--days <n>"],
  remind: ["--as-of <date>", "--dry-run"],
  distribute: ["--plan <id>", "--only-failed"],
  "reset-password": ["--data <dir>"],
  "ldap-sync": ["--data <dir>", "--json"],
  backup: ["--force"],
  restore: ["--force"],
  check: ["--data <dir>"],
  search: ["--plan <id>", "--kind <kind>", "--limit <n>", "--archived", "--reindex", "--json"],
  serve: ["--port <n>", "--host <host>", "--no-demo"],
};

const commandsListed = (help: string): string[] => {
  const section = help.split("Commands:\n")[1] ?? "";
  return [...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] ?? "").filter((n) => n !== "help");
};

describe("duban --help", () => {
  it("lists every command", async () => {
    const { code, stdout } = await runDuban(["--help"]);
    expect(code).toBe(0);
    expect(commandsListed(stdout).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.entries(COMMANDS))("shows what %s takes", async (command, options) => {
    const { code, stdout } = await runDuban([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: duban ${command}`);
    for (const option of options) expect(stdout).toContain(option);
  });

  it("prints the version without running a command", async () => {
    const { code, stdout } = await runDuban(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
