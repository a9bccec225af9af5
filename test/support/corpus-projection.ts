import type { Diagnostic } from "../../src/domain/diagnostic.js";
import type { PlanJson } from "../../src/exporters/plan-json.js";

/**
 * The warning codes the corpus states expectations about
 * (test/fixtures/corpus/README.md says what each means). Other warnings a
 * reader may add are not part of the yardstick.
 */
export const EXPECTED_WARNING_CODES = [
  "column.recognised_by_content",
  "responsibility.lead_inferred",
  "units.open_list",
  "units.prefix_completed",
] as const;

export interface MilestoneProjection {
  readonly seq: number | null;
  readonly text: string;
  readonly leadUnits: readonly string[];
  readonly units: readonly string[];
  readonly cooperatingUnits: readonly string[];
  readonly deadlineText: string;
  readonly due: string | null;
  readonly recurring: string | null;
}

export interface TaskProjection {
  readonly label: string;
  readonly title: string;
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  readonly otherRoles: Readonly<Record<string, readonly string[]>>;
  readonly persons: readonly { readonly name: string; readonly role: string }[];
  /** The title of the heading the task sits under; null at the top. */
  readonly parent: string | null;
  readonly milestones: readonly MilestoneProjection[];
}

/** What a corpus document's hand-written expected JSON states about its plan. */
export interface CorpusProjection {
  readonly title: string;
  readonly year: number;
  readonly tasks: readonly TaskProjection[];
  /** The codes of EXPECTED_WARNING_CODES the import gave, each once, sorted. */
  readonly warnings: readonly string[];
}

const EXPECTED = new Set<string>(EXPECTED_WARNING_CODES);

/** The facts of a plan the corpus checks, from its plan JSON and the import's diagnostics. */
export const corpusProjection = (
  json: PlanJson,
  diagnostics: readonly Diagnostic[],
): CorpusProjection => ({
  title: json.title,
  year: json.year,
  tasks: json.tasks.map((task) => ({
    label: task.label,
    title: task.title,
    leadUnits: task.leadUnits,
    cooperatingUnits: task.cooperatingUnits,
    otherRoles: task.otherRoles,
    persons: task.persons.map(({ name, role }) => ({ name, role })),
    parent: task.parent?.title ?? null,
    milestones: task.milestones.map((m) => ({
      seq: m.seq,
      text: m.text,
      leadUnits: m.leadUnits,
      units: m.units,
      cooperatingUnits: m.cooperatingUnits,
      deadlineText: m.deadlineText,
      due: m.due,
      recurring: m.recurring,
    })),
  })),
  warnings: [
    ...new Set(
      diagnostics
        .filter((d) => d.severity === "warning" && EXPECTED.has(d.code))
        .map((d) => d.code),
    ),
  ].sort(),
});
