import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "../../src/domain/plan.js";
import { planToXlsx } from "../../src/exporters/plan-xlsx.js";
import { editMilestones } from "./plan-edits.js";
import { referencePlan } from "./reference-plan.js";

/** The reference table, revised: 202（2） due a month later, 203（2） dropped, 204（4） added. */
export const revisedReference: Plan = editMilestones(
  editMilestones(
    editMilestones(referencePlan, 202, (ms) =>
      ms.map((m) =>
        m.seq === 2
          ? { ...m, deadline: { kind: "date", text: "11月30日", date: "2022-11-30" } }
          : m,
      ),
    ),
    203,
    (ms) => ms.filter((m) => m.seq !== 2),
  ),
  204,
  (ms) => [
    ...ms,
    {
      seq: 4,
      text: "开展研发投入专项督导。",
      responsibilities: [{ unit: "市科技局", role: "lead" }],
      persons: [],
      initialProgress: [],
      deadline: { kind: "period_end", text: "年底前", period: "year", date: "2022-12-31" },
      remarks: {},
    },
  ],
);

/** Writes the revised table as an .xlsx into `dir` and returns its path. */
export const writeRevisedReference = async (dir: string): Promise<string> => {
  const file = join(dir, "revised-2022-kjj.xlsx");
  writeFileSync(file, await planToXlsx(revisedReference));
  return file;
};
