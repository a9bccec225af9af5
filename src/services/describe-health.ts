import type { Database } from "../db/database.js";
import { migrationState } from "../db/migrate.js";
import { VERSION } from "../version.js";
import { describeDemo, type DemoInfo } from "./demo/demo-database.js";

export interface Health {
  readonly status: "ok";
  readonly version: string;
  readonly database: Database["dialect"];
  readonly migrations: { readonly applied: string[]; readonly pending: string[] };
  /** Set when the database holds the demo: its day and its accounts. */
  readonly demo: DemoInfo | null;
}

/** What an instance says about itself; reading the migration table also proves the database answers. */
export const describeHealth = async (db: Database): Promise<Health> => {
  const { applied, pending } = await migrationState(db);
  return {
    status: "ok",
    version: VERSION,
    database: db.dialect,
    migrations: { applied: [...applied], pending: [...pending] },
    demo: await describeDemo(db),
  };
};
