import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { loadPlanContent } from "../../src/db/queries/plan-content.js";
import { withoutSources } from "../../src/domain/plan-sources.js";
import { planToJson } from "../../src/exporters/plan-json.js";
import { importPlanBytes } from "../../src/importers/import-plan.js";
import { shellActor } from "../../src/policies/actor.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { corpusDocuments } from "../support/corpus/corpus-files.js";
import { CORPUS_DIR } from "../support/corpus/corpus-paths.js";
import { describeEachDatabase } from "../support/databases.js";

/**
 * Whatever the readers make of a document, storage keeps all of it: each
 * corpus document that reads today comes back from the database as
 * `duban parse --json` read it (a document still pending may read otherwise
 * than expected, but must not lose anything on the way in).
 */
describeEachDatabase("storing the corpus", ({ open }) => {
  it("gives back every document that reads as it was read", async () => {
    const stored: string[] = [];
    for (const name of corpusDocuments()) {
      const bytes = readFileSync(join(CORPUS_DIR, name));
      const read = await importPlanBytes(bytes, name);
      if (!read.ok) continue;
      const db = await open();
      const outcome = await importPlanFile(db, {
        bytes,
        fileName: name,
        actor: shellActor("cli:test"),
      });
      const content = await loadPlanContent(db.kysely, outcome.planId, outcome.revision);
      // Where each task was read is no part of the plan: the store keeps none.
      expect(content && planToJson(content.plan), name).toEqual(
        planToJson(withoutSources(read.plan)),
      );
      stored.push(name);
    }
    // Eight table documents read when this was written; the others join as their readers land.
    expect(stored.length).toBeGreaterThanOrEqual(8);
  }, 300_000);
});
