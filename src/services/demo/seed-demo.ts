import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Database } from "../../db/database.js";
import { findUnitByName, insertUnits } from "../../db/queries/units.js";
import { shellActor, userActor, type ApiActor } from "../../policies/actor.js";
import { importPlanFile } from "../import-plan-file.js";
import { createUser } from "../users.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoUsername } from "./demo-accounts.js";
import { DEMO_PLAN_PUBLISHED, HALF_YEAR } from "./demo-script.js";
import { playDemoScript } from "./play-demo-script.js";

/** The reference table shipped in the package (`files` in package.json lists demo/). */
const DEMO_FILE = fileURLToPath(new URL("../../../demo/2022-kjj-reference.docx", import.meta.url));

const DEMO = shellActor("demo");

const unitIdOf = async (db: Database, name: string, now: Date): Promise<number> => {
  const id =
    (await findUnitByName(db.kysely, name))?.id ??
    (await insertUnits(db.kysely, [name], now.toISOString())).get(name);
  if (id === undefined) throw new Error(`could not create the unit ${name}`);
  return id;
};

/** The demo's people, with DEMO_PASSWORD, created as an administrator would (audited). */
const createDemoAccounts = async (
  db: Database,
  now: Date,
): Promise<Map<DemoUsername, ApiActor>> => {
  const actors = new Map<DemoUsername, ApiActor>();
  for (const account of DEMO_ACCOUNTS) {
    const unitId = await unitIdOf(db, account.unit, now);
    const user = await createUser(db, DEMO, { ...account, unitId, password: DEMO_PASSWORD }, now);
    actors.set(account.username, userActor({ ...user, unitId }));
  }
  return actors;
};

/**
 * Fills a database claimed for the demo (demo-database.ts): the reference plan,
 * imported like any table on the first working day of 2022, its people, and
 * the half-year they played on it. Returns the plan's id.
 */
export const seedDemo = async (db: Database): Promise<number> => {
  const { planId } = await importPlanFile(db, {
    bytes: await readFile(DEMO_FILE),
    fileName: "2022-kjj-reference.docx",
    actor: DEMO,
    now: () => DEMO_PLAN_PUBLISHED,
  });
  const actors = await createDemoAccounts(db, DEMO_PLAN_PUBLISHED);
  await playDemoScript(db, planId, HALF_YEAR, actors);
  return planId;
};
