import { parseArgs } from "node:util";
import { databaseConfigFrom } from "../src/db/config.js";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { generateProvince, PROVINCE, SMALL_PROVINCE } from "./province.js";

/**
 * `npx tsx bench/generate-province.ts [--small] [--seed N] TARGET`: fills a
 * new database with a province (province.ts) for trying the server at that
 * size. TARGET is a data directory as `duban serve --data DIR` takes it
 * (its duban.sqlite must not exist yet), or a postgres:// URL (with
 * `?schema=NAME` if wanted) holding no Duban tables yet.
 */

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    small: { type: "boolean", default: false },
    seed: { type: "string", default: "2022" },
  },
});
const [target] = positionals;
if (target === undefined) {
  console.error(
    "usage: npx tsx bench/generate-province.ts [--small] [--seed N] DATA_DIR|postgres://…",
  );
  process.exit(2);
}
const seed = Number(values.seed);
const db = openDatabase(
  databaseConfigFrom(
    { data: target },
    /^postgres(?:ql)?:\/\//.test(target) ? { DATABASE_URL: target } : {},
  ),
);
try {
  await migrateToLatest(db);
  const province = await generateProvince(db, values.small ? SMALL_PROVINCE : PROVINCE, seed);
  const { workflow, ms } = province;
  console.log(
    `plan ${province.planId}: ${province.milestones} milestones, ${workflow.users + 1} accounts, ` +
      `${workflow.ledgerRows} ledger rows, ${workflow.requests} requests, ` +
      `${province.instructions} instructions (${province.responses} answered); ` +
      `import ${Math.round(ms.import)} ms, workflow ${Math.round(ms.workflow)} ms, ` +
      `instructions ${Math.round(ms.instructions)} ms`,
  );
  console.log(`administrator: admin, password ${province.generatedAdminPassword ?? "(given)"}`);
} finally {
  await db.close();
}
