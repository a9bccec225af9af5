import { describe, expect, it } from "vitest";
import { exportHref } from "../../web/src/plan/export-href.js";
import { NO_FILTERS } from "../../web/src/plan/plan-query.js";

const queryOf = (href: string): Record<string, string> => {
  const url = new URL(href, "http://duban.test");
  expect(url.pathname).toBe("/api/plans/3/export");
  return Object.fromEntries(url.searchParams);
};

describe("the plan table's export link", () => {
  it("asks for the whole plan without filters", () => {
    expect(queryOf(exportHref(3, NO_FILTERS, "docx", true))).toEqual({ format: "docx" });
  });

  it("carries every filter under the export's names", () => {
    const href = exportHref(
      3,
      {
        unitId: 7,
        unitRole: "cooperating",
        status: "overdue",
        month: "2022-06",
        text: "研发",
        asOf: "2022-06-30",
      },
      "csv",
      true,
    );
    expect(queryOf(href)).toEqual({
      format: "csv",
      responsible: "7",
      role: "cooperating",
      status: "overdue",
      text: "研发",
      asOf: "2022-06-30",
      dueFrom: "2022-06-01",
      dueTo: "2022-06-30",
    });
  });

  it("makes a unit filtered as lead its 牵头部分 where the viewer may have it, else a filter", () => {
    const lead = { ...NO_FILTERS, unitId: 7, unitRole: "lead" as const };
    expect(queryOf(exportHref(3, lead, "xlsx", true))).toEqual({ format: "xlsx", unit: "7" });
    expect(queryOf(exportHref(3, lead, "xlsx", false))).toEqual({
      format: "xlsx",
      responsible: "7",
      role: "lead",
    });
  });
});
