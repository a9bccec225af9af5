/**
 * Writes the binary documents of the test corpus (.docx, .xlsx, .doc) from
 * their code in test/support/corpus/. Run after changing one of them:
 *   npx tsx scripts/make-corpus.ts
 * The written files are committed, so tests never depend on regenerating;
 * test/importers/corpus-generation.test.ts checks they match their code.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, REFUSED_DIR } from "../test/support/corpus/corpus-paths.js";
import {
  GENERATED_DOCUMENTS,
  GENERATED_REFUSALS,
  type GeneratedDocument,
} from "../test/support/corpus/index.js";

const write = async (dir: string, documents: readonly GeneratedDocument[]): Promise<void> => {
  for (const document of documents) {
    const path = join(dir, document.fileName);
    writeFileSync(path, await document.build());
    console.log(`wrote ${path}`);
  }
};

await write(CORPUS_DIR, GENERATED_DOCUMENTS);
await write(REFUSED_DIR, GENERATED_REFUSALS);
