import { sql, type Kysely } from "kysely";
import { chunksFor, collectChunks } from "../batch.js";
import { containsPattern } from "../like-pattern.js";
import type { NamedRole, Responsibility } from "../../domain/plan.js";
import { namedRolesOf } from "../../domain/task-responsibilities.js";
import type { Schema } from "../schema.js";
import {
  narrowedTo,
  NO_REACH,
  responsibleTaskIds,
  visibleTaskIds,
  type UnitReach,
  type UnitRole,
  type ViewerScope,
} from "./access.js";

export interface TaskRow {
  readonly id: number;
  readonly versionId: number;
  readonly planId: number;
  readonly position: number;
  readonly no: number | null;
  readonly label: string;
  readonly title: string;
  readonly outlineJson: string;
  readonly remarksJson: string;
  readonly personsJson: string;
  readonly leadUnits: readonly string[];
  readonly cooperatingUnits: readonly string[];
  readonly otherRoles: readonly NamedRole[];
}

export interface TaskRowFilter {
  readonly planId?: number;
  /** Only these tasks; undefined: any. */
  readonly taskIds?: readonly number[];
  readonly text?: string;
  /** Only the tasks this viewer may see: those its units lead or have a milestone in. */
  readonly visibleTo?: ViewerScope;
  /** A unit's tasks (its units: itself and its groups), as responsibleTaskIds keeps them. */
  readonly responsible?: UnitReach & { readonly role?: UnitRole };
}

/** Current tasks matching the filter, in table order, with their task-level units. */
export const findTaskRows = async (
  db: Kysely<Schema>,
  filter: TaskRowFilter,
): Promise<TaskRow[]> => {
  const chunks = filter.taskIds === undefined ? [null] : chunksFor(filter.taskIds, 1);
  const visibleTo = narrowedTo(filter.visibleTo);
  const { responsible } = filter;
  const rows = await collectChunks(chunks, (chunk) =>
    db
      .selectFrom("task_versions as tv")
      .innerJoin("tasks as t", "t.id", "tv.task_id")
      .select([
        "tv.id",
        "tv.task_id",
        "tv.plan_id",
        "t.position",
        "tv.no",
        "tv.label",
        "tv.title",
        "tv.outline_json",
        "tv.remarks_json",
        "tv.persons_json",
      ])
      .where("tv.valid_to", "is", null)
      .$if(filter.planId !== undefined, (q) => q.where("tv.plan_id", "=", filter.planId ?? -1))
      .$if(chunk !== null, (q) => q.where("tv.task_id", "in", chunk ?? []))
      .$if(visibleTo !== null, (q) =>
        q.where("tv.task_id", "in", visibleTaskIds(db, visibleTo ?? NO_REACH)),
      )
      .$if(responsible !== undefined, (q) =>
        q.where((eb) =>
          responsible === undefined || responsible.unitIds.length === 0
            ? eb.lit(false)
            : eb("tv.task_id", "in", responsibleTaskIds(db, responsible, responsible.role)),
        ),
      )
      .$if(filter.text !== undefined, (q) =>
        q.where(
          (eb) =>
            sql<boolean>`${eb.ref("tv.title")} like ${containsPattern(filter.text ?? "")} escape '\\'`,
        ),
      )
      .execute(),
  );
  const units = new Map<number, Responsibility[]>();
  for (const chunk of chunksFor(
    rows.map((r) => r.id),
    1,
  )) {
    if (chunk.length === 0) continue;
    const unitRows = await db
      .selectFrom("task_units as tu")
      .innerJoin("units", "units.id", "tu.unit_id")
      .select(["tu.task_version_id", "units.name", "tu.role", "tu.role_label"])
      .where("tu.task_version_id", "in", chunk)
      .orderBy("tu.task_version_id")
      .orderBy("tu.position")
      .execute();
    for (const u of unitRows) {
      const list = units.get(u.task_version_id) ?? [];
      list.push({ unit: u.name, role: u.role, roleLabel: u.role_label ?? "" });
      units.set(u.task_version_id, list);
    }
  }
  return rows
    .map((r) => {
      const own = units.get(r.id) ?? [];
      return {
        id: r.task_id,
        versionId: r.id,
        planId: r.plan_id,
        position: r.position,
        no: r.no,
        label: r.label,
        title: r.title,
        outlineJson: r.outline_json,
        remarksJson: r.remarks_json,
        personsJson: r.persons_json,
        leadUnits: own.filter((u) => u.role === "lead").map((u) => u.unit),
        cooperatingUnits: own.filter((u) => u.role === "cooperating").map((u) => u.unit),
        otherRoles: namedRolesOf(own),
      };
    })
    .sort((a, b) => a.planId - b.planId || a.position - b.position);
};
