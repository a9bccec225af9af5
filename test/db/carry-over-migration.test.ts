import { sql } from "kysely";
import { expect, it } from "vitest";
import * as carryOver from "../../src/db/migrations/0025-carry-over.js";
import { categoryOfTitle } from "../../src/domain/plan-grouping.js";
import { describeEachDatabase } from "../support/databases.js";

const NOW = "2026-12-01T01:00:00.000Z";

const TITLES = [
  "2022年市政府重点工作任务分解表（市科技局牵头部分）",
  "2023年政府工作报告重点工作任务分工方案",
  "2023年市政府民生实事项目分解表",
  "2023年优化营商环境工作要点",
];

describeEachDatabase("migration 0025-carry-over", ({ open }) => {
  it("files the plans stored before under the category their titles imply, as imports do", async () => {
    const db = await open();
    await carryOver.down(db.kysely);
    for (const [index, title] of TITLES.entries()) {
      await sql`insert into plans (plan_key, year, issuer, kind, title, current_revision, created_at, updated_at)
        values (${`k${String(index)}`}, 2023, null, 'master', ${title}, 1, ${NOW}, ${NOW})`.execute(
        db.kysely,
      );
    }
    await carryOver.up(db.kysely);
    const rows = await db.kysely
      .selectFrom("plans")
      .select(["title", "category"])
      .orderBy("id")
      .execute();
    expect(rows.map((row) => row.category)).toEqual(TITLES.map(categoryOfTitle));
    expect(rows.map((row) => row.category)).toEqual([
      "政府工作报告",
      "政府工作报告",
      "民生实事",
      "专项工作",
    ]);
  });
});
