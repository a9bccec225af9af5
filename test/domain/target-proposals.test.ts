import { describe, expect, it } from "vitest";
import type { ExtractedTarget } from "../../src/domain/target.js";
import { reconcileProposals, type TargetSource } from "../../src/domain/target-proposals.js";

const read = (text: string, words: string, value: number): ExtractedTarget => {
  const start = text.indexOf(words);
  return {
    subject: "企业",
    measure: { comparison: "reach", value },
    unitOfMeasure: "家",
    span: { start, end: start + words.length, text: words },
  };
};

const milestone = (milestoneId: number, text: string): TargetSource => ({
  taskId: 1,
  milestoneId,
  text,
});

describe("the targets a revision keeps, reads again, moves, drops and proposes", () => {
  it("proposes every target of a first import", () => {
    const source = milestone(7, "培育企业100家。");
    const changes = reconcileProposals(
      [],
      [{ source, targets: [read(source.text, "100家", 100)] }],
    );
    expect(changes.add).toHaveLength(1);
    expect(changes.add[0]?.source).toBe(source);
    expect(changes).toMatchObject({ refresh: [], move: [], drop: [] });
  });

  it("pairs targets by their words in the same text, in order when the same words come twice", () => {
    const source = milestone(7, "新增10家，再新增10家，并培育企业100家。");
    const stored = [
      { id: 1, taskId: 1, milestoneId: 7, spanText: "10家", untouched: true },
      { id: 2, taskId: 1, milestoneId: 7, spanText: "10家", untouched: false },
      { id: 3, taskId: 1, milestoneId: 8, spanText: "100家", untouched: true },
      { id: 4, taskId: 1, milestoneId: 7, spanText: "200家", untouched: true },
      { id: 5, taskId: 1, milestoneId: 7, spanText: "300家", untouched: false },
      { id: 6, taskId: 1, milestoneId: 7, spanText: null, untouched: false },
    ];
    const first = read(source.text, "10家", 10);
    const second = { ...first, span: { start: 9, end: 12, text: "10家" } };
    const changes = reconcileProposals(stored, [
      { source, targets: [first, second, read(source.text, "100家", 100)] },
    ]);
    // The first 10家 re-reads the untouched proposal; the second only moves the touched one.
    expect(changes.refresh).toEqual([{ id: 1, target: first }]);
    expect(changes.move).toEqual([{ id: 2, span: second.span }]);
    // 100家 of milestone 8 is another text's: this one's 100家 is new, and 8's went.
    expect(changes.add.map((t) => t.span.text)).toEqual(["100家"]);
    // Untouched proposals whose words went go; touched and added targets stay.
    expect([...changes.drop].sort()).toEqual([3, 4]);
  });

  it("tells a task's own words from its milestones'", () => {
    const task = { taskId: 1, milestoneId: null, text: "企业达100家。" };
    const stored = [{ id: 1, taskId: 1, milestoneId: 2, spanText: "100家", untouched: true }];
    const changes = reconcileProposals(stored, [
      { source: task, targets: [read(task.text, "100家", 100)] },
    ]);
    expect(changes.add).toHaveLength(1);
    expect(changes.drop).toEqual([1]);
  });
});
