import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { TERMS } from "../../src/domain/glossary.js";

const ROOT = join(import.meta.dirname, "../..");

/**
 * Files that read what others wrote (imported tables, deadline phrases) must
 * understand every wording, so they are not held to the glossary.
 */
const READS_OTHERS_WORDS = [
  "src/importers/",
  "src/domain/responsibility-phrase.ts",
  "src/domain/parse-offset.ts",
  "src/domain/glossary.ts",
  "web/src/api-schema.ts",
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(dir, name))
    .filter((path) => !READS_OTHERS_WORDS.some((exempt) => path.startsWith(exempt)));

const rejected = Object.values(TERMS).flatMap((term) =>
  term.rejected.map((word) => ({ word, instead: term.zh })),
);

/** "| 签收 | Acknowledge | … | … |" → its four cells. */
const glossaryRows = (): string[][] =>
  readFileSync(join(ROOT, "docs/GLOSSARY.md"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(中文|-)/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );

describe("the glossary", () => {
  it("docs/GLOSSARY.md lists exactly the module's terms, with the same words", () => {
    const fromModule = Object.values(TERMS).map((term) => [
      term.zh,
      term.en,
      term.meaning,
      term.rejected.join("、"),
    ]);
    expect(glossaryRows()).toEqual(fromModule);
  });

  it("gives each concept one name: no term is another's rejected synonym", () => {
    const names = new Set(Object.values(TERMS).map((term) => term.zh));
    expect(rejected.filter(({ word }) => names.has(word))).toEqual([]);
  });

  it("the interface and the server's messages use no rejected synonym", () => {
    const found = ["web/src", "src"].flatMap(sourceFiles).flatMap((path) => {
      const lines = readFileSync(join(ROOT, path), "utf8").split("\n");
      return lines.flatMap((line, index) =>
        rejected
          .filter(({ word }) => line.includes(word))
          .map(
            ({ word, instead }) =>
              `${relative(ROOT, join(ROOT, path))}:${String(index + 1)} says ${word}, the glossary's word is ${instead}`,
          ),
      );
    });
    expect(found).toEqual([]);
  });
});
