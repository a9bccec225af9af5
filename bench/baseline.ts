import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Machine } from "./report.js";

/**
 * Figures of the code before a change, measured with today's harness and
 * kept in bench/baseline/before.json (written by bench/write-baseline.ts),
 * so the report shows them beside the figures of every later run.
 */

export type BaselineFigures = Readonly<Record<string, number>>;

export interface Baseline {
  /** The commit measured, and what it was. */
  readonly commit: string;
  readonly takenAt: string;
  readonly machine: Machine;
  readonly loadAverage: readonly [start: number, end: number];
  readonly note: string;
  readonly figures: BaselineFigures;
}

export const BASELINE_FILE = fileURLToPath(new URL("./baseline/before.json", import.meta.url));

let cached: Baseline | null | undefined;

const baseline = (): Baseline | null => {
  if (cached === undefined) {
    try {
      cached = JSON.parse(readFileSync(BASELINE_FILE, "utf8")) as Baseline;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      cached = null;
    }
  }
  return cached;
};

/** The before figure of a key, if the baseline has one. */
export const baselineFigure = (key: string): number | undefined => baseline()?.figures[key];
