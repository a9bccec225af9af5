import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { corpusProjection } from "../support/corpus-projection.js";
import { corpusDocuments, expectedProjection } from "../support/corpus/corpus-files.js";
import { CORPUS_DIR } from "../support/corpus/corpus-paths.js";
import { PENDING } from "../support/corpus/pending.js";
import {
  MUTATION_KINDS,
  mutatedText,
  type MutableDocument,
  type RowLayout,
} from "../support/corpus/text-mutations.js";

/**
 * The corpus's text documents (.txt, .html, .csv), retyped and pasted: each
 * mutation keeps what the document says, so the plan read must not change.
 * Pending documents are left out until their reader lands.
 */

const RUNS = 8;
const TEXT_DOCUMENT = /\.(txt|html|csv)$/;

/** How the rows of a table document lie in its text; null for prose. */
const layoutOf = (fileName: string, text: string): RowLayout | null => {
  if (!/序[号號]/.test(text)) return null;
  if (fileName.endsWith(".html")) return "html";
  return /\n序[号號]\n/.test(text) ? "cell-per-line" : "line";
};

const documentOf = (fileName: string): MutableDocument => {
  const text = readFileSync(join(CORPUS_DIR, fileName), "utf8");
  return {
    text,
    layout: layoutOf(fileName, text),
    // Cells apart by runs of spaces, units by one (x04): a space there is a separator.
    spacesAreSeparators: / {2,}/.test(text) && !fileName.endsWith(".html"),
  };
};

const documents = corpusDocuments().filter(
  (name) => TEXT_DOCUMENT.test(name) && !PENDING.has(name),
);

describe("mutations that keep a document's meaning keep the plan read from it", () => {
  it("has documents to mutate, or says none is read yet", () => {
    expect(corpusDocuments().filter((name) => TEXT_DOCUMENT.test(name)).length).toBeGreaterThan(0);
  });

  for (const fileName of documents) {
    for (const kind of MUTATION_KINDS) {
      const mutated = mutatedText(kind, documentOf(fileName));
      if (mutated === null) continue;
      it(`${fileName}: ${kind}`, async () => {
        const expected = expectedProjection(fileName);
        await fc.assert(
          fc.asyncProperty(mutated, async (text) => {
            const result = await importPlanBytes(new TextEncoder().encode(text), fileName);
            expect(
              result.ok
                ? corpusProjection(planToJson(result.plan), result.diagnostics)
                : result.diagnostics,
            ).toEqual(expected);
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
});
