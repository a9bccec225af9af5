import { expect, it } from "vitest";
import { findMilestoneKeys } from "../../src/db/queries/milestone-rows.js";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

describeEachDatabase("duban link", ({ open }) => {
  it("prints a link to send, with the server's public address, and refuses a unit with no part", async () => {
    const db = await open();
    const duban = dubanFor(db.config, { DUBAN_PUBLIC_URL: "https://duban.example.gov.cn/" });
    expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
    const keys = await findMilestoneKeys(db.kysely, {});
    const id = (taskNo: number, seq: number) =>
      keys.find((m) => m.taskNo === taskNo && m.seq === seq)?.id ?? -1;

    const made = await duban(
      "link",
      "--milestone",
      id(205, 1),
      "--milestone",
      id(203, 1),
      "--unit",
      "市审计局",
      "--days",
      30,
    );
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^https:\/\/duban\.example\.gov\.cn\/link\/dubanlink_[\w-]{43}\n$/);
    expect(made.stderr).toMatch(/^填报链接 #1：市审计局，2 个节点计划，有效期至 /);

    const json = await dubanFor(db.config)(
      "link",
      "--milestone",
      id(205, 1),
      "--unit",
      "市审计局",
      "--json",
    );
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toContain("未设置 DUBAN_PUBLIC_URL");
    const link = JSON.parse(json.stdout) as { url: string; createdBy: string; standing: string };
    expect(link.url).toMatch(/^\/link\/dubanlink_/);
    expect(link).toMatchObject({ standing: "live" });
    expect(link.createdBy).toMatch(/^cli:/);

    const lead = await duban("link", "--milestone", id(205, 1), "--unit", "市科技局");
    expect(lead.code).toBe(1);
    expect(lead.stderr).toContain("牵头节点计划 205（1）");
    const tooLong = await duban(
      "link",
      "--milestone",
      id(205, 1),
      "--unit",
      "市审计局",
      "--days",
      61,
    );
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toContain("有效天数须是 1 至 60 的整数");
  });
});
