import { describe, expect, it } from "vitest";
import type { Target, TargetActual, TargetMeasure } from "../../src/domain/target.js";
import { meetsTarget, targetProgress, valueToReach } from "../../src/domain/target-progress.js";

const target = (measure: TargetMeasure): Target => ({
  subject: "企业技术需求",
  measure,
  unitOfMeasure: "项",
});

const atLeast300 = target({ comparison: "at_least", value: 300 });
const moreThan300 = target({ comparison: "more_than", value: 300 });

// Ten days from the start to 1-11, twenty more to the deadline: an actual of
// 100 on 1-11 with nothing before it projects 300 for the deadline.
const window = { start: "2022-01-01", deadline: "2022-01-31", asOf: "2022-01-21" };

const actual = (asOf: string, value: number): TargetActual => ({ asOf, value });

describe("targetProgress: met, by comparison", () => {
  it.each<[TargetMeasure, number, boolean]>([
    [{ comparison: "at_least", value: 300 }, 300, true],
    [{ comparison: "at_least", value: 300 }, 299, false],
    [{ comparison: "reach", value: 530 }, 530, true],
    [{ comparison: "reach", value: 530 }, 529.9, false],
    [{ comparison: "more_than", value: 530 }, 530, false],
    [{ comparison: "more_than", value: 530 }, 531, true],
    [{ comparison: "range", low: 20, high: 30 }, 20, true],
    [{ comparison: "range", low: 20, high: 30 }, 19, false],
    [{ comparison: "at_most", value: 5.5 }, 5.5, true],
    [{ comparison: "at_most", value: 5.5 }, 5.6, false],
  ])("%j with %d: met %s", (measure, value, met) => {
    const progress = targetProgress(target(measure), [actual("2022-01-11", value)], window);
    expect(progress.met).toBe(met);
    if (met) expect(progress.light).toBe("green");
  });

  it("reaches for the low end of a range", () => {
    expect(valueToReach(target({ comparison: "range", low: 20, high: 30 }))).toBe(20);
    expect(meetsTarget("range", 25, 20)).toBe(true);
  });
});

describe("targetProgress: nothing reported", () => {
  it("has no light, ratio or projection", () => {
    expect(targetProgress(atLeast300, [], window)).toEqual({
      latest: null,
      ratio: null,
      projected: null,
      met: false,
      light: null,
    });
  });

  it("does not know an actual dated after the day asked for", () => {
    const progress = targetProgress(atLeast300, [actual("2022-01-22", 400)], window);
    expect(progress.latest).toBeNull();
    expect(progress.light).toBeNull();
  });
});

describe("targetProgress: the projection to the deadline", () => {
  it("runs from 0 at the start through a single actual", () => {
    const progress = targetProgress(atLeast300, [actual("2022-01-11", 100)], window);
    expect(progress).toEqual({
      latest: actual("2022-01-11", 100),
      ratio: 100 / 300,
      projected: 300,
      met: false,
      light: "green",
    });
  });

  it("runs from the baseline at the start through a single actual", () => {
    const progress = targetProgress(atLeast300, [actual("2022-01-11", 250)], {
      ...window,
      baseline: 200,
    });
    expect(progress.projected).toBe(350);
    expect(progress.light).toBe("green");
  });

  it("runs through the first and the latest actual when there are two or more, baseline or not", () => {
    const actuals = [
      actual("2022-01-21", 150),
      actual("2022-01-11", 100),
      actual("2022-01-16", 140),
    ];
    expect(targetProgress(atLeast300, actuals, window).projected).toBe(200);
    expect(targetProgress(atLeast300, actuals, { ...window, baseline: 90 }).projected).toBe(200);
    expect(targetProgress(atLeast300, actuals, window).latest).toEqual(actual("2022-01-21", 150));
  });

  it("takes the later-listed of two actuals on one day, projected as a single actual", () => {
    const progress = targetProgress(
      atLeast300,
      [actual("2022-01-11", 80), actual("2022-01-11", 100)],
      window,
    );
    expect(progress.latest).toEqual(actual("2022-01-11", 100));
    expect(progress.projected).toBe(300);
  });

  it("has no projection when the only actual is dated on the start, and shows yellow", () => {
    const progress = targetProgress(atLeast300, [actual("2022-01-01", 100)], window);
    expect(progress.projected).toBeNull();
    expect(progress.light).toBe("yellow");
  });
});

describe("targetProgress: the light", () => {
  it.each<[string, Target, number, "green" | "yellow" | "red"]>([
    ["projected exactly the value (at least)", atLeast300, 100, "green"],
    ["projected just under the value", atLeast300, 99, "yellow"],
    ["projected exactly 90 % of the value", atLeast300, 90, "yellow"],
    ["projected under 90 % of the value", atLeast300, 89, "red"],
    ["projected exactly the value (more than: not met)", moreThan300, 100, "yellow"],
    ["projected over the value (more than)", moreThan300, 101, "green"],
  ])("%s → %s", (_why, goal, value, light) => {
    expect(targetProgress(goal, [actual("2022-01-11", value)], window).light).toBe(light);
  });

  it("is green once met, whatever the projection", () => {
    const falling = [actual("2022-01-11", 400), actual("2022-01-21", 310)];
    const progress = targetProgress(atLeast300, falling, window);
    expect(progress.projected).toBe(220);
    expect(progress.light).toBe("green");
  });

  it("is red past the deadline when not met, and green when met", () => {
    const after = { ...window, asOf: "2022-02-01" };
    expect(targetProgress(atLeast300, [actual("2022-01-31", 299)], after).light).toBe("red");
    expect(targetProgress(atLeast300, [actual("2022-01-31", 300)], after).light).toBe("green");
  });

  it("still projects on the deadline day itself", () => {
    const onDeadline = { ...window, asOf: "2022-01-31" };
    const progress = targetProgress(atLeast300, [actual("2022-01-31", 280)], onDeadline);
    expect(progress.projected).toBe(280);
    expect(progress.light).toBe("yellow");
  });

  it("is green for at most while the latest actual keeps within it and red when not, without projection", () => {
    const cap = target({ comparison: "at_most", value: 5.5 });
    const rising = [actual("2022-01-11", 5.0), actual("2022-01-21", 5.4)];
    expect(targetProgress(cap, rising, window)).toEqual({
      latest: actual("2022-01-21", 5.4),
      ratio: null,
      projected: null,
      met: true,
      light: "green",
    });
    expect(targetProgress(cap, [actual("2022-01-21", 5.6)], window).light).toBe("red");
  });

  it("has no ratio when the value to reach is 0", () => {
    const zero = target({ comparison: "reach", value: 0 });
    expect(targetProgress(zero, [actual("2022-01-11", 0)], window).ratio).toBeNull();
  });
});
