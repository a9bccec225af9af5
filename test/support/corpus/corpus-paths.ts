import { fileURLToPath } from "node:url";

/** Where the corpus documents and their expected results live. */
export const CORPUS_DIR = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));

/** Where the refusal cases live. */
export const REFUSED_DIR = fileURLToPath(
  new URL("../../fixtures/corpus/refused/", import.meta.url),
);
