import type { Plan } from "../../domain/plan.js";
import { planToDocx } from "../../exporters/plan-docx.js";
import { planToXlsx } from "../../exporters/plan-xlsx.js";
import { CONTENT_TYPES, type ExportFile } from "./export-file.js";
import type { ExportContext } from "./export-kinds.js";
import { partFileName, planPart } from "./plan-part.js";

/** The one place the table writers are called: switching to their streaming form is here. */
const TABLE_WRITERS = {
  docx: planToDocx,
  xlsx: planToXlsx,
} as const satisfies Record<string, (plan: Plan) => Promise<ExportFile["body"]>>;

/**
 * The decomposition table (.docx or .xlsx) laid out like the office's: the
 * whole plan, a unit's part or the plan view's filter, at a revision.
 */
export const tableExport =
  (format: keyof typeof TABLE_WRITERS) =>
  async ({ db, actor, request }: ExportContext): Promise<ExportFile> => {
    const part = await planPart(db, actor, request);
    return {
      fileName: partFileName(part, request, format),
      contentType: CONTENT_TYPES[format],
      body: await TABLE_WRITERS[format](part.plan),
    };
  };
