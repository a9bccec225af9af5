import type { UnitRole } from "../../db/queries/access.js";
import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";
import type { IsoDate } from "../../domain/iso-date.js";
import type { MilestoneStatus } from "../../domain/milestone-status.js";
import type { ExportFormat } from "./export-file.js";

/**
 * The plan view's filters (web/src/plan/PlanFilters.tsx, GET /api/milestones):
 * the milestones a unit leads or shares, by status on the day, due in a
 * span, holding some text. They choose among the milestones in force.
 */
export interface ExportFilter {
  /** A unit (id, name or alias): the milestones it leads (whole tasks included) or shares. */
  readonly responsible?: number | string;
  /** With `responsible`: only where it leads, or only where it cooperates. */
  readonly role?: UnitRole;
  readonly status?: readonly MilestoneStatus[];
  readonly dueFrom?: IsoDate;
  readonly dueTo?: IsoDate;
  /** Words in the milestone's or its task's text. */
  readonly text?: string;
}

/**
 * What to export of a plan; the API's query and the CLI's options say the
 * same in the same names (asOf is --as-of).
 */
export interface ExportRequest {
  readonly planId: number;
  readonly format: ExportFormat;
  /** One unit's part (its 牵头部分), by id, name or alias. */
  readonly unit?: number | string;
  /** The day statuses are computed for; the server's today by default. */
  readonly asOf?: IsoDate;
  /** The plan as it stood at this revision (the supervision office's); the one in force by default. */
  readonly revision?: number;
  readonly filter?: ExportFilter;
  /** The progress bulletin (进展情况通报) instead of the table or data. */
  readonly bulletin?: boolean;
}

/** True when the filter narrows anything. */
export const filters = (filter: ExportFilter | undefined): filter is ExportFilter =>
  filter !== undefined &&
  (filter.responsible !== undefined ||
    (filter.status?.length ?? 0) > 0 ||
    filter.dueFrom !== undefined ||
    filter.dueTo !== undefined ||
    (filter.text ?? "") !== "");

/**
 * For an export that holds the plan in force, whole or a unit's part (the
 * bulletin, the calendar): a revision or a filter is refused, naming the
 * export (`what.en` opens the sentence).
 */
export const refuseRevisionOrFilter = (
  request: Pick<ExportRequest, "revision" | "filter">,
  what: { readonly zh: string; readonly en: string },
): void => {
  if (request.revision !== undefined) {
    throw new DubanError(
      "export.unavailable",
      message(
        `${what.zh}按现行计划生成，不能指定版本`,
        `${what.en} holds the plan in force: it takes no revision`,
      ),
      { field: "querystring.revision" },
    );
  }
  if (filters(request.filter)) {
    throw new DubanError(
      "export.unavailable",
      message(
        `${what.zh}包含整个计划或一个单位的全部节点，不能附加筛选条件`,
        `${what.en} holds all of a plan's or a unit's milestones: it takes no filter`,
      ),
      { field: "querystring" },
    );
  }
};
