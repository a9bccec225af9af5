import { describe, expect, it } from "vitest";
import {
  medianRemainder,
  statementKey,
  statementLabel,
  statementParts,
  statementsMs,
} from "../../bench/time-split.js";

describe("statementKey", () => {
  it("makes one statement of texts that differ only in the length of a list of bound values", () => {
    expect(statementKey('select "id" from "units" where "id" in (?, ?, ?)')).toBe(
      statementKey('select "id" from "units" where "id" in (?)'),
    );
    expect(statementKey('select "id" from "units" where "id" in ($1, $2) and "x" = $3')).toBe(
      statementKey('select "id" from "units" where "id" in ($1, $2, $3, $4) and "x" = $5'),
    );
  });

  it("keeps statements apart that differ in anything else", () => {
    expect(statementKey('select "id" from "units" where "id" = ?')).not.toBe(
      statementKey('select "name" from "units" where "id" = ?'),
    );
  });
});

describe("statementLabel", () => {
  it("names the verb and the tables read, each once, in order", () => {
    expect(
      statementLabel(
        'select "m"."id" from "milestones" as "m" inner join "units" on "units"."id" = "m"."unit_id" ' +
          'where exists (select 1 from "milestones" where "id" = ?)',
      ),
    ).toBe("select milestones, units");
  });

  it("reads unquoted names and written tables, and leaves out subqueries", () => {
    expect(statementLabel("with rated as (select * from (select 1) x) select * from rated")).toBe(
      "with rated",
    );
    expect(statementLabel('update "api_tokens" set "last_used_at" = ?')).toBe("update api_tokens");
    expect(statementLabel('insert into "audit" ("at") values (?)')).toBe("insert audit");
  });
});

describe("statementParts", () => {
  const a = 'select * from "plans" where "id" = ?';
  const b = 'select * from "units" where "id" in (?, ?)';
  const bLonger = 'select * from "units" where "id" in (?, ?, ?)';
  const aOther = 'select "name" from "plans" where "id" = ?';

  it("sums a statement within a run and takes the median over runs, 0 where a run lacks it", () => {
    const parts = statementParts([
      [
        { sql: a, ms: 1 },
        { sql: b, ms: 2 },
        { sql: bLonger, ms: 3 },
      ],
      [{ sql: a, ms: 2 }],
      [
        { sql: a, ms: 4 },
        { sql: b, ms: 1 },
      ],
    ]);
    expect(parts).toEqual([
      { label: "select plans", count: 1, medianMs: 2 },
      { label: "select units", count: 2, medianMs: 1 },
    ]);
  });

  it("numbers statements that share a label, in the order first seen", () => {
    const parts = statementParts([[{ sql: aOther, ms: 1 }], [{ sql: a, ms: 2 }]]);
    expect(parts.map((p) => p.label)).toEqual(["select plans", "select plans (#2)"]);
  });
});

describe("medianRemainder", () => {
  it("takes the parts off each run's total before the median, so runs pair up", () => {
    expect(
      medianRemainder(
        [10, 20, 30],
        [
          [1, 12, 3],
          [2, 2, 20],
        ],
      ),
    ).toBe(7);
  });
});

describe("statementsMs", () => {
  it("adds a run's statement times", () => {
    expect(
      statementsMs([
        { sql: "a", ms: 1.5 },
        { sql: "b", ms: 2 },
      ]),
    ).toBe(3.5);
  });
});
