import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../src/db/config.js";
import { openDatabase } from "../../src/db/database.js";
import { dubanFor } from "../support/cli-database.js";
import { testDialects } from "../support/databases.js";
import { previousReleaseDatabase } from "../support/previous-release.js";

const COUNTED = [
  "plans",
  "tasks",
  "milestones",
  "milestone_events",
  "milestone_requests",
  "attachments",
  "instructions",
  "targets",
  "users",
  "kysely_migration",
] as const;

/** Rows per table, read without migrating. */
const counts = async (config: DatabaseConfig): Promise<Record<string, number>> => {
  const db = openDatabase(config);
  try {
    const entries = await Promise.all(
      COUNTED.map(async (table) => {
        const { rows } = await sql<{
          n: number | string;
        }>`select count(*) as n from ${sql.table(table)}`.execute(db.kysely);
        return [table, Number(rows[0]?.n)] as const;
      }),
    );
    return Object.fromEntries(entries);
  } finally {
    await db.close();
  }
};

const REPORT_TEXT = "旧版本写入的进展";

for (const dialect of testDialects()) {
  describe(`a database written by the previous release [${dialect}]`, () => {
    it("is listed by migrate --dry-run unchanged, then upgrades, passes check and keeps every record", async () => {
      const { config, dispose } = await previousReleaseDatabase(dialect);
      try {
        const duban = dubanFor(config);
        const before = await counts(config);
        expect(before.plans).toBeGreaterThan(0);
        expect(before.attachments).toBeGreaterThan(0);
        expect(before.kysely_migration).toBe(23);
        const bytes = config.kind === "sqlite" ? readFileSync(config.file) : undefined;

        const dry = await duban("migrate", "--dry-run", "--json");
        expect(dry.code, dry.stderr).toBe(0);
        const listed = JSON.parse(dry.stdout) as { dryRun: boolean; pending: string[] };
        expect(listed.dryRun).toBe(true);
        expect(listed.pending[0]).toBe("0024-search-by-kind");
        expect(await counts(config)).toEqual(before);
        if (config.kind === "sqlite")
          expect(readFileSync(config.file).equals(bytes ?? Buffer.alloc(0))).toBe(true);

        const migrated = await duban("migrate", "--json");
        expect(migrated.code, migrated.stderr).toBe(0);
        expect((JSON.parse(migrated.stdout) as { migrated: string[] }).migrated).toEqual(
          listed.pending,
        );
        const checked = await duban("check", "--json");
        expect(checked.code, checked.stdout).toBe(0);

        const after = await counts(config);
        expect({ ...after, kysely_migration: 0 }).toEqual({ ...before, kysely_migration: 0 });
        expect(after.kysely_migration).toBe(23 + listed.pending.length);

        const found = await duban("search", REPORT_TEXT, "--json");
        expect(found.code, found.stderr).toBe(0);
        const items = (JSON.parse(found.stdout) as { items: { kind: string; snippet: string }[] })
          .items;
        expect(items.some((item) => item.snippet.includes(REPORT_TEXT))).toBe(true);
      } finally {
        await dispose();
      }
    });

    it("is refused, unchanged, by a Duban older than the database", async () => {
      const { config, dispose } = await previousReleaseDatabase(dialect);
      try {
        const duban = dubanFor(config, { DUBAN_LANG: "en" });
        expect((await duban("migrate")).code).toBe(0);
        const db = openDatabase(config);
        await sql`insert into kysely_migration (name, timestamp) values ('9999-from-a-newer-duban', '2099-01-01T00:00:00.000Z')`.execute(
          db.kysely,
        );
        await db.close();
        const before = await counts(config);
        const bytes = config.kind === "sqlite" ? readFileSync(config.file) : undefined;

        for (const args of [
          ["serve", "--port", "0"],
          ["migrate"],
          ["migrate", "--dry-run"],
          ["check"],
          ["plans"],
        ]) {
          const run = await duban(...args);
          expect(run.code, args.join(" ")).toBe(1);
          expect(run.stderr, args.join(" ")).toContain(
            "error [migrations_unknown] DATABASE_URL: the database was upgraded by a newer Duban: this version does not know its migrations 9999-from-a-newer-duban",
          );
          expect(run.stderr).toContain("Upgrade Duban to a version that has them");
          expect(run.stderr).not.toContain("corrupted migrations");
        }
        const checked = await duban("config", "check", "--json");
        expect(checked.code).toBe(1);
        expect(checked.stdout).toContain('"kind": "migrations_unknown"');
        expect(await counts(config)).toEqual(before);
        if (config.kind === "sqlite")
          expect(readFileSync(config.file).equals(bytes ?? Buffer.alloc(0))).toBe(true);
      } finally {
        await dispose();
      }
    });
  });
}
