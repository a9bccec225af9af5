import type { Database } from "../../db/database.js";
import { deadlineText } from "../../domain/deadline.js";
import { leadUnitsOf, unitsOf } from "../../domain/plan.js";
import {
  milestoneDataCsv,
  type MilestoneDataJson,
  type MilestoneDataRow,
} from "../../exporters/milestone-data.js";
import { latestReports } from "../milestones.js";
import { rateMilestones } from "../status-as-of.js";
import { CONTENT_TYPES, type ExportFile } from "./export-file.js";
import type { ExportContext } from "./export-kinds.js";
import { chineseDate } from "../../domain/iso-date.js";
import { partFileName, planPart, type PlanPart } from "./plan-part.js";

/** The part's milestones in table order, each rated on the part's day as the dashboard rates it. */
const milestoneRows = async (db: Database, part: PlanPart): Promise<MilestoneDataRow[]> => {
  const items = part.plan.tasks.flatMap((task) =>
    task.milestones.map((milestone) => ({ task, milestone, ids: part.idsOf(milestone) })),
  );
  const statuses = await rateMilestones(
    db.kysely,
    items.map(({ milestone, ids }) => ({
      id: ids.id,
      planId: part.planId,
      deadlineJson: JSON.stringify(milestone.deadline),
    })),
    part.asOf,
  );
  const reports = await latestReports(
    db,
    items.map(({ ids }) => ids.id),
    part.asOf,
  );
  return items.flatMap(({ task, milestone, ids }) => {
    const state = statuses.get(ids.id);
    if (state === undefined) return [];
    const leads = leadUnitsOf(milestone);
    const report = reports.get(ids.id);
    return [
      {
        id: ids.id,
        taskNo: task.no,
        taskLabel: task.label,
        task: task.title,
        seq: milestone.seq,
        text: milestone.text,
        leadUnits: leads,
        otherUnits: unitsOf(milestone).filter((unit) => !leads.includes(unit)),
        deadline: deadlineText(milestone.deadline),
        due: state.due,
        status: state.status,
        light: state.light,
        lightReason: state.lightReason,
        completedOn: state.completedOn,
        latestProgress: report === undefined ? null : { text: report.text, on: report.on },
      },
    ];
  });
};

const asOfQualifier = (part: PlanPart): string => `截至${chineseDate(part.asOf)}`;

/** Milestones with their status as of a day, as CSV that Excel opens in Chinese. */
export const csvExport = async ({ db, actor, request }: ExportContext): Promise<ExportFile> => {
  const part = await planPart(db, actor, request);
  return {
    fileName: partFileName(part, request, "csv", [asOfQualifier(part)]),
    contentType: CONTENT_TYPES.csv,
    body: new TextEncoder().encode(milestoneDataCsv(await milestoneRows(db, part))),
  };
};

/** Milestones with their status as of a day, in the JSON shape docs/EXPORTS.md describes. */
export const jsonExport = async ({ db, actor, request }: ExportContext): Promise<ExportFile> => {
  const part = await planPart(db, actor, request);
  const document: MilestoneDataJson = {
    format: "duban.milestones",
    formatVersion: 1,
    plan: { id: part.planId, title: part.plan.title, revision: part.revision },
    unit: part.unit?.name ?? null,
    asOf: part.asOf,
    milestones: await milestoneRows(db, part),
  };
  return {
    fileName: partFileName(part, request, "json", [asOfQualifier(part)]),
    contentType: CONTENT_TYPES.json,
    body: new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`),
  };
};
