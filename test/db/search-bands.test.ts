import { sql } from "kysely";
import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { bandOf } from "../../src/db/queries/search-bands.js";
import { SEARCH_KINDS } from "../../src/domain/search-kind.js";
import { freshConfig } from "../support/databases.js";

/** The rowids SQLite's trigram index holds for a phrase. */
const ftsRowids = async (db: ReturnType<typeof openDatabase>, phrase: string): Promise<number[]> =>
  (
    await sql<{
      rowid: number;
    }>`select rowid from search_fts where search_fts match ${`"${phrase}"`}
      order by rowid`.execute(db.kysely)
  ).rows.map((row) => row.rowid);

it("keeps each kind's entries in the band of the trigram index the queries read (SQLite)", async () => {
  const { config, dispose } = await freshConfig("sqlite");
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
    const inserted = [];
    for (const kind of SEARCH_KINDS) {
      const row = await db.kysely
        .insertInto("search_entries")
        .values({ kind, ref_id: 1, body: `带状索引${kind}`, norm: `带状索引${kind}` })
        .returning("id")
        .executeTakeFirstOrThrow();
      inserted.push({ kind, id: row.id });
    }
    expect(await ftsRowids(db, "带状索引")).toEqual(
      inserted.map(({ kind, id }) => bandOf(kind).first + id),
    );
    // Changed and removed entries leave nothing behind in their band.
    const [first, second] = inserted;
    if (first === undefined || second === undefined) throw new Error("no entries");
    await db.kysely
      .updateTable("search_entries")
      .set({ norm: "另一段文字" })
      .where("id", "=", first.id)
      .execute();
    await db.kysely.deleteFrom("search_entries").where("id", "=", second.id).execute();
    expect(await ftsRowids(db, "带状索引")).toHaveLength(SEARCH_KINDS.length - 2);
    expect(await ftsRowids(db, "另一段文字")).toEqual([bandOf(first.kind).first + first.id]);
  } finally {
    await db.close();
    await dispose();
  }
});
