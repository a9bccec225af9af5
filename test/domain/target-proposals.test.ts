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

/** A stored target read from `words` at offset 0 (so that any other place moves it). */
const stored = (id: number, milestoneId: number, words: string | null, untouched: boolean) => ({
  id,
  taskId: 1,
  milestoneId,
  reading: words === null ? null : read(words, words, Number.parseInt(words, 10)),
  untouched,
});

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
    const targets = [
      stored(1, 7, "10家", true),
      stored(2, 7, "10家", false),
      stored(3, 8, "100家", true),
      stored(4, 7, "200家", true),
      stored(5, 7, "300家", false),
      stored(6, 7, null, false),
    ];
    const first = read(source.text, "10家", 10);
    const second = { ...first, span: { start: 9, end: 12, text: "10家" } };
    const changes = reconcileProposals(targets, [
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

  it("writes nothing for a text read as before", () => {
    const source = milestone(7, "10家");
    const again = reconcileProposals(
      [stored(1, 7, "10家", true), { ...stored(2, 7, "10家", false) }],
      [{ source, targets: [read(source.text, "10家", 10), read(source.text, "10家", 10)] }],
    );
    expect(again).toEqual({ add: [], refresh: [], move: [], drop: [] });
    const reread = reconcileProposals(
      [stored(1, 7, "10家", true)],
      [{ source, targets: [{ ...read(source.text, "10家", 10), subject: "机构" }] }],
    );
    expect(reread.refresh.map((r) => r.id)).toEqual([1]);
    // The same words read with another baseline ("从20家提高至…" now states one) are read again.
    const based = reconcileProposals(
      [stored(1, 7, "10家", true)],
      [{ source, targets: [{ ...read(source.text, "10家", 10), baseline: 5 }] }],
    );
    expect(based.refresh.map((r) => r.id)).toEqual([1]);
  });

  it("tells a task's own words from its milestones'", () => {
    const task = { taskId: 1, milestoneId: null, text: "企业达100家。" };
    const changes = reconcileProposals(
      [stored(1, 2, "100家", true)],
      [{ source: task, targets: [read(task.text, "100家", 100)] }],
    );
    expect(changes.add).toHaveLength(1);
    expect(changes.drop).toEqual([1]);
  });
});
