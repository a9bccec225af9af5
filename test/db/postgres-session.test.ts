import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { freshConfig, testDialects } from "../support/databases.js";

const setting = async (
  db: ReturnType<typeof openDatabase>,
  name: "jit" | "search_path" | "statement_timeout",
) => {
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

  it("keeps its settings beside those the URL's own options ask for", async () => {
    const { config, dispose } = await freshConfig("postgres");
    cleanups.push(dispose);
    if (config.kind !== "postgres") throw new Error("a PostgreSQL configuration was expected");
    const url = new URL(config.url);
    url.searchParams.set("options", "-c statement_timeout=12345");
    const db = openDatabase({ ...config, url: url.toString() });
    cleanups.push(() => db.close());
    expect(await setting(db, "statement_timeout")).toBe("12345ms");
    expect(await setting(db, "jit")).toBe("off");
    expect(await setting(db, "search_path")).toBe(config.schema);
  });
});
