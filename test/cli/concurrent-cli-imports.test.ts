import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { describeEachDatabase, freshConfig } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

const bin = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));
const duban = (args: readonly string[], env: NodeJS.ProcessEnv) =>
  promisify(execFile)("node", [bin, ...args], { env });

describeEachDatabase("two processes importing the same plan at once", ({ dialect }) => {
  it("one creates it, the other is told it is there, nothing is duplicated", async () => {
    const { config, dispose } = await freshConfig(dialect);
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "" };
      const args: string[] = [];
      if (config.kind === "sqlite") args.push("--data", join(config.file, ".."));
      else env.DATABASE_URL = `${config.url}?schema=${config.schema ?? ""}`;
      const file = fixturePath("seed-2022-kjj.docx");
      // Both start on an empty database: they race on the migrations too.
      const runs = await Promise.all([
        duban(["import", file, "--json", ...args], env),
        duban(["import", file, "--json", ...args], env),
      ]);
      const kinds = runs.map((run) => (JSON.parse(run.stdout) as { kind: string }).kind).sort();
      expect(kinds).toEqual(["created", "unchanged"]);
      const plans = JSON.parse(
        (await duban(["plans", "--json", ...args], env)).stdout,
      ) as unknown[];
      expect(plans).toHaveLength(1);
    } finally {
      await dispose();
    }
  });
});
