import type { Client } from "./http-session.js";

/**
 * A stored plan's milestone ids by "taskNo/seq" ("210/" for a task's only,
 * unnumbered step), read as any client reads the plan.
 */
export const milestoneIdsByNumber = async (
  client: Client,
  planId = 1,
): Promise<Map<string, number>> => {
  const response = await client.call("GET", `/api/plans/${String(planId)}`);
  if (response.statusCode !== 200) {
    throw new Error(`plan ${String(planId)}: ${String(response.statusCode)} ${response.body}`);
  }
  const plan = response.json<{
    content: { tasks: { no: number; milestones: { seq: number | null }[] }[] };
    ids: { milestones: number[] }[];
  }>();
  const ids = new Map<string, number>();
  plan.content.tasks.forEach((task, t) => {
    task.milestones.forEach((m, i) => {
      const milestoneId = plan.ids[t]?.milestones[i];
      if (milestoneId !== undefined)
        ids.set(`${String(task.no)}/${String(m.seq ?? "")}`, milestoneId);
    });
  });
  return ids;
};
