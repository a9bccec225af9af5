import { expect, it } from "vitest";
import { describeEachDatabaseWorld, errorOf, type AccountName } from "../support/http-session.js";

/**
 * GET /api/search on the reference table (plan 1): 市科技局 leads tasks
 * 202–213, 市审计局 cooperates on 203（1）（2） and 205（1）–（7）, 市档案馆 has
 * no part. The service's rules are tested in test/services/search.test.ts;
 * here the contract: the query string, its errors, the answer's shape.
 */

interface SearchBody {
  readonly query: string;
  readonly items: readonly {
    readonly kind: string;
    readonly plan: { readonly id: number; readonly title: string } | null;
    readonly taskNo: number | null;
    readonly milestoneSeq: number | null;
    readonly units: readonly string[];
    readonly snippet: string;
    readonly highlights: readonly { readonly start: number; readonly length: number }[];
  }[];
  readonly totals: Readonly<Record<string, number>>;
}

describeEachDatabaseWorld("GET /api/search", {}, ({ world }) => {
  const get = (who: AccountName | "admin", query: string) =>
    world().client(who).call("GET", `/api/search?${query}`);

  it("answers the ranked items with a total for every kind", async () => {
    const response = await get("supervisor", `q=${encodeURIComponent("205（3）")}&limit=5`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SearchBody>();
    expect(body.query).toBe("205(3)");
    expect(body.items[0]).toMatchObject({
      kind: "milestone",
      plan: { id: world().planId },
      taskNo: 205,
      milestoneSeq: 3,
    });
    expect(body.items.length).toBeLessThanOrEqual(5);
    expect(Object.keys(body.totals).sort()).toEqual(
      ["answer", "file", "instruction", "milestone", "report", "review", "task", "unit"].sort(),
    );

    const text = (await get("supervisor", `q=${encodeURIComponent("科技")}`)).json<SearchBody>();
    for (const item of text.items) {
      for (const { start, length } of item.highlights) {
        expect(item.snippet.slice(start, start + length)).toBe("科技");
      }
    }
  });

  it("narrows a unit's answer to what it stands in", async () => {
    const idle = (await get("idleStaff", `q=${encodeURIComponent("科技")}`)).json<SearchBody>();
    expect(idle.items.every((item) => item.kind === "unit")).toBe(true);
    const audit = (await get("auditStaff", "q=205&kind=task")).json<SearchBody>();
    expect(audit.items).toMatchObject([{ kind: "task", taskNo: 205 }]);
    const other = (await get("auditStaff", "q=204&kind=task")).json<SearchBody>();
    expect(other.items).toEqual([]);
  });

  it("refuses bad input with the field it names", async () => {
    const cases: [string, number, string][] = [
      ["q=%20%20", 400, "querystring.q"],
      [`q=${"x".repeat(101)}`, 400, "querystring.q"],
      ["", 400, "querystring.q"],
      ["q=x&limit=101", 400, "querystring.limit"],
      ["q=x&limit=0", 400, "querystring.limit"],
      ["q=x&kind=everything", 400, "querystring.kind"],
      ["q=x&from=2022-13-01", 400, "querystring.from"],
      ["q=x&from=2022-06-02&to=2022-06-01", 400, "querystring.to"],
      ["q=x&plan=9999", 404, "querystring.plan"],
      ["q=x&unit=9999", 404, "querystring.unit"],
    ];
    for (const [query, status, field] of cases) {
      const response = await get("supervisor", query);
      expect(response.statusCode, `${query}: ${response.body}`).toBe(status);
      expect(errorOf(response).field, query).toBe(field);
    }
    const anonymous = await world().app.inject({ method: "GET", url: "/api/search?q=x" });
    expect(anonymous.statusCode).toBe(401);
  });
});
