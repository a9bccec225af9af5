import { median } from "./bench-group.js";

/**
 * Splitting measured runs into parts: each SQL statement, and what is left
 * between them. Pure, so the profile's arithmetic can be tested apart from
 * any database.
 */

export interface TimedStatement {
  readonly sql: string;
  readonly ms: number;
}

/** One part of a split: its median over the runs, and how often it ran in one. */
export interface SplitPart {
  readonly label: string;
  /** Times the statement ran in one run (the most of any run); 1 for a part that is not one. */
  readonly count: number;
  readonly medianMs: number;
}

/**
 * A statement's identity across runs: its text with every parenthesised
 * list of bound values made one, since `in (?, ?, ?)` grows with the ids it
 * is given.
 */
export const statementKey = (sql: string): string =>
  sql
    .replace(/\$\d+/g, "$")
    .replace(/\(\s*[?$](?:\s*,\s*[?$])*\s*\)/g, "(…)")
    .replace(/\s+/g, " ")
    .trim();

/**
 * What a statement does, in a few words for a report: its verb and the
 * tables (or common table expressions) it reads or writes, in order.
 */
export const statementLabel = (sql: string): string => {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? "?";
  const tables = [
    ...new Set(
      [...sql.matchAll(/\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)"?/gi)].map(
        (m) => m[1] ?? "",
      ),
    ),
  ].filter((name) => !/^(select|lateral)$/i.test(name));
  return tables.length === 0 ? verb : `${verb} ${tables.join(", ")}`;
};

/**
 * Each distinct statement of the runs, in the order first seen: the median
 * over the runs of its time summed within a run (0 in a run that lacks it).
 * Two statements with the same label are told apart by a number.
 */
export const statementParts = (runs: readonly (readonly TimedStatement[])[]): SplitPart[] => {
  const perRun = runs.map((statements) => {
    const sums = new Map<string, { ms: number; count: number }>();
    for (const { sql, ms } of statements) {
      const key = statementKey(sql);
      const sum = sums.get(key) ?? { ms: 0, count: 0 };
      sums.set(key, { ms: sum.ms + ms, count: sum.count + 1 });
    }
    return sums;
  });
  const firstSql = new Map<string, string>();
  for (const statements of runs) {
    for (const { sql } of statements) {
      const key = statementKey(sql);
      if (!firstSql.has(key)) firstSql.set(key, sql);
    }
  }
  const labels = new Map<string, number>();
  return [...firstSql].map(([key, sql]) => {
    const label = statementLabel(sql);
    const seen = (labels.get(label) ?? 0) + 1;
    labels.set(label, seen);
    return {
      label: seen === 1 ? label : `${label} (#${seen})`,
      count: Math.max(...perRun.map((sums) => sums.get(key)?.count ?? 0)),
      medianMs: median(perRun.map((sums) => sums.get(key)?.ms ?? 0)),
    };
  });
};

/** The median over runs of what a run's total leaves once its measured parts are taken off. */
export const medianRemainder = (
  totals: readonly number[],
  parts: readonly (readonly number[])[],
): number =>
  median(totals.map((total, run) => parts.reduce((rest, part) => rest - (part[run] ?? 0), total)));

/** The sum of a run's statements' times. */
export const statementsMs = (statements: readonly TimedStatement[]): number =>
  statements.reduce((sum, { ms }) => sum + ms, 0);
