import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Database } from "../db/database.js";
import { listPlans } from "../db/queries/plans.js";
import { shellActor } from "../policies/actor.js";
import { importPlanFile } from "../services/import-plan-file.js";

/** The reference table shipped in the package (`files` in package.json lists demo/). */
const DEMO_FILE = fileURLToPath(new URL("../../demo/2022-kjj-reference.docx", import.meta.url));

/**
 * Gives a first start something to look at: the reference plan, imported
 * like any other table (audited, actor "demo"), only into a database with
 * no plan, so a real installation is never touched.
 * Returns the plan id, or undefined when there were plans already.
 */
export const importDemoPlanIfEmpty = async (db: Database): Promise<number | undefined> => {
  if ((await listPlans(db.kysely)).length > 0) return undefined;
  const outcome = await importPlanFile(db, {
    bytes: await readFile(DEMO_FILE),
    fileName: "2022-kjj-reference.docx",
    actor: shellActor("demo"),
  });
  return outcome.planId;
};
