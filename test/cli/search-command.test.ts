import { expect, it } from "vitest";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

interface SearchJson {
  readonly query: string;
  readonly items: readonly {
    readonly kind: string;
    readonly taskNo: number | null;
    readonly milestoneSeq: number | null;
    readonly snippet: string;
    readonly highlights: readonly { readonly start: number; readonly length: number }[];
  }[];
  readonly totals: Readonly<Record<string, number>>;
}

describeEachDatabase("duban search", ({ open }) => {
  it("prints what it finds as a table with the matches marked, or as JSON", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);

    const json = await duban("search", "205（3）", "--plan", "1", "--json");
    expect(json.code, json.stderr).toBe(0);
    const found = JSON.parse(json.stdout) as SearchJson;
    expect(found.query).toBe("205(3)");
    expect(found.items[0]).toMatchObject({ kind: "milestone", taskNo: 205, milestoneSeq: 3 });

    const text = await duban("search", "科技", "--kind", "task", "--limit", "3");
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("类别");
    expect(text.stdout).toContain("【科技】");
    expect(text.stdout).toMatch(/共找到：任务 \d+\n$/);

    const english = await duban("search", "档案馆不存在", "--lang", "en");
    expect(english.stdout).toBe("Nothing found.\n");

    const reindexed = await duban("search", "--reindex", "--json");
    expect(reindexed.code, reindexed.stderr).toBe(0);
    expect((JSON.parse(reindexed.stdout) as { indexed: number }).indexed).toBeGreaterThan(38);
  });

  it("names the option at fault", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    const blank = await duban("search", "  ");
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain("请输入要查找的内容");
    const plan = await duban("search", "科技", "--plan", "7");
    expect(plan.code).not.toBe(0);
    expect(plan.stderr).toContain("没有编号为 7 的计划");
    const kind = await duban("search", "科技", "--kind", "everything");
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("task, milestone");
    const none = await duban("search");
    expect(none.code).toBe(1);
  });
});
