import { describe, expect, it } from "vitest";
import {
  correctionsOfRow,
  deadlineCorrected,
  withCorrections,
  type MilestoneCorrection,
  type TaskCorrection,
} from "../../web/src/import/corrections.js";
import type { Diagnostic, PlanJson } from "../../web/src/import/import-outcome.js";
import { placeDiagnostics, previewRowsOf } from "../../web/src/import/preview-rows.js";

type Task = PlanJson["tasks"][number];
type Milestone = Task["milestones"][number];

const milestone = (seq: number, text: string, deadlineText: string): Milestone => ({
  seq,
  text,
  units: ["市科技局"],
  leadUnit: "市科技局",
  leadUnits: ["市科技局"],
  cooperatingUnits: [],
  responsibilities: [{ unit: "市科技局", role: "lead" }],
  persons: [],
  due: null,
  deadlineText,
  recurring: null,
  deadline: deadlineText === "" ? { kind: "none" } : { kind: "ongoing", text: deadlineText },
  remarks: {},
  initialProgress: [],
});

const task = (label: string, title: string, milestones: Milestone[]): Task => ({
  no: Number(label),
  label,
  title,
  leadUnit: "市科技局",
  leadUnits: ["市科技局"],
  cooperatingUnits: [],
  otherRoles: {},
  persons: [],
  outline: [],
  parent: null,
  remarks: {},
  milestones,
});

const rows = previewRowsOf({
  tasks: [
    task("1", "推进科技创新", [milestone(1, "制定方案", ""), milestone(2, "组织实施", "持续推进")]),
    task("2", "优化营商环境", [milestone(1, "开展评估", "")]),
  ],
} as unknown as PlanJson);

const target = { label: "1", outline: [], title: "推进科技创新" };
const onFirst: MilestoneCorrection = {
  kind: "milestone",
  task: target,
  milestone: { seq: 1, position: 1, text: "制定方案" },
  deadline: "6月底前",
};
const onTask: TaskCorrection = { kind: "task", task: target, leadUnits: ["市财政局"] };

const missing = (row: number): Diagnostic => ({
  severity: "warning",
  code: "deadline.missing",
  message: { zh: "此节点计划没有完成时限", en: "no deadline" },
  location: { file: "t.csv", row },
});

describe("the preview's corrections", () => {
  it("replace earlier corrections of the same target and keep the others", () => {
    const later: MilestoneCorrection = { ...onFirst, deadline: "年底前" };
    expect(withCorrections([onFirst, onTask], [later])).toEqual([onTask, later]);
  });

  it("mark the rows they concern: a task's all its rows, a milestone's its own", () => {
    const [first, second, other] = rows;
    if (first === undefined || second === undefined || other === undefined) throw new Error();
    expect(correctionsOfRow([onFirst, onTask], first)).toEqual([onFirst, onTask]);
    expect(correctionsOfRow([onFirst, onTask], second)).toEqual([onTask]);
    expect(correctionsOfRow([onFirst, onTask], other)).toEqual([]);
    expect(deadlineCorrected([onFirst], first)).toBe(true);
    expect(deadlineCorrected([onTask], first)).toBe(false);
  });

  it("keep a missing deadline's warning on its row once the deadline is corrected", () => {
    const corrected = rows.map((row) =>
      row.key === "0-0"
        ? {
            ...row,
            milestone: {
              ...row.milestone,
              deadline: { kind: "ongoing" as const, text: "6月底前" },
            },
          }
        : row,
    );
    const placed = placeDiagnostics([missing(2), missing(4)], corrected, (row) =>
      deadlineCorrected([onFirst], row),
    );
    expect(placed.map((p) => p.rowKey)).toEqual(["0-0", "1-0"]);
    // Without knowing of the correction the counts differ: placed nowhere rather than guessed.
    expect(
      placeDiagnostics([missing(2), missing(4)], corrected, () => false).map((p) => p.rowKey),
    ).toEqual([null, null]);
  });

  it("place another diagnostic on the one row whose text it quotes, and nowhere when several do", () => {
    const quoting = (text: string): Diagnostic => ({
      severity: "warning",
      code: "responsibility.lead_inferred",
      message: { zh: "", en: "" },
      location: { file: "t.csv", text },
    });
    const placed = placeDiagnostics(
      [quoting("组织 实施"), quoting("推进科技创新"), quoting("市科技局")],
      rows,
      () => false,
    );
    expect(placed.map((p) => p.rowKey)).toEqual(["0-1", "0-0", null]);
  });
});
