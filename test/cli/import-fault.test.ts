import { spawn, execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { masterPlan } from "../../bench/master-files.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { describeEachDatabase, freshConfig, type DialectName } from "../support/databases.js";

const bin = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "duban-fault-"));
const table = join(work, "2022-city-master.xlsx");

beforeAll(async () => {
  writeFileSync(table, await planToXlsx(masterPlan("city")));
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The CLI's arguments and environment for a fresh database of the dialect. */
const target = async (dialect: DialectName) => {
  const { config, dispose } = await freshConfig(dialect);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "" };
  const args: string[] = [];
  if (config.kind === "sqlite") args.push("--data", join(config.file, ".."));
  else env.DATABASE_URL = `${config.url}?schema=${config.schema ?? ""}`;
  return { args, env, dispose };
};

const duban = (args: readonly string[], env: NodeJS.ProcessEnv) =>
  promisify(execFile)("node", [bin, ...args], { env, maxBuffer: 64 * 1024 * 1024 });

/** Starts an import and kills it hard after `delayMs`; resolves when it is gone. */
const importKilledAfter = (args: readonly string[], env: NodeJS.ProcessEnv, delayMs: number) =>
  new Promise<void>((resolve) => {
    const child = spawn("node", [bin, "import", table, ...args], { env, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });

describeEachDatabase("an import killed half-way", ({ dialect }) => {
  it("leaves a clean database holding the plan whole or not at all", async () => {
    const { args, env, dispose } = await target(dialect);
    try {
      const started = Date.now();
      await duban(["import", table, "--json", ...args], env);
      const fullMs = Date.now() - started;
      await dispose();
      for (const share of [0.5, 0.75, 0.9]) {
        const fresh = await target(dialect);
        try {
          await importKilledAfter(fresh.args, fresh.env, Math.round(fullMs * share));
          const check = await duban(["check", "--json", ...fresh.args], fresh.env);
          expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, problems: [] });
          const plans = JSON.parse(
            (await duban(["plans", "--json", ...fresh.args], fresh.env)).stdout,
          ) as {
            id: number;
          }[];
          if (plans.length === 0) continue;
          const shown = JSON.parse(
            (await duban(["show", String(plans[0]?.id), "--json", ...fresh.args], fresh.env))
              .stdout,
          ) as { plan: { milestoneCount: number } };
          expect(shown.plan.milestoneCount).toBe(2_000);
        } finally {
          await fresh.dispose();
        }
      }
    } finally {
      await dispose().catch(() => undefined);
    }
  }, 240_000);
});
