import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanFile, type ImportResult } from "../../src/importers/import-plan.js";
import { corpusProjection, type CorpusProjection } from "../support/corpus-projection.js";
import {
  corpusDocuments,
  expectedNamesIn,
  expectedProjection,
  expectedRefusal,
  refusalCases,
  stemOf,
} from "../support/corpus/corpus-files.js";
import { CORPUS_DIR, REFUSED_DIR } from "../support/corpus/corpus-paths.js";
import { PENDING } from "../support/corpus/pending.js";

/**
 * The corpus of responsibility documents in the shapes governments publish
 * them (test/fixtures/corpus/README.md): each reads to its hand-written
 * expected result, each refusal case is refused with a located error.
 * Documents the readers cannot read yet are PENDING, and must still fail,
 * so that the list cannot go stale.
 */

const projectionOf = (result: ImportResult): CorpusProjection | null =>
  result.ok ? corpusProjection(planToJson(result.plan), result.diagnostics) : null;

/** Whether a refusal case is refused as its expected result says. */
const refusedAsExpected = (result: ImportResult, fileName: string): boolean => {
  const expected = expectedRefusal(fileName);
  if (result.ok) return false;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const codes = new Set(errors.map((d) => d.code));
  return (
    expected.codes.every((code) => codes.has(code)) &&
    errors.some(
      (d) =>
        expected.codes.includes(d.code) &&
        isDeepStrictEqual(
          Object.fromEntries(
            Object.entries(d.location).filter(([field]) => field in expected.location),
          ),
          expected.location,
        ),
    )
  );
};

describe("the corpus is complete", () => {
  it("holds at least 25 documents and 8 refusal cases, each with its expected result", () => {
    const documents = corpusDocuments();
    const refusals = refusalCases();
    expect(documents.length).toBeGreaterThanOrEqual(25);
    expect(refusals.length).toBeGreaterThanOrEqual(8);
    expect(expectedNamesIn(CORPUS_DIR)).toEqual(documents.map(stemOf));
    expect(expectedNamesIn(REFUSED_DIR)).toEqual(refusals.map(stemOf));
  });

  it("lists as pending only documents that exist", () => {
    const known = new Set([...corpusDocuments(), ...refusalCases()]);
    expect([...PENDING].filter((name) => !known.has(name))).toEqual([]);
  });
});

describe("each corpus document reads to its expected result", () => {
  for (const fileName of corpusDocuments()) {
    if (PENDING.has(fileName)) {
      it(`${fileName} (pending: still fails)`, async () => {
        const result = await importPlanFile(join(CORPUS_DIR, fileName));
        expect(isDeepStrictEqual(projectionOf(result), expectedProjection(fileName))).toBe(false);
      });
    } else {
      it(fileName, async () => {
        const result = await importPlanFile(join(CORPUS_DIR, fileName));
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(projectionOf(result)).toEqual(expectedProjection(fileName));
      });
    }
  }
});

describe("each refusal case is refused with a located error", () => {
  for (const fileName of refusalCases()) {
    const pending = PENDING.has(fileName);
    it(`${fileName}${pending ? " (pending: not refused so yet)" : ""}`, async () => {
      const result = await importPlanFile(join(REFUSED_DIR, fileName));
      // On a failure the diagnostics show what was said instead.
      expect({
        refusedAsExpected: refusedAsExpected(result, fileName),
        diagnostics: result.diagnostics,
      }).toMatchObject({ refusedAsExpected: !pending });
      for (const d of result.diagnostics) {
        expect(d.message.zh).not.toBe("");
        expect(d.message.en).not.toBe("");
      }
    });
  }
});
