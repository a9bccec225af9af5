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

describe("a diagnostic at the place a task or milestone was read", () => {
  type Source = NonNullable<Milestone["source"]>;
  const from = (item: Milestone, source: Source): Milestone => ({ ...item, source });
  const warning = (location: Diagnostic["location"]): Diagnostic => ({
    severity: "warning",
    code: "responsibility.lead_inferred",
    message: { zh: "", en: "" },
    location,
  });
  const placedOn = (plan: Task[], ...at: Diagnostic["location"][]): (string | null)[] =>
    placeDiagnostics(
      at.map(warning),
      previewRowsOf({ tasks: plan } as unknown as PlanJson),
      () => false,
    ).map((p) => p.rowKey);

  const file = "2024.docx";
  // A task row (row 3) with its steps on rows 4 and 5 of table 2; table 1 has rows 4 and 5 too.
  const table: Task[] = [
    {
      ...task("1", "推进科技创新", [
        from(milestone(1, "制定方案", ""), { file, table: 2, row: 4 }),
        from(milestone(2, "组织实施", ""), { file, table: 2, row: 5 }),
      ]),
      source: { file, table: 2, row: 3 },
    },
  ];

  it("is on the milestone read from the diagnostic's row, a cell of it or the row itself", () => {
    expect(
      placedOn(
        table,
        { file, table: 2, row: 5, column: 4, field: "责任单位", text: "市科技局" },
        { file, table: 2, row: 4 },
      ),
    ).toEqual(["0-1", "0-0"]);
  });

  it("is on the task's first row when its row holds the task and no step", () => {
    expect(placedOn(table, { file, table: 2, row: 3, column: 2 })).toEqual(["0-0"]);
  });

  it("is not placed by a row of another table, sheet or file", () => {
    expect(
      placedOn(
        table,
        { file, table: 1, row: 4 },
        { file, sheet: "Sheet1", table: 2, row: 4 },
        { file: "other.docx", table: 2, row: 4 },
      ),
    ).toEqual([null, null, null]);
  });

  it("is on the item read from its paragraph or line, even when another row quotes the same text", () => {
    const prose: Task[] = [
      {
        ...task("1", "推进科技创新", [
          from(milestone(1, "推进科技创新", ""), { file, paragraph: 7 }),
        ]),
        source: { file, paragraph: 7 },
      },
      {
        ...task("2", "推进科技创新", [
          from(milestone(1, "推进科技创新", ""), { file, paragraph: 9 }),
        ]),
        source: { file, paragraph: 9 },
      },
    ];
    expect(placedOn(prose, { file, paragraph: 9, text: "推进科技创新" })).toEqual(["1-0"]);
    const text: Task[] = [
      { ...task("1", "推进科技创新", [from(milestone(1, "制定方案", ""), { file, line: 12 })]) },
    ];
    expect(placedOn(text, { file, line: 12 }, { file, line: 13 })).toEqual(["0-0", null]);
  });

  it("is on a CSV record's milestone whatever line of the record the cell starts on", () => {
    const csv = "2024.csv";
    const plan: Task[] = [
      task("1", "推进科技创新", [
        from(milestone(1, "制定方案", ""), { file: csv, row: 3, line: 4 }),
      ]),
    ];
    expect(placedOn(plan, { file: csv, row: 3, line: 6, column: 5 })).toEqual(["0-0"]);
  });

  it("is on the step it quotes when one cell lists several, else on the first of them", () => {
    const row = { file, table: 1, row: 4 };
    const plan: Task[] = [
      task("1", "推进科技创新", [
        from(milestone(1, "制定方案", ""), row),
        from(milestone(2, "组织实施", ""), row),
      ]),
    ];
    expect(placedOn(plan, { ...row, text: "组织实施" }, { ...row, text: "其他" })).toEqual([
      "0-1",
      "0-0",
    ]);
  });
});
