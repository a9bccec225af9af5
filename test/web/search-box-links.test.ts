import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../../web/src/plan/plan-query.js";
import { filtersOfLink, planTableLink } from "../../web/src/search/plan-table-link.js";
import { positionOf } from "../../web/src/search/search-answer.js";
import { targetOf } from "../../web/src/search/search-target.js";
import { searchHit } from "../support/search-hit.js";

describe("where a search result opens", () => {
  it("opens a task in the plan table filtered by its 序号", () => {
    expect(targetOf(searchHit({}))).toBe("/plan?q=204");
  });

  it("opens a milestone and every record on one on the milestone page", () => {
    for (const kind of ["milestone", "report", "review", "file", "instruction", "answer"] as const)
      expect(targetOf(searchHit({ kind, milestoneId: 31, milestoneSeq: 2 }))).toBe(
        "/milestones/31",
      );
  });

  it("opens an instruction on a whole task in the table, a unit in the table filtered by it", () => {
    expect(targetOf(searchHit({ kind: "instruction" }))).toBe("/plan?q=204");
    expect(targetOf(searchHit({ kind: "unit", plan: null, taskNo: null, unitId: 7 }))).toBe(
      "/plan?unit=7",
    );
  });

  it("numbers a result as the table does", () => {
    expect(positionOf(searchHit({}))).toBe("204");
    expect(positionOf(searchHit({ milestoneSeq: 3 }))).toBe("204（3）");
    expect(positionOf(searchHit({ kind: "unit", taskNo: null }))).toBeNull();
  });
});

describe("the plan table's link filters", () => {
  it("reads back what the search box links to", () => {
    expect(filtersOfLink(new URL(planTableLink({ q: "204" }), "http://d.test").search)).toEqual({
      ...NO_FILTERS,
      text: "204",
    });
    expect(filtersOfLink("?unit=7")).toEqual({ ...NO_FILTERS, unitId: 7 });
  });

  it("opens unfiltered without a link, and ignores a unit that is no id", () => {
    expect(filtersOfLink("")).toEqual(NO_FILTERS);
    expect(filtersOfLink("?unit=abc&q=%20")).toEqual(NO_FILTERS);
    expect(filtersOfLink("?unit=-3")).toEqual(NO_FILTERS);
  });
});
