import { rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers of docs/ARCHITECTURE.md are held by eslint.config.js: a file in a
 * layer that imports what the layer may not know fails the lint, and so
 * `npm test`. Real files are written into the folders, so that the rule is
 * tested with the configuration and the type-aware parser the lint uses.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TAG = `layer-probe-${String(process.pid)}`;

interface Probe {
  readonly folder: string;
  readonly imports: string;
  readonly leaks: boolean;
}

const PROBES: readonly Probe[] = [
  { folder: "src/domain", imports: "../db/database.js", leaks: true },
  { folder: "src/domain", imports: "../policies/actor.js", leaks: true },
  { folder: "src/domain", imports: "node:fs", leaks: true },
  { folder: "src/domain", imports: "./iso-date.js", leaks: false },
  { folder: "src/policies", imports: "../services/authorize.js", leaks: true },
  { folder: "src/policies", imports: "../domain/role.js", leaks: false },
  { folder: "src/config", imports: "../db/database.js", leaks: true },
  { folder: "src/config", imports: "../channels/destinations.js", leaks: true },
  { folder: "src/config", imports: "../domain/message.js", leaks: false },
  { folder: "src/importers", imports: "../config/read-settings.js", leaks: false },
  { folder: "src/db/queries", imports: "../../policies/actor.js", leaks: true },
  { folder: "src/db/queries", imports: "../../channels/channel.js", leaks: true },
  { folder: "src/db/queries", imports: "../../domain/contact.js", leaks: false },
  { folder: "src/importers/shapes", imports: "../../db/database.js", leaks: true },
  { folder: "src/exporters", imports: "../services/plans.js", leaks: true },
  { folder: "src/services/workflow", imports: "../../server/server-settings.js", leaks: true },
  { folder: "src/cli", imports: "../db/queries/plans.js", leaks: true },
  { folder: "src/cli/commands", imports: "../../db/queries/plans.js", leaks: true },
  { folder: "src/cli/commands", imports: "../../server/build-app.js", leaks: true },
  { folder: "src/cli/commands", imports: "../../server/start-server.js", leaks: false },
  { folder: "src/cli/commands", imports: "../../services/plans.js", leaks: false },
  { folder: "web/src", imports: "../../src/db/database.js", leaks: true },
  { folder: "web/src", imports: "../../src/domain/glossary.js", leaks: false },
];

const pathOf = (probe: Probe, index: number): string =>
  `${ROOT}${probe.folder}/${TAG}-${String(index)}.ts`;

/** Per probe: the restricted imports eslint found, and whether it could not read the file. */
let restricted: string[][] = [];
let unread: boolean[] = [];

beforeAll(async () => {
  const paths = PROBES.map(pathOf);
  try {
    await Promise.all(
      PROBES.map((probe, index) =>
        writeFile(pathOf(probe, index), `export * as probe from "${probe.imports}";\n`),
      ),
    );
    const results = await new ESLint({ cwd: ROOT }).lintFiles(paths);
    const byPath = new Map(results.map((r) => [r.filePath, r.messages]));
    unread = paths.map((path) => (byPath.get(path) ?? [{ fatal: true }]).some((m) => m.fatal));
    restricted = paths.map((path) =>
      (byPath.get(path) ?? [])
        .filter((m) => m.ruleId === "no-restricted-imports")
        .map((m) => m.message),
    );
  } finally {
    await Promise.all(paths.map((path) => rm(path, { force: true })));
  }
}, 180_000);

describe("the layers' import rules (eslint.config.js)", () => {
  it.each(PROBES.map((probe, index) => ({ ...probe, index })))(
    "$folder importing $imports: leak $leaks",
    ({ index, leaks }) => {
      expect(unread[index]).toBe(false);
      const messages = restricted[index] ?? [];
      if (leaks) expect(messages).toHaveLength(1);
      else expect(messages).toEqual([]);
    },
  );
});
