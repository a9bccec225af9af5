import type { Plan } from "../../domain/plan.js";
import { writePlanDocx } from "../../exporters/plan-docx.js";
import { writePlanXlsx } from "../../exporters/plan-xlsx.js";
import { CONTENT_TYPES, type ExportFile } from "./export-file.js";
import type { ExportContext } from "./export-kinds.js";
import { partFileName, planPart } from "./plan-part.js";

/** The one place the table writers are called: they stream, so a large table is never held whole. */
const TABLE_WRITERS = {
  docx: writePlanDocx,
  xlsx: writePlanXlsx,
} as const satisfies Record<string, (plan: Plan) => ExportFile["body"]>;

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
      body: TABLE_WRITERS[format](part.plan),
    };
  };
