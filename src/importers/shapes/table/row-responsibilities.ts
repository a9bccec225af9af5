import type { Responsibility } from "../../../domain/plan.js";
import type { TaskText } from "../../../domain/task-text.js";
import type { Diagnostic } from "../../../domain/diagnostic.js";
import type { UnitListNote } from "../../../domain/unit-list.js";
import { diagnostic } from "../../build-diagnostic.js";
import { locate, type RowCells } from "./row-cells.js";
import { readUnitCell, type UnitCell } from "./unit-cell.js";

/** The unit cells of the responsibility columns as last written in a task (absent: never). */
export type UnitCells = ReadonlyMap<string, UnitCell>;

export interface RowResponsibilities {
  readonly responsibilities: Responsibility[];
  /** What the next row of the task takes when its cells are empty (merged or not). */
  readonly carried: UnitCells;
  /** What the unit lists' reader decided, as warnings at the cells. */
  readonly diagnostics: Diagnostic[];
}

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

/** A cell that states roles itself gives them whatever its column is called. */
const addStated = (list: Responsibility[], cell: UnitCell): boolean => {
  if (!cell.stated) return false;
  add(list, cell.stated.leads, "lead");
  add(list, cell.stated.cooperating, "cooperating");
  for (const role of cell.stated.others) add(list, role.units, "other", role.label);
  return true;
};

const UNIT_KINDS = ["units", "lead", "cooperating"] as const;

/** The diagnostic code of each decision the unit list reader reports. */
const NOTE_CODES: Readonly<Record<UnitListNote["kind"], string>> = {
  open_list: "units.open_list",
  qualifier: "units.qualifier",
  prefix_added: "units.prefix_completed",
  split_on_spaces: "units.split_on_spaces",
};

/**
 * The responsibilities of one milestone row. With a single 责任单位 column
 * the first unit leads and the rest cooperate; separate 牵头/配合 columns say
 * it themselves, a 责任单位 column beside them adds a third tier, and any
 * other named role (数据提供单位) keeps its name. An empty cell takes what the
 * rows above it in the task wrote; a task whose unit cells are all empty
 * falls back on its own bracket.
 */
export const responsibilitiesOf = (
  cells: RowCells,
  above: UnitCells,
  task: TaskText,
): RowResponsibilities => {
  const written = [
    ...UNIT_KINDS.flatMap((kind) => {
      const field = cells.field(kind);
      return field ? [[kind, field] as const] : [];
    }),
    ...cells.roles().map((role) => [role.column.header, role] as const),
  ].filter(([, field]) => field.cell.text !== "");
  const read = written.map(([key, field]) => [key, readUnitCell(field.cell.text), field] as const);
  // Most rows of a merged task write nothing new: they keep the cells above as they are.
  const carried =
    read.length === 0
      ? above
      : new Map([...above, ...read.map(([key, cell]) => [key, cell] as const)]);
  const diagnostics = read.flatMap(([, cell, field]) =>
    cell.notes.map((note) =>
      diagnostic("warning", NOTE_CODES[note.kind], locate(field), note.message.zh, note.message.en),
    ),
  );
  const list: Responsibility[] = [];
  const hasLeadColumn = cells.field("lead") !== null;
  const lead = carried.get("lead");
  if (lead && !addStated(list, lead)) add(list, lead.units, "lead");
  const units = carried.get("units");
  const unitsStated = units !== undefined && addStated(list, units);
  if (units && !unitsStated && !hasLeadColumn) {
    add(list, units.units.slice(0, 1), "lead");
    add(list, units.units.slice(1), "cooperating");
  }
  const cooperating = carried.get("cooperating");
  if (cooperating && !addStated(list, cooperating)) add(list, cooperating.units, "cooperating");
  if (units && !unitsStated && hasLeadColumn) {
    add(list, units.units, "other", cells.field("units")?.column.header);
  }
  for (const [header, cell] of carried) {
    if ((UNIT_KINDS as readonly string[]).includes(header)) continue;
    if (!addStated(list, cell)) add(list, cell.units, "other", header);
  }
  if (list.some((r) => r.role === "lead")) return { responsibilities: list, carried, diagnostics };
  // No unit cell of the task names a lead: the task's bracket does, or nothing does.
  const fromTask: Responsibility[] = [];
  add(fromTask, task.leadUnits, "lead");
  add(
    fromTask,
    [...list.filter((r) => r.role === "cooperating").map((r) => r.unit), ...task.cooperatingUnits],
    "cooperating",
  );
  for (const r of list.filter((r) => r.role === "other"))
    add(fromTask, [r.unit], "other", r.roleLabel);
  for (const role of task.otherRoles) add(fromTask, role.units, "other", role.label);
  return { responsibilities: fromTask, carried, diagnostics };
};
