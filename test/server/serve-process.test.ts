import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runDuban } from "../support/cli-run.js";

const bin = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));
const built = fileURLToPath(new URL("../../dist/cli/entry.js", import.meta.url));

const LISTENING = /Duban 督办 listening on (http:\/\/\S+)/;

describe("duban serve, as a process", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("starts on an empty data directory with the demo plan and stops cleanly on SIGINT", async () => {
    expect(existsSync(built), "run `npm run build` before this test").toBe(true);
    const data = mkdtempSync(join(tmpdir(), "duban-serve-"));
    dirs.push(data);
    // The SQLite file in --data, whatever database the test run points at.
    const env = { ...process.env, DATABASE_URL: undefined, DUBAN_DATA: undefined };
    const child = spawn("node", [bin, "serve", "--port", "0", "--data", data], { env });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = LISTENING.exec(stdout);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      void exited.then(() => {
        reject(new Error(`exited before listening: ${stderr}`));
      });
    });

    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "sqlite" });

    child.kill("SIGINT");
    expect(await exited).toBe(0);

    const plans = await runDuban(["plans", "--json", "--data", data]);
    expect(plans.code).toBe(0);
    expect(JSON.parse(plans.stdout)).toEqual([
      expect.objectContaining({ year: 2022, ownerUnit: "市科技局", currentRevision: 1 }),
    ]);
  }, 30_000);
});
