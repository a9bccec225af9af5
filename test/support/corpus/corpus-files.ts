import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusProjection } from "../corpus-projection.js";
import { CORPUS_DIR, REFUSED_DIR } from "./corpus-paths.js";

/** The formats a corpus document comes in. */
const DOCUMENT = /\.(docx|xlsx|csv|txt|html|doc|wps)$/;
const EXPECTED = ".expected.json";

const documentsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => DOCUMENT.test(name))
    .sort();

/** The corpus documents by file name, in name order. */
export const corpusDocuments = (): string[] => documentsIn(CORPUS_DIR);

/** The refusal cases by file name, in name order. */
export const refusalCases = (): string[] => documentsIn(REFUSED_DIR);

/** The expected results present in a folder, by the document name they belong to. */
export const expectedNamesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(EXPECTED))
    .map((name) => name.slice(0, -EXPECTED.length))
    .sort();

/** "x01-pasted-pipes.txt" → "x01-pasted-pipes". */
export const stemOf = (fileName: string): string => fileName.replace(/\.[^.]+$/, "");

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

export const expectedProjection = (fileName: string): CorpusProjection =>
  readJson(join(CORPUS_DIR, `${stemOf(fileName)}${EXPECTED}`)) as CorpusProjection;

/** What a refusal case must be refused with. */
export interface ExpectedRefusal {
  readonly refused: true;
  /** Error codes that must all be among the import's errors. */
  readonly codes: readonly string[];
  /** Fields one of those errors' location must hold, with these values. */
  readonly location: Readonly<Record<string, string | number>>;
}

export const expectedRefusal = (fileName: string): ExpectedRefusal =>
  readJson(join(REFUSED_DIR, `${stemOf(fileName)}${EXPECTED}`)) as ExpectedRefusal;
