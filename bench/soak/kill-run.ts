import type { DatabaseConfig } from "../../src/db/config.js";
import type { BenchDialect } from "../bench-database.js";

/** The three kinds of write a run kills the server in the middle of. */
export type KillKind = "import" | "report" | "reminder";

export interface KillSummary {
  readonly kind: KillKind;
  readonly dialect: BenchDialect;
  readonly runs: number;
  /** Runs whose kill came while a write was in flight (the others came between writes). */
  readonly midWrite: number;
  /** Writes answered 2xx (imports, reports) or deliveries the receiver got (reminders). */
  readonly accepted: number;
  /** One line per broken promise: a run number and what was wrong. */
  readonly failures: readonly string[];
  readonly ms: number;
}

export interface KillOptions {
  readonly dialect: BenchDialect;
  readonly config: DatabaseConfig;
  readonly runs: number;
  /** Progress lines, e.g. to stderr. */
  readonly log: (line: string) => void;
  /** A seeded random number in [0, 1). */
  readonly random: () => number;
  /** Milestones in the table the run imports; SOAK_MILESTONES by default (the tests' runs use fewer). */
  readonly milestones?: number;
}

/** A delay in [min, max) ms. */
export const between = (random: () => number, min: number, max: number): number =>
  Math.round(min + random() * (max - min));

/** Milliseconds since `start` (performance.now()). */
export const since = (start: number): number => Math.round(performance.now() - start);
