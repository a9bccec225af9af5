import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshConfig, testDialects, type DialectName } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

/**
 * Issue 18's offline bundle, as an installer meets it: `npm run bundle` builds
 * it (into a temporary directory), it is unpacked into a directory whose name
 * has a space, and `bin/duban`, called through a symlink, serves, imports and
 * checks with no Node on PATH: on SQLite inside a network namespace with no
 * route at all (`unshare --net`), and on PostgreSQL, which an empty namespace
 * cannot reach, outside it. Each run is test/package/offline-scenario.sh in a
 * PID namespace of its own, so that no server outlives it.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCENARIO = fileURLToPath(new URL("offline-scenario.sh", import.meta.url));
const MANIFEST = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
};
const NAME = `duban-${MANIFEST.version}`;
/** The only commands the scenario's PATH offers. */
const TOOLS = ["sh", "ip", "curl", "cat", "grep", "sleep", "readlink"] as const;
const ADMIN_PASSWORD = "Offline-Bundle-Keeper-24";
/** Where scripts/fetch-node.sh keeps the Node it bundles; scripts/bundle.sh keeps native builds in it. */
const NODE_CACHE =
  process.env.DUBAN_NODE_CACHE ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "duban", "node");

const run = promisify(execFile);
const BIG = { maxBuffer: 256 * 1024 * 1024 };

/** unshare as the scenario uses it: a PID namespace (and /proc) of its own, and maybe no network. */
const unshare = (offline: boolean): string[] => [
  ...(offline ? ["--net"] : []),
  "--pid",
  "--mount",
  "--fork",
  "--mount-proc",
];

const whereIs = async (tool: string): Promise<string> => {
  const found = await run("sh", ["-c", `command -v ${tool}`]).catch(() => null);
  if (found === null) throw new Error(`the offline bundle test needs \`${tool}\` on PATH`);
  return found.stdout.trim();
};

let work = "";
let app = "";
let tarball = "";
let tools = "";
let unshareBin = "";

beforeAll(async () => {
  unshareBin = await whereIs("unshare");
  // Refused namespaces fail the test: skipping would leave "runs offline" unproven.
  await run(unshareBin, [...unshare(true), "true"]).catch((error: unknown) => {
    throw new Error(
      "the offline bundle test runs Duban inside `unshare --net --pid --mount`, which was " +
        "refused here: run the tests as root (or where user namespaces are allowed). " +
        String(error),
    );
  });
  work = mkdtempSync(join(tmpdir(), "duban-bundle-"));
  tools = join(work, "tools");
  mkdirSync(tools);
  for (const tool of TOOLS) symlinkSync(await whereIs(tool), join(tools, tool));

  const out = join(work, "out");
  const built = await run("npm", ["run", "--silent", "bundle", "--", "--out", out], {
    cwd: ROOT,
    ...BIG,
  });
  expect(built.stdout).toContain(`${NAME}-linux-x64.tar.gz`);
  tarball = join(out, `${NAME}-linux-x64.tar.gz`);
  const unpacked = join(work, "un packed");
  mkdirSync(unpacked);
  await run("tar", ["xzf", tarball, "-C", unpacked]);
  app = join(unpacked, NAME);
}, 30 * 60_000);

// Tens of thousands of files: more than a hook's 10 s on a busy machine.
afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
}, 120_000);

describe("the offline bundle (npm run bundle)", () => {
  it("is one directory with the app, its runtime and the deployment files", async () => {
    const entries = (await run("tar", ["tzf", tarball], BIG)).stdout.trim().split("\n");
    expect(entries.filter((entry) => !entry.startsWith(`${NAME}/`))).toEqual([]);
    const listed = new Set(entries.map((entry) => entry.slice(NAME.length + 1)));
    for (const file of [
      "bin/duban",
      "node/bin/node",
      "dist/cli/entry.js",
      "dist/importers/bundle/import-worker.js",
      "dist/web/index.html",
      "demo/2022-kjj-reference.docx",
      "node_modules/better-sqlite3/build/Release/better_sqlite3.node",
      "deploy/duban.service",
      "deploy/nginx-duban.conf",
      "deploy/duban.env.example",
      "INSTALL.md",
      "DEPLOY.md",
      "README.md",
      "VERSIONS",
      "LICENSE",
      "package.json",
    ]) {
      expect(listed.has(file), file).toBe(true);
    }
    expect(statSync(join(app, "bin/duban")).mode & 0o111).toBe(0o111);
    const { stdout } = await run(join(app, "node/bin/node"), ["--version"]);
    expect(stdout).toMatch(/^v24\./);
    const versions = readFileSync(join(app, "VERSIONS"), "utf8");
    expect(versions).toContain(`node ${stdout.trim().slice(1)}\n`);
    expect(versions).toMatch(/^glibc 2\.\d+ or later$/m);
  });

  it("carries no sources, tests, source maps, compiler leftovers or development dependencies", async () => {
    const entries = (await run("tar", ["tzf", tarball], BIG)).stdout.trim().split("\n");
    const inside = entries.map((entry) => entry.slice(NAME.length + 1));
    expect(inside.filter((path) => /^(src|test|web|scripts)\//.test(path))).toEqual([]);
    expect(inside.filter((path) => path.endsWith(".map"))).toEqual([]);
    expect(inside.filter((path) => path.startsWith("dist/") && /\.test\./.test(path))).toEqual([]);
    expect(inside.filter((path) => path.startsWith("node_modules/better-sqlite3/deps/"))).toEqual(
      [],
    );
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.dev === true)
      .map(([path]) => `${path}/`);
    expect(devOnly.length).toBeGreaterThan(50);
    const listed = new Set(inside);
    expect(devOnly.filter((path) => listed.has(path))).toEqual([]);
  });

  it("names nothing of the machine that built it, and every entry has one time", async () => {
    const leaks = await run(
      "grep",
      ["-rlF", "-e", ROOT.replace(/\/$/, ""), "-e", NODE_CACHE, app],
      BIG,
    ).catch((error: unknown) => {
      // grep's status 1: nothing found.
      if ((error as { code?: number }).code === 1) return { stdout: "" };
      throw error;
    });
    expect(leaks.stdout).toBe("");
    const times = (await run("tar", ["tzvf", tarball, "--full-time"], BIG)).stdout
      .trim()
      .split("\n")
      .map((line) => line.split(/\s+/).slice(3, 5).join(" "));
    expect(new Set(times).size).toBe(1);
  });

  const cases: { dialect: DialectName; title: string; offline: boolean }[] = [
    { dialect: "sqlite", title: "on SQLite, in a network namespace with no route", offline: true },
    { dialect: "postgres", title: "on PostgreSQL (DATABASE_URL)", offline: false },
  ];

  for (const { dialect, title, offline } of cases.filter(({ dialect }) =>
    testDialects().includes(dialect),
  )) {
    it(`serves, imports and checks ${title}, with no Node on PATH`, async () => {
      const out = mkdtempSync(join(work, `${dialect}-`));
      const links = mkdtempSync(join(work, "links "));
      symlinkSync(join(app, "bin/duban"), join(links, "duban"));
      const { config, dispose } = await freshConfig(dialect);
      try {
        const database =
          config.kind === "sqlite"
            ? { DUBAN_DATA: dirname(config.file) }
            : { DATABASE_URL: withSchema(config.url, config.schema) };
        const env = {
          PATH: tools,
          HOME: work,
          DUBAN: join(links, "duban"),
          FIXTURE: fixturePath("seed-2022-kjj.docx"),
          OUT: out,
          OFFLINE: offline ? "1" : "0",
          DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
          ...database,
        };
        await run(unshareBin, [...unshare(offline), "sh", SCENARIO], { env }).catch(
          (error: unknown) => {
            const answer = (file: string): string => {
              try {
                return readFileSync(join(out, file), "utf8");
              } catch {
                return "";
              }
            };
            throw new Error(
              `${String(error)}\nserve: ${answer("serve.log")}${answer("serve.err")}` +
                `\nimport: ${answer("import.err")}`,
            );
          },
        );
        const read = (file: string): string => readFileSync(join(out, file), "utf8");
        const json = (file: string): Record<string, unknown> =>
          JSON.parse(read(file)) as Record<string, unknown>;

        if (offline) {
          expect(read("routes")).toBe("");
          expect(read("links").trim().split("\n")).toHaveLength(1);
          expect(read("links")).toMatch(/^1: lo:/);
        }
        expect(read("node-on-path")).toBe("");
        expect(read("server-exe").trim()).toBe(join(app, "node/bin/node"));

        expect(json("health.json")).toMatchObject({ status: "ok", database: dialect });
        expect(read("import.txt")).toContain("已导入计划 #1（第1版）：任务14项，节点计划38项");
        expect(json("session.json")).toMatchObject({ user: { username: "admin" } });
        expect(json("plans.json").items).toEqual([
          expect.objectContaining({
            id: 1,
            title: "2022年市政府重点工作任务分解表（市科技局牵头部分）",
          }),
        ]);

        expect(read("index.headers")).toMatch(/^content-type: text\/html/im);
        expect(read("index.html")).toContain("<title>督办 Duban</title>");
        expect(read("script-path").trim()).toMatch(/^\/assets\/index-.+\.js$/);
        expect(read("script.headers")).toMatch(/^content-type: application\/javascript/im);
        expect(read("script.js").length).toBeGreaterThan(10_000);

        expect(json("check.json")).toMatchObject({ ok: true, problems: [] });
        expect(read("serve-status").trim()).toBe("0");
      } finally {
        await dispose();
      }
    }, 180_000);
  }
});

/** The test server's URL with Duban's `?schema=` (freshConfig always names one). */
const withSchema = (url: string, schema: string | undefined): string => {
  const parsed = new URL(url);
  if (schema !== undefined) parsed.searchParams.set("schema", schema);
  return parsed.toString();
};
