import type { Database } from "../src/db/database.js";
import { addDays, isoDate, type IsoDate } from "../src/domain/iso-date.js";
import { milestoneCount, type Plan } from "../src/domain/plan.js";
import type { Role } from "../src/domain/role.js";
import { shellActor, userActor } from "../src/policies/actor.js";
import { bootstrapAdministrator } from "../src/services/bootstrap-administrator.js";
import { storeReadPlan } from "../src/services/import-plan-file.js";
import { issueInstruction, respondToInstruction } from "../src/services/instructions.js";
import { generateMasterPlan, type MasterOptions } from "./generate-master.js";
import { seededRandom, type Random } from "./prng.js";
import { writeWorkflowYear, type WorkflowFixture } from "./status-fixture.js";

/**
 * A province's database, deterministic for a seed: the generated master
 * (600 units, 50,000 milestones) imported through the import service, a
 * year of workflow written in bulk as the workflow services would have
 * written it (status-fixture.ts: reports, inputs, completions, extension
 * and completion requests, 5,000 accounts), and leaders' instructions issued
 * and answered through the instruction services. What is stored is a valid
 * Duban database: `duban serve` serves it, `duban check` finds it sound.
 */

export interface ProvinceOptions {
  readonly master: MasterOptions;
  /** Accounts in all, the supervisor included. */
  readonly users: number;
  /** Leaders' instructions over the year, each on a milestone. */
  readonly instructions: number;
}

const YEAR = 2022;

/** What the issue calls a province. */
export const PROVINCE: ProvinceOptions = {
  master: { tasks: 10_000, milestones: 50_000, units: 600, seed: 2022, includeReference: true },
  users: 5_000,
  instructions: 600,
};

/** The same shape at a city's size, for tests. */
export const SMALL_PROVINCE: ProvinceOptions = {
  master: { tasks: 400, milestones: 2_000, units: 60, seed: 2022, includeReference: true },
  users: 200,
  instructions: 24,
};

export interface ProvinceData {
  readonly planId: number;
  readonly plan: Plan;
  /** The administrator's password when none was given: shown once, stored only hashed. */
  readonly generatedAdminPassword: string | null;
  readonly milestones: number;
  readonly workflow: WorkflowFixture;
  readonly instructions: number;
  readonly responses: number;
  /** Milliseconds: importing the master, writing the workflow, the instructions. */
  readonly ms: {
    readonly import: number;
    readonly workflow: number;
    readonly instructions: number;
  };
}

const LEADERS = ["省长", "常务副省长", "副省长", "秘书长"] as const;
const ASKS = [
  "请加快推进，确保按期完成",
  "请牵头单位拿出具体措施，报督查室",
  "请会同协作单位研究解决存在的困难",
  "此项工作要抓紧抓实，按时反馈进展",
] as const;

/** An office clock stopped at noon (Beijing) of a day, as the services take it. */
const noonOf = (day: IsoDate) => ({ now: new Date(`${day}T04:00:00.000Z`), today: day });

interface Account {
  readonly id: number;
  readonly username: string;
  readonly unitId: number;
  readonly role: Role;
}

const accountsOf = async (db: Database): Promise<Account[]> => {
  const rows = await db.kysely
    .selectFrom("users")
    .select(["id", "username", "unit_id", "role"])
    .where("username", "like", "bench-%")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, username: r.username, unitId: r.unit_id, role: r.role }));
};

/** The milestones an instruction may go to, with their lead unit, in table order. */
const ledMilestones = (db: Database, planId: number) =>
  db.kysely
    .selectFrom("milestone_versions as mv")
    .innerJoin("milestone_units as mu", "mu.milestone_version_id", "mv.id")
    .innerJoin("milestones as m", "m.id", "mv.milestone_id")
    .select(["mv.milestone_id", "mu.unit_id"])
    .where("mv.plan_id", "=", planId)
    .where("mv.valid_to", "is", null)
    .where("mu.role", "=", "lead")
    .where("mu.position", "=", 0)
    .orderBy("m.position")
    .execute();

/**
 * Instructions through the services, spread over February to November; the
 * lead unit's staff answers about four in five of them some days later.
 */
const issueInstructions = async (
  db: Database,
  planId: number,
  count: number,
  random: Random,
): Promise<{ instructions: number; responses: number }> => {
  const accounts = await accountsOf(db);
  const supervisor = accounts.find((a) => a.role === "supervisor");
  if (!supervisor) throw new Error("province: no supervisor account");
  const staffOf = new Map<number, Account>();
  for (const a of accounts)
    if (a.role === "unit_staff" && !staffOf.has(a.unitId)) staffOf.set(a.unitId, a);
  const targets = await ledMilestones(db, planId);
  let responses = 0;
  for (let n = 0; n < count; n += 1) {
    const target = random.pick(targets);
    const day = addDays(isoDate(YEAR, 2, 1), random.int(0, 300));
    const issued = await issueInstruction(
      db,
      userActor(supervisor),
      {
        target: { type: "milestone", id: target.milestone_id },
        text: `${random.pick(ASKS)}。`,
        issuedBy: `${random.pick(LEADERS)} 批示`,
        responseDue: random.chance(0.7) ? addDays(day, 14) : null,
      },
      noonOf(day),
    );
    const staff = staffOf.get(target.unit_id);
    if (staff && random.chance(0.8)) {
      await respondToInstruction(
        db,
        userActor(staff),
        { instructionId: issued.id, text: "已按批示要求部署落实，将按时报送进展。" },
        noonOf(addDays(day, random.int(1, 20))),
      );
      responses += 1;
    }
  }
  return { instructions: count, responses };
};

/**
 * Fills a fresh, migrated database with a province (or the small variant)
 * for `seed`, its administrator `admin` first (with `adminPassword`, or a
 * generated one given back), since a server creates none where accounts are.
 */
export const generateProvince = async (
  db: Database,
  options: ProvinceOptions,
  seed: number,
  adminPassword?: string,
): Promise<ProvinceData> => {
  const admin = await bootstrapAdministrator(
    db,
    adminPassword,
    new Date(`${YEAR}-01-09T00:00:00.000Z`),
  );
  if (!admin.created) throw new Error("province: the database has accounts already");
  let started = performance.now();
  const plan = generateMasterPlan({ ...options.master, seed });
  const imported = await storeReadPlan(
    db,
    {
      bytes: new TextEncoder().encode(`province ${seed}`),
      fileName: `province-${seed}.xlsx`,
      actor: shellActor("cli:bench"),
      now: () => new Date(`${YEAR}-01-09T01:00:00.000Z`),
    },
    { ok: true, plan, format: "xlsx", diagnostics: [] },
  );
  if (imported.kind !== "created")
    throw new Error(`province: the import came out ${imported.kind}`);
  const importMs = performance.now() - started;
  started = performance.now();
  const workflow = await writeWorkflowYear(db, imported.planId, {
    seed,
    year: YEAR,
    // The administrator is one of the accounts asked for.
    users: options.users - 1,
  });
  const workflowMs = performance.now() - started;
  started = performance.now();
  const issued = await issueInstructions(
    db,
    imported.planId,
    options.instructions,
    seededRandom(seed + 1),
  );
  return {
    planId: imported.planId,
    plan: imported.plan,
    generatedAdminPassword: admin.generatedPassword,
    milestones: milestoneCount(imported.plan),
    workflow,
    ...issued,
    ms: { import: importMs, workflow: workflowMs, instructions: performance.now() - started },
  };
};
