import { describe, expect, it } from "vitest";
import {
  formatHeaderCounts,
  masterTitle,
  readHeaderCounts,
  readTitle,
  sliceTitle,
  stripExtractionArtefacts,
} from "../../src/domain/plan-title.js";

describe("plan titles", () => {
  it.each([
    [
      "2022年市政府重点工作任务分解表（市科技局牵头部分）",
      { year: 2022, issuer: "市政府", ownerUnit: "市科技局" },
    ],
    ["2022年市政府重点工作任务分解表", { year: 2022, issuer: "市政府", ownerUnit: null }],
    ["２０２３年度省政府重点工作任务分解表", { year: 2023, issuer: "省政府", ownerUnit: null }],
    ["关于做好重点工作的通知", { year: null, issuer: null, ownerUnit: null }],
    [
      "2023年江州市人民政府重点工作任务分工方案",
      { year: 2023, issuer: "江州市人民政府", ownerUnit: null },
    ],
    ["2023年政府工作报告重点工作任务分工方案", { year: 2023, issuer: null, ownerUnit: null }],
    ["2024年市政府工作报告重点任务分工", { year: 2024, issuer: null, ownerUnit: null }],
  ])("%s", (title, facts) => {
    expect(readTitle(title)).toEqual(facts);
  });

  it("drops the Word extraction artefact", () => {
    expect(stripExtractionArtefacts("[bookmark: _GoBack]2022年市政府重点工作任务分解表")).toBe(
      "2022年市政府重点工作任务分解表",
    );
  });

  it("turns a master title into a slice title and back", () => {
    const slice = sliceTitle("2022年市政府重点工作任务分解表", "市科技局");
    expect(slice).toBe("2022年市政府重点工作任务分解表（市科技局牵头部分）");
    expect(sliceTitle(slice, "市财政局")).toBe(
      "2022年市政府重点工作任务分解表（市财政局牵头部分）",
    );
    expect(masterTitle(slice)).toBe("2022年市政府重点工作任务分解表");
  });

  it("reads and writes the header counts line in the table's own words", () => {
    const line = "（牵头重点工作任务12项，牵头重点工作任务节点计划2项）";
    expect(readHeaderCounts(line)).toEqual({ leadTasks: 12, leadMilestones: 2 });
    expect(formatHeaderCounts({ leadTasks: 12, leadMilestones: 2 })).toBe(line);
    expect(readHeaderCounts("(牵头重点工作任务 3 项, 牵头重点工作任务节点计划 0 项)")).toEqual({
      leadTasks: 3,
      leadMilestones: 0,
    });
    expect(readHeaderCounts("（2022年3月印发）")).toBeNull();
  });
});
