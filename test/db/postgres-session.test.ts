import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { freshConfig, testDialects } from "../support/databases.js";

const setting = async (db: ReturnType<typeof openDatabase>, name: "jit" | "search_path") => {
  const { rows } = await sql<{ value: string }>`select current_setting(${name}) as value`.execute(
    db.kysely,
  );
  return rows[0]?.value;
};

describe.runIf(testDialects().includes("postgres"))("a PostgreSQL session's settings", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("compiles no statement just in time, in its own schema", async () => {
    const { config, dispose } = await freshConfig("postgres");
    cleanups.push(dispose);
    const db = openDatabase(config);
    cleanups.push(() => db.close());
    expect(await setting(db, "jit")).toBe("off");
    expect(config.kind === "postgres" ? config.schema : undefined).toBe(
      await setting(db, "search_path"),
    );
  });
});
