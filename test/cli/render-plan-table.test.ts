import { describe, expect, it } from "vitest";
import { renderPlanTable } from "../../src/cli/render-plan-table.js";
import { testMilestone, testTask } from "../support/plan-builder.js";

describe("renderPlanTable", () => {
  it("draws each outline heading a task enters as a line across the table", () => {
    const section = { label: "一", title: "科技创新", level: 1 };
    const step = testMilestone({
      text: "组织实施。",
      responsibilities: [{ unit: "市科技局", role: "lead" }],
    });
    const text = renderPlanTable(
      {
        tasks: [
          testTask({ no: 1, label: "1", outline: [section], milestones: [step] }),
          testTask({ no: 2, label: "2", outline: [section], milestones: [step] }),
        ],
      },
      100,
    );
    const lines = text.split("\n");
    const heading = lines.filter((line) => line.includes("一、科技创新"));
    expect(heading).toHaveLength(1);
    // Spanning the table: no column rule inside the heading's line.
    expect(heading[0]?.replace(/^│|│$/g, "").trim()).not.toContain("│");
    expect(lines.findIndex((l) => l.includes("一、科技创新"))).toBeLessThan(
      lines.findIndex((l) => l.includes("组织实施")),
    );
  });
});
