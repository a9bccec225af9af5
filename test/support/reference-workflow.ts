import type { Database } from "../../src/db/database.js";
import { findUnitByName } from "../../src/db/queries/units.js";
import type { IsoDate } from "../../src/domain/iso-date.js";
import { shellActor, userActor } from "../../src/policies/actor.js";
import type { Role } from "../../src/domain/role.js";
import { DubanError, type ErrorCode } from "../../src/services/duban-error.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { listMilestones } from "../../src/services/milestones.js";
import { createUnit } from "../../src/services/units.js";
import type { StepTime } from "../../src/services/workflow/clock.js";
import { readFixture } from "./fixtures.js";

export const SHELL = shellActor("cli:test");

/** A step on an office day, at 10:00 in Shanghai. */
export const at = (day: IsoDate): StepTime => ({ now: new Date(`${day}T02:00:00Z`), today: day });

/** The code a use case refused with; fails when it did not refuse. */
export const refusal = async (promise: Promise<unknown>): Promise<ErrorCode> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DubanError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
};

/**
 * The reference plan imported on 2022-01-05 with the office (督查室) and a
 * unit with no part in it (市档案馆), and an API actor of each role the
 * workflow tests need: 市科技局 leads, 市审计局 cooperates on 203 and 205.
 */
export const referenceWorkflow = async (db: Database) => {
  const { planId } = await importPlanFile(db, {
    bytes: readFixture("seed-2022-kjj.docx"),
    fileName: "seed-2022-kjj.docx",
    actor: SHELL,
    now: () => new Date("2022-01-05T02:00:00Z"),
  });
  const created = new Date("2022-01-05T02:00:00Z");
  await createUnit(db, SHELL, { name: "督查室", kind: "unit" }, created);
  await createUnit(db, SHELL, { name: "市档案馆", kind: "unit" }, created);
  const actor = async (name: string, unit: string, role: Role, userId: number) => {
    const found = await findUnitByName(db.kysely, unit);
    if (!found) throw new Error(`no unit ${unit}`);
    return userActor({ id: userId, username: name, unitId: found.id, role });
  };
  const milestones = (
    await listMilestones(db, SHELL, {
      asOf: "2022-01-05",
      sort: "position",
      page: 1,
      pageSize: 200,
    })
  ).items;
  return {
    planId,
    office: await actor("dcs", "督查室", "supervisor", 1),
    staff: await actor("kjj.staff", "市科技局", "unit_staff", 2),
    leader: await actor("kjj.leader", "市科技局", "unit_leader", 3),
    audit: await actor("sjj.staff", "市审计局", "unit_staff", 4),
    idle: await actor("idle.staff", "市档案馆", "unit_staff", 5),
    unitId: async (name: string) => (await findUnitByName(db.kysely, name))?.id,
    /** The id of milestone 202（1） and the like. */
    milestoneId: (taskNo: number, seq: number): number => {
      const found = milestones.find((m) => m.task.no === taskNo && m.seq === seq);
      if (!found) throw new Error(`no milestone ${String(taskNo)}（${String(seq)}）`);
      return found.id;
    },
  };
};
