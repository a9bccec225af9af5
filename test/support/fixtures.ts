import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The path of a file in test/fixtures. */
export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const readFixture = (name: string): Buffer => readFileSync(fixturePath(name));

/** The hand-checked structure of the reference table. */
export const expectedReference = (): Record<string, unknown> =>
  JSON.parse(readFixture("seed-2022-kjj.expected.json").toString("utf8")) as Record<
    string,
    unknown
  >;

/** Every form the reference table is issued in. */
export const REFERENCE_FORMATS = [
  "docx",
  "xlsx",
  "csv",
  "txt",
  "gbk.csv",
  "excel-dates.xlsx",
  "htm",
] as const;
