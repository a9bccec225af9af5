import { call, type Credentials } from "./api.js";

interface ListedMilestone {
  id: number;
  task: { id: number };
  units: { unitId: number; unit: string; role: string }[];
}

/**
 * `count` milestones of the plan, of as many units, each led by the unit
 * that also leads its task: that unit's staff may report on it whichever
 * of the two units is taken to write official progress.
 */
export const reportableMilestones = async (
  base: string,
  admin: Credentials,
  planId: number,
  count: number,
): Promise<{ milestoneId: number; unitId: number }[]> => {
  const { items } = await call<{ items: ListedMilestone[] }>(
    base,
    `/api/milestones?plan=${planId}&pageSize=100`,
    admin,
  );
  const chosen: { milestoneId: number; unitId: number }[] = [];
  for (const m of items) {
    const lead = m.units.find((u) => u.role === "lead");
    if (lead === undefined || chosen.some((c) => c.unitId === lead.unitId)) continue;
    const task = await call<{ leadUnits: string[] }>(base, `/api/tasks/${m.task.id}`, admin);
    if (task.leadUnits[0] !== lead.unit) continue;
    chosen.push({ milestoneId: m.id, unitId: lead.unitId });
    if (chosen.length === count) return chosen;
  }
  throw new Error(`found ${chosen.length} milestones to report on, ${count} needed`);
};
