import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { settingRows } from "../../src/config/settings-table.js";
import { SETTINGS } from "../../src/config/settings.js";
import { configurationTableSpan, tableRows } from "../support/readme-table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );

const SOURCES = sourceFiles("src").map((path) => ({
  path,
  text: readFileSync(join(ROOT, path), "utf8"),
}));

describe("the settings registry", () => {
  it("has every variable named anywhere in src", () => {
    const named = new Set(
      SOURCES.flatMap(
        ({ text }) => text.match(/\b(?:DUBAN_[A-Z0-9_]*[A-Z0-9]|DATABASE_URL)\b/g) ?? [],
      ),
    );
    const missing = [...named].filter((name) => !Object.hasOwn(SETTINGS, name));
    expect(missing, "add them to src/config/settings.ts").toEqual([]);
  });

  it("is the only reader of the environment's settings", () => {
    const readers = SOURCES.filter(
      ({ path, text }) =>
        !path.startsWith(join("src", "config")) &&
        /env(?:\.|\[\s*")(?:DUBAN_|DATABASE_URL)/.test(text),
    ).map(({ path }) => path);
    expect(readers, "read settings with readSetting (src/config/read-settings.ts)").toEqual([]);
  });

  it("is README's Configuration table, row for row", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const { start, end } = configurationTableSpan(readme);
    expect(tableRows(readme.slice(start, end)), "run npx tsx scripts/settings-table.ts").toEqual(
      settingRows().map((row) => [...row]),
    );
  });
});
