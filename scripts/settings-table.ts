/**
 * Writes README "Configuration"'s table from the settings registry
 * (src/config/settings.ts), then lets prettier align it:
 * `npx tsx scripts/settings-table.ts`. test/config/settings-table.test.ts fails
 * until it has been run after a setting changed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SETTINGS_TABLE_HEADER, settingRows } from "../src/config/settings-table.js";
import { configurationTableSpan } from "../test/support/readme-table.js";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const text = readFileSync(readme, "utf8");
const { start, end } = configurationTableSpan(text);
const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
const table = [
  line(SETTINGS_TABLE_HEADER),
  line(SETTINGS_TABLE_HEADER.map(() => "---")),
  ...settingRows().map(line),
].join("\n");
writeFileSync(readme, `${text.slice(0, start)}${table}\n${text.slice(end)}`);
execFileSync("npx", ["prettier", "--write", readme], { stdio: "inherit" });
