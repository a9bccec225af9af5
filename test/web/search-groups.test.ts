import { afterEach, describe, expect, it, vi } from "vitest";
import type { SearchAnswer, SearchHit, SearchKind } from "../../web/src/search/search-answer.js";
import { PER_KIND, searchGrouped } from "../../web/src/search/search-groups.js";
import { searchHit } from "../support/search-hit.js";

const hits = (kind: SearchKind, count: number): SearchHit[] =>
  Array.from({ length: count }, (_, i) =>
    searchHit({ kind, refId: i + 1, snippet: "培训", highlights: [{ start: 0, length: 2 }] }),
  );

/** Answers each GET /api/search by its `kind`, and records what was asked. */
const serve = (answer: (query: URLSearchParams) => SearchAnswer) => {
  const asked: URLSearchParams[] = [];
  vi.stubGlobal("fetch", (path: string) => {
    const query = new URL(path, "http://duban.test").searchParams;
    asked.push(query);
    return Promise.resolve(Response.json(answer(query)));
  });
  return asked;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the search box's groups", () => {
  it("asks a plan's ranked page, and the units (of no plan) apart", async () => {
    const asked = serve((query): SearchAnswer =>
      query.get("kind") === "unit"
        ? { query: "培训", items: hits("unit", 1), totals: { unit: 1 }, totalsCapped: false }
        : {
            query: "培训",
            items: [...hits("milestone", 3), ...hits("report", 2)],
            totals: { milestone: 3, unit: 0, report: 2 },
            totalsCapped: false,
          },
    );
    const { groups, capped } = await searchGrouped("培训", 4);
    expect(asked.map((query) => Object.fromEntries(query))).toEqual([
      { q: "培训", limit: String(PER_KIND * 8), plan: "4" },
      { q: "培训", limit: String(PER_KIND), kind: "unit" },
    ]);
    expect(groups.map((group) => [group.kind, group.hits.length, group.total])).toEqual([
      ["milestone", 3, 3],
      ["unit", 1, 1],
      ["report", 2, 2],
    ]);
    expect(capped).toBe(false);
  });

  it("asks for a kind on its own when higher kinds crowded it out, and keeps the totals", async () => {
    const crowded: SearchAnswer = {
      query: "培",
      items: hits("task", PER_KIND * 8),
      totals: { task: 900, report: 30 },
      totalsCapped: true,
    };
    const reports: SearchAnswer = {
      query: "培",
      items: hits("report", PER_KIND),
      totals: { report: 30 },
      totalsCapped: false,
    };
    const asked = serve((query) => (query.get("kind") === "report" ? reports : crowded));
    const { groups, capped } = await searchGrouped("培", null);
    // Every plan: units come in the ranked page, only the crowded-out reports are asked apart.
    expect(asked).toHaveLength(2);
    expect(asked[1]?.get("kind")).toBe("report");
    expect(asked[1]?.get("limit")).toBe(String(PER_KIND));
    expect(asked[1]?.has("plan")).toBe(false);
    expect(groups.map((group) => [group.kind, group.hits.length, group.total])).toEqual([
      ["task", PER_KIND, 900],
      ["report", PER_KIND, 30],
    ]);
    expect(capped).toBe(true);
  });
});
