import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixturePath, REFERENCE_FORMATS } from "../support/fixtures.js";

const bin = fileURLToPath(new URL("../../bin/duban.js", import.meta.url));
const built = fileURLToPath(new URL("../../dist/cli/entry.js", import.meta.url));

describe("the installed duban command", () => {
  it("runs from the build (npm test builds first)", async () => {
    expect(existsSync(built), "run `npm run build` before this test").toBe(true);
    const { stdout } = await promisify(execFile)("node", [
      bin,
      "parse",
      fixturePath("seed-2022-kjj.txt"),
      "--json",
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ taskCount: 14, milestoneCount: 38 });
  });

  it.each(REFERENCE_FORMATS)(
    "reads seed-2022-kjj.%s in the worker from the build's bundle, one chunk per format",
    async (format) => {
      const { stdout } = await promisify(execFile)("node", [
        bin,
        "parse",
        fixturePath(`seed-2022-kjj.${format}`),
        "--json",
      ]);
      expect(JSON.parse(stdout)).toMatchObject({ taskCount: 14, milestoneCount: 38 });
    },
  );

  it("sets a non-zero exit status on errors", async () => {
    const run = promisify(execFile)("node", [bin, "parse", "/nonexistent.docx"]);
    await expect(run).rejects.toMatchObject({ code: 1 });
  });
});
