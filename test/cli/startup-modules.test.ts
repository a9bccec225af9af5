import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath } from "../support/fixtures.js";

/*
 * What the installed command loads before it answers: `duban --version` and
 * `duban parse` start in well under a second only while the server's
 * modules, the database drivers, the exporters' libraries and the importers
 * stay out of the command line's way (src/cli/main.ts loads a command when it
 * runs; the importers load in the parse's worker, from a bundle). A module
 * hook records every module the main thread loads, by ES import; an eager
 * import of any of these fails here, whatever the clock says.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/duban.js");
const scratch = mkdtempSync(join(tmpdir(), "duban-startup-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

writeFileSync(
  join(scratch, "hooks.mjs"),
  `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.DUBAN_LOADED_MODULES, url + "\\n");
  return next(url, context);
}
`,
);
writeFileSync(
  join(scratch, "register.mjs"),
  `import { register } from "node:module";
register(${JSON.stringify(pathToFileURL(join(scratch, "hooks.mjs")).href)});
`,
);

/** The modules `node bin/duban.js ARGS` loads in its main thread, relative to the checkout. */
const modulesLoadedBy = async (...args: string[]): Promise<string[]> => {
  const record = join(scratch, `${args[0] ?? "none"}.txt`);
  await promisify(execFile)(
    process.execPath,
    ["--import", pathToFileURL(join(scratch, "register.mjs")).href, BIN, ...args],
    { env: { ...process.env, DUBAN_LOADED_MODULES: record } },
  );
  const root = pathToFileURL(ROOT).href;
  return readFileSync(record, "utf8")
    .split("\n")
    .filter((url) => url.startsWith(root))
    .map((url) => url.slice(root.length).replace(/^\//, ""));
};

/** The packages among `modules`, by name. */
const packagesIn = (modules: readonly string[]): string[] => [
  ...new Set(
    modules.flatMap((path) => {
      const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
      return match?.[1] ? [match[1]] : [];
    }),
  ),
];

describe("what the command line loads to start", () => {
  it("duban --version loads the command line and nothing of a command", async () => {
    const modules = await modulesLoadedBy("--version");
    expect(modules).toContain("dist/cli/main.js");
    expect(packagesIn(modules)).toEqual(["commander"]);
    expect(modules.filter((path) => /^dist\/(db|server|importers|exporters)\//.test(path))).toEqual(
      [],
    );
  });

  it("duban parse loads the pool and the table drawing, and leaves the importers to the worker", async () => {
    const modules = await modulesLoadedBy("parse", fixturePath("seed-2022-kjj.docx"));
    expect(modules).toContain("dist/cli/commands/parse.js");
    // ipaddr.js: the settings registry, which the pool reads its settings through, reads
    // DUBAN_WEBHOOK_ALLOW_HOSTS with it.
    expect(packagesIn(modules).sort()).toEqual([
      "commander",
      "get-east-asian-width",
      "ipaddr.js",
      "piscina",
    ]);
    expect(
      modules.filter((path) => /^dist\/(db|server|importers\/(blocks|shapes))\//.test(path)),
    ).toEqual([]);
  });
});
