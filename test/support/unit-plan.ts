import type { Plan } from "../../src/domain/plan.js";
import { referencePlan } from "./reference-plan.js";

/** A one-task plan of one unit's, as an .xlsx upload. */
export const unitPlan = (
  year: number,
  unit: string,
  cooperating: string,
  lastText = "报送审计结果。",
): Plan => ({
  ...referencePlan,
  title: `${year}年市政府重点工作任务分解表（${unit}牵头部分）`,
  subtitle: null,
  year,
  ownerUnit: unit,
  headerCounts: null,
  tasks: [
    {
      no: 301,
      label: "301",
      title: "开展重大政策措施落实情况跟踪审计。",
      leadUnits: [unit],
      cooperatingUnits: [],
      otherRoles: [],
      persons: [],
      outline: [],
      remarks: {},
      milestones: [
        {
          seq: 1,
          text: "制定年度跟踪审计方案。",
          responsibilities: [
            { unit, role: "lead" },
            { unit: cooperating, role: "cooperating" },
          ],
          persons: [],
          initialProgress: [],
          deadline: { kind: "date", text: "3月31日", date: `${year}-03-31` },
          remarks: {},
        },
        {
          seq: 2,
          text: lastText,
          responsibilities: [{ unit, role: "lead" }],
          persons: [],
          initialProgress: [],
          deadline: { kind: "date", text: "12月15日", date: `${year}-12-15` },
          remarks: {},
        },
      ],
    },
  ],
});
