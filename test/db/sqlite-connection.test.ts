import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";

it("keeps SQLite's temporary b-trees in memory, which halves a list page's statement", async () => {
  const dir = mkdtempSync(join(tmpdir(), "duban-sqlite-connection-"));
  const db = openDatabase({ kind: "sqlite", file: join(dir, "duban.sqlite") });
  try {
    if (db.dialect !== "sqlite") throw new Error("expected SQLite");
    // 2: MEMORY (0 is the build's default, 1 FILE).
    expect(db.sqlite.pragma("temp_store", { simple: true })).toBe(2);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
