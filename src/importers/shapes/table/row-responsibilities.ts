import type { Responsibility } from "../../../domain/plan.js";
import type { TaskText } from "../../../domain/task-text.js";
import { splitUnitList } from "../../../domain/unit-list.js";
import type { RowCells } from "./row-cells.js";

/** The unit lists of the responsibility columns as last written in a task (null: never). */
export interface UnitCells {
  readonly units: readonly string[] | null;
  readonly leads: readonly string[] | null;
  readonly cooperating: readonly string[] | null;
}

export interface RowResponsibilities {
  readonly responsibilities: Responsibility[];
  /** What the next row of the task takes when its cells are empty (merged). */
  readonly carried: UnitCells;
}

const listOf = (
  cells: RowCells,
  kind: "units" | "lead" | "cooperating",
  above: readonly string[] | null,
): readonly string[] | null => {
  const text = cells.text(kind);
  return text === "" ? above : splitUnitList(text);
};

const add = (
  list: Responsibility[],
  units: readonly string[],
  role: Responsibility["role"],
  roleLabel?: string,
): void => {
  for (const unit of units) {
    if (list.some((r) => r.unit === unit)) continue;
    list.push(roleLabel === undefined ? { unit, role } : { unit, role, roleLabel });
  }
};

/**
 * The responsibilities of one milestone row. With a single 责任单位 column
 * the first unit leads and the rest cooperate; separate 牵头/配合 columns say
 * it themselves, and a 责任单位 column beside them adds a third tier. A
 * table without any unit column falls back on the task's own bracket.
 */
export const responsibilitiesOf = (
  cells: RowCells,
  above: UnitCells,
  task: TaskText,
): RowResponsibilities => {
  const carried: UnitCells = {
    units: listOf(cells, "units", above.units),
    leads: listOf(cells, "lead", above.leads),
    cooperating: listOf(cells, "cooperating", above.cooperating),
  };
  const list: Responsibility[] = [];
  const hasLeadColumn = cells.field("lead") !== null;
  if (hasLeadColumn) {
    add(list, carried.leads ?? [], "lead");
    add(list, carried.cooperating ?? [], "cooperating");
    add(list, carried.units ?? [], "other", cells.field("units")?.column.header);
  } else if (cells.field("units")) {
    const [lead, ...others] = carried.units ?? [];
    if (lead !== undefined) add(list, [lead], "lead");
    add(list, others, "cooperating");
    add(list, carried.cooperating ?? [], "cooperating");
  } else {
    add(list, task.leadUnits, "lead");
    add(list, carried.cooperating ?? task.cooperatingUnits, "cooperating");
  }
  for (const role of hasLeadColumn || cells.field("units") ? [] : task.otherRoles) {
    add(list, role.units, "other", role.label);
  }
  return { responsibilities: list, carried };
};
