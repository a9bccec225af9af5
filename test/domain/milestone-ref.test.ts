import { describe, expect, it } from "vitest";
import { parseMilestoneRef, parseTableNumber } from "../../src/domain/milestone-ref.js";

describe("a 序号 as typed", () => {
  it("reads a task number, with or without its step, in either bracket width", () => {
    expect(parseTableNumber("204")).toEqual({ taskNo: 204, seq: null });
    expect(parseTableNumber("205（3）")).toEqual({ taskNo: 205, seq: 3 });
    expect(parseTableNumber(" 205 ( 3 ) ")).toEqual({ taskNo: 205, seq: 3 });
    expect(parseTableNumber("２０５（３）")).toEqual({ taskNo: 205, seq: 3 });
    for (const text of ["", "2.7%", "205（", "（3）", "205（3）节点", "1234567"]) {
      expect(parseTableNumber(text), text).toBeNull();
    }
  });

  it("names a milestone only with its step", () => {
    expect(parseMilestoneRef("205(3)")).toEqual({ taskNo: 205, seq: 3 });
    expect(parseMilestoneRef("205")).toBeNull();
  });
});
