import { describe, expect, it } from "vitest";
import {
  bulletinPeriod,
  bulletinTitle,
  chineseDay,
  formatPercent,
  latestProgressText,
  progressStatusText,
  summaryText,
} from "../../src/domain/bulletin-words.js";
import { rankUnits, type BulletinUnitLine } from "../../src/domain/progress-bulletin.js";
import { rollUp } from "../../src/domain/status-rollup.js";

describe("the words of a progress bulletin", () => {
  it("writes days and percentages as offices do", () => {
    expect(chineseDay("2022-06-30")).toBe("6月30日");
    expect(chineseDay("2022-01-05")).toBe("1月5日");
    expect(formatPercent(3 / 38)).toBe("7.9%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(2 / 3)).toBe("66.7%");
    expect(formatPercent(null)).toBe("—");
  });

  it("names the period a quarter's or a month's last day closes, and none otherwise", () => {
    expect(bulletinPeriod("2022-03-31")).toBe("2022年第一季度");
    expect(bulletinPeriod("2022-06-30")).toBe("2022年第二季度");
    expect(bulletinPeriod("2022-12-31")).toBe("2022年全年");
    expect(bulletinPeriod("2022-05-31")).toBe("2022年5月份");
    expect(bulletinPeriod("2024-02-29")).toBe("2024年2月份");
    expect(bulletinPeriod("2022-02-28")).toBe("2022年2月份");
    expect(bulletinPeriod("2022-06-29")).toBeNull();
  });

  it("titles the bulletin with its subject and day", () => {
    expect(bulletinTitle(2022, "市科技局", "2022-06-30")).toBe(
      "2022年市科技局重点工作任务进展情况通报（截至6月30日）",
    );
    expect(bulletinTitle(2023, null, "2023-09-15")).toBe(
      "2023年重点工作任务进展情况通报（截至9月15日）",
    );
  });

  const done = (late: boolean) => ({
    status: "done" as const,
    light: "green" as const,
    due: "2022-06-30",
    completedOn: "2022-06-01",
    late,
  });
  const open = (status: "overdue" | "due_soon" | "in_progress" | "not_started") => ({
    status,
    light: "green" as const,
    due: "2022-06-30",
    completedOn: null,
    late: null,
  });

  it("sums the figures up in one paragraph: tasks, then milestones with their rates", () => {
    const milestones = rollUp([
      done(false),
      done(true),
      open("overdue"),
      open("due_soon"),
      open("in_progress"),
      open("not_started"),
    ]);
    expect(
      summaryText({
        asOf: "2022-06-30",
        unit: null,
        tasks: { total: 3, done: 1, inProgress: 1, overdue: 1 },
        milestones,
        cooperating: null,
        openInstructions: 0,
      }),
    ).toBe(
      "截至6月30日，3项重点工作任务中已完成1项，正在推进1项，逾期1项；6个节点计划中已完成2个，" +
        "正在推进1个，即将到期1个，逾期1个，未启动1个，完成率33.3%，按时完成率50%。",
    );
  });

  it("speaks of a unit's share, what it cooperates on, and open instructions", () => {
    expect(
      summaryText({
        asOf: "2022-03-31",
        unit: "市科技局",
        tasks: { total: 1, done: 0, inProgress: 1, overdue: 0 },
        milestones: rollUp([open("in_progress")]),
        cooperating: 4,
        openInstructions: 2,
      }),
    ).toBe(
      "截至3月31日，市科技局承担的1项重点工作任务中已完成0项，正在推进1项，逾期0项；" +
        "牵头的1个节点计划中已完成0个，正在推进1个，即将到期0个，逾期0个，未启动0个，完成率0%。" +
        "另配合推进节点计划4个。领导批示尚未办结2件。",
    );
  });

  it("says where a milestone stands and what was last reported", () => {
    const asOf = "2022-06-30";
    const base = { due: "2022-06-30", completedOn: null, latest: null };
    expect(progressStatusText({ ...base, status: "done", completedOn: "2022-04-14" }, asOf)).toBe(
      "已完成（4月14日）",
    );
    expect(progressStatusText({ ...base, status: "overdue", due: "2022-03-31" }, asOf)).toBe(
      "逾期91天",
    );
    expect(progressStatusText({ ...base, status: "due_soon" }, asOf)).toBe("临期（今日到期）");
    expect(progressStatusText({ ...base, status: "due_soon", due: "2022-07-05" }, asOf)).toBe(
      "临期（还剩5天）",
    );
    expect(progressStatusText({ ...base, status: "in_progress" }, asOf)).toBe("推进中");
    expect(progressStatusText({ ...base, status: "not_started" }, asOf)).toBe("未启动");
    expect(latestProgressText({ ...base, status: "in_progress" })).toBe("");
    expect(
      latestProgressText({
        ...base,
        status: "in_progress",
        latest: { on: "2022-06-23", text: "按计划推进。" },
      }),
    ).toBe("按计划推进。（6月23日报送）");
  });
});

describe("the units' ranking", () => {
  const line = (unit: string, responsible: number, done: number, overdue: number) =>
    ({
      unit,
      responsible,
      done,
      onTime: done,
      overdue,
      completionRate: responsible === 0 ? null : done / responsible,
    }) satisfies BulletinUnitLine;

  it("puts the highest completion rate first, then the fewest overdue, leaving out units leading nothing", () => {
    const ranked = rankUnits([
      line("市统计局", 4, 1, 0),
      line("市税务局", 0, 0, 0),
      line("市科技局", 10, 5, 2),
      line("市金融局", 2, 1, 0),
      line("市审计局", 3, 3, 0),
    ]);
    expect(ranked.map((l) => l.unit)).toEqual(["市审计局", "市金融局", "市科技局", "市统计局"]);
  });
});
