import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { dubanFor } from "../support/cli-database.js";
import { describeEachDatabase } from "../support/databases.js";
import { fixturePath } from "../support/fixtures.js";

describeEachDatabase("duban audit", ({ open }) => {
  it("lists the log with names, filters it, and writes it as CSV", async () => {
    const db = await open();
    const duban = dubanFor(db.config);
    const dir = await mkdtemp(join(tmpdir(), "duban-audit-"));
    try {
      expect((await duban("import", fixturePath("seed-2022-kjj.docx"))).code).toBe(0);
      const listed = await duban("audit");
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).toContain("导入计划");
      expect(listed.stdout).toContain("操作人");

      const json = await duban("audit", "--object", "plan", "--json");
      expect(json.code, json.stderr).toBe(0);
      const { items } = JSON.parse(json.stdout) as { items: { action: string }[] };
      expect(items.map((entry) => entry.action)).toEqual(["plan.imported"]);
      const future = JSON.parse(
        (await duban("audit", "--from", "2099-01-01", "--json")).stdout,
      ) as {
        total: number;
      };
      expect(future.total).toBe(0);

      const file = join(dir, "audit.csv");
      const written = await duban("audit", "--action", "plan.imported", "--csv", "-o", file);
      expect(written.code, written.stderr).toBe(0);
      const csv = (await readFile(file)).toString("utf8");
      expect(
        csv.startsWith("\uFEFF时间,操作人,单位,登录方式,操作,对象,对象编号,操作前,操作后\r\n"),
      ).toBe(true);
      expect(csv.split("\r\n")[1]).toContain(",导入计划,计划,");

      const nobody = await duban("audit", "--user", "nobody", "--lang", "en");
      expect(nobody.code).toBe(1);
      expect(nobody.stderr).toContain("there is no user nobody");
      expect((await duban("audit", "--limit", "201")).code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
