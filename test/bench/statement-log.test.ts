import { expect, it } from "vitest";
import { statementLog } from "../../bench/statement-log.js";
import { describeEachDatabase } from "../support/databases.js";

describeEachDatabase("statementLog", ({ open }) => {
  it("logs each statement run through it, once, and leaves the database's own Kysely open", async () => {
    const db = await open();
    const log = statementLog(db);
    const before = performance.now();
    await log.db.kysely.selectFrom("units").select("id").where("id", "=", 1).execute();
    await log.db.kysely.selectFrom("plans").select("id").execute();
    const logged = log.take();

    expect(logged.map((s) => s.sql)).toEqual([
      expect.stringMatching(/from "units"/),
      expect.stringMatching(/from "plans"/),
    ]);
    for (const statement of logged) {
      expect(statement.ms).toBeGreaterThanOrEqual(0);
      expect(statement.endedAt).toBeGreaterThanOrEqual(before);
    }
    expect(log.take()).toEqual([]);
    await db.kysely.selectFrom("units").select("id").execute();
    expect(log.take()).toEqual([]);
  });

  it("answers as the database's own Kysely, the same statement again included", async () => {
    const db = await open();
    const log = statementLog(db);
    const query = (kysely: typeof db.kysely) =>
      kysely.selectFrom("units").select("name").orderBy("id").execute();
    const own = await query(db.kysely);
    expect(await query(log.db.kysely)).toEqual(own);
    expect(await query(log.db.kysely)).toEqual(own);
  });
});
