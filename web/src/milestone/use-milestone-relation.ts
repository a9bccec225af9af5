import type { Answer, Milestone } from "../api.js";
import { isOffice, useSession } from "../session.js";
import { useApi } from "../common/use-api.js";
import type { Relation } from "./milestone-abilities.js";

/**
 * Whether the user's unit leads the milestone or shares it. Leading covers
 * leading the whole task and the groups the unit belongs to, so the page
 * asks the server's own filter (unit + role=lead) instead of reading the
 * unit list. A unit user sees only milestones it is responsible for, so one
 * it does not lead it shares. undefined while asking.
 */
export const useMilestoneRelation = (milestone: Milestone | undefined): Relation | undefined => {
  const { session } = useSession();
  const office = isOffice(session);
  const query =
    milestone === undefined || office
      ? null
      : `/api/milestones?${new URLSearchParams({
          task: String(milestone.task.id),
          unit: String(session.actor.unitId),
          role: "lead",
          pageSize: "200",
        }).toString()}`;
  const led = useApi<Answer<"/api/milestones", "get">>(query);
  if (office) return "none";
  if (milestone === undefined || led.data === undefined) return undefined;
  return led.data.items.some((row) => row.id === milestone.id) ? "lead" : "cooperating";
};
