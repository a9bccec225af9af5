import type { Diagnostic, MilestoneDiffEntry, PlanDiff, PlanJson } from "./import-outcome.js";
import { rowsBySource } from "./rows-by-source.js";

export type PlanTask = PlanJson["tasks"][number];
export type PlanMilestone = PlanTask["milestones"][number];

/** One line of the table: a milestone with its task, at its place in the plan. */
export interface PreviewRow {
  readonly key: string;
  readonly taskIndex: number;
  readonly milestoneIndex: number;
  readonly task: PlanTask;
  readonly milestone: PlanMilestone;
}

export const rowKey = (taskIndex: number, milestoneIndex: number): string =>
  `${String(taskIndex)}-${String(milestoneIndex)}`;

export const previewRowsOf = (plan: PlanJson): PreviewRow[] =>
  plan.tasks.flatMap((task, taskIndex) =>
    task.milestones.map((milestone, milestoneIndex) => ({
      key: rowKey(taskIndex, milestoneIndex),
      taskIndex,
      milestoneIndex,
      task,
      milestone,
    })),
  );

/** A diagnostic and the row of the table it concerns; null for the file as a whole. */
export interface PlacedDiagnostic {
  /** Its position in the server's list. */
  readonly id: number;
  readonly diagnostic: Diagnostic;
  readonly rowKey: string | null;
}

/** Text compared without spaces, so that a wrapped cell still matches its field. */
const compact = (text: string): string => text.replace(/[\s\u3000]+/g, "");

/** What a row shows that a diagnostic's text may quote: the task, the step, the units, the deadline. */
const quotedBy = (row: PreviewRow): string[] => [
  row.task.title,
  row.milestone.text,
  row.milestone.units.join("、"),
  row.milestone.deadlineText,
];

/** The one row whose task or milestone the text quotes; none when no row or several do. */
const onlyRowQuoting = (rows: readonly PreviewRow[], text: string): PreviewRow | undefined => {
  const wanted = compact(text);
  if (wanted === "") return undefined;
  const found = rows.filter((row) => quotedBy(row).some((field) => compact(field) === wanted));
  // A task's text quoted is the task's: its first row, when all the rows found are that task's.
  const tasks = new Set(found.map((row) => row.taskIndex));
  return tasks.size === 1 &&
    (found.length === 1 || found.every((row) => compact(row.task.title) === wanted))
    ? found[0]
    : undefined;
};

/** Among several rows read at one place (steps listed in one cell), the one the text quotes, else the first. */
const oneOf = (found: readonly PreviewRow[], text: string | undefined): PreviewRow | undefined =>
  found.length > 1 && text !== undefined ? (onlyRowQuoting(found, text) ?? found[0]) : found[0];

/**
 * A diagnostic is on the row read where it points (`source`, same file and
 * same table row, paragraph or line). A plan that does not say where it was
 * read (one from storage) is matched by what the diagnostic reports, and
 * only where that is certain: the importer reports missing deadlines in
 * table order, one per milestone it leaves without one (a milestone whose
 * deadline the office corrected may have been one of them; when that makes
 * the counts differ, none is placed); an unreadable 序号 is kept as written
 * on its task; a new unit is on the rows that name it (the first is shown);
 * any other diagnostic whose text is exactly one row's task, step, units or
 * deadline is on that row. Anything else concerns the whole file.
 */
export const placeDiagnostics = (
  diagnostics: readonly Diagnostic[],
  rows: readonly PreviewRow[],
  deadlineCorrected: (row: PreviewRow) => boolean,
): PlacedDiagnostic[] => {
  const readAt = rowsBySource(rows);
  const withoutDeadline = rows.filter(
    (row) => row.milestone.deadline.kind === "none" || deadlineCorrected(row),
  );
  const missing = diagnostics.filter((d) => d.code === "deadline.missing");
  const pairMissing = missing.length === withoutDeadline.length;
  return diagnostics.map((diagnostic, id) => {
    const text = diagnostic.location.text;
    const found =
      oneOf(readAt(diagnostic.location), text) ??
      (diagnostic.code === "deadline.missing" && pairMissing
        ? withoutDeadline[missing.indexOf(diagnostic)]
        : diagnostic.code === "task.unreadable_no"
          ? rows.find((row) => row.task.label === text)
          : diagnostic.code === "unit.created" && text !== undefined
            ? rows.find((row) => row.milestone.units.includes(text))
            : text === undefined
              ? undefined
              : onlyRowQuoting(rows, text));
    return { id, diagnostic, rowKey: found?.key ?? null };
  });
};

/** How a revision changes each row of the new table (added or changed), by row key. */
export const rowChanges = (diff: PlanDiff | null): Map<string, MilestoneDiffEntry> =>
  new Map(
    (diff?.milestones ?? []).flatMap((entry) =>
      entry.kind === "removed"
        ? []
        : [[rowKey(entry.after.taskIndex, entry.after.milestoneIndex), entry] as const],
    ),
  );
