import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, REFUSED_DIR } from "../support/corpus/corpus-paths.js";
import {
  GENERATED_DOCUMENTS,
  GENERATED_REFUSALS,
  type GeneratedDocument,
} from "../support/corpus/index.js";

/**
 * The committed binary corpus files are what their code in
 * test/support/corpus/ makes (regenerate with `npx tsx scripts/make-corpus.ts`).
 * Archives are compared part by part as text; docProps/ is left out, since
 * the docx package stamps the time of writing there.
 */

const ZIP_MAGIC = [0x50, 0x4b];

const partsOf = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes))
      .filter(([path]) => !path.startsWith("docProps/"))
      .map(([path, data]) => [path, strFromU8(data)]),
  );

const contentOf = (bytes: Uint8Array): unknown =>
  ZIP_MAGIC.every((byte, i) => bytes[i] === byte) ? partsOf(bytes) : [...bytes];

const checkAll = (dir: string, documents: readonly GeneratedDocument[]): void => {
  for (const document of documents) {
    it(document.fileName, async () => {
      const committed = new Uint8Array(readFileSync(join(dir, document.fileName)));
      expect(contentOf(await document.build())).toEqual(contentOf(committed));
    });
  }
};

describe("the committed corpus files are what their code makes", () => {
  checkAll(CORPUS_DIR, GENERATED_DOCUMENTS);
  checkAll(REFUSED_DIR, GENERATED_REFUSALS);
});
