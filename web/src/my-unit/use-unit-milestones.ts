import { useCallback, useEffect, useState } from "react";
import type { Milestone } from "../api.js";
import { loadAllMilestones } from "../common/load-milestones.js";
import { byUrgency } from "./urgency.js";

export interface UnitMilestones {
  /** What the unit leads: its milestones and those of the tasks it leads. */
  readonly lead: readonly Milestone[];
  /** What it shares (配合). */
  readonly cooperating: readonly Milestone[];
}

const load = async (planIds: readonly number[], unitId: number): Promise<UnitMilestones> => {
  // One plan is asked for by name; without one the server lists every plan in use.
  const of = (role: "lead" | "cooperating") =>
    loadAllMilestones(
      new URLSearchParams({
        unit: String(unitId),
        role,
        ...(planIds.length === 1 ? { plan: String(planIds[0]) } : {}),
      }),
    ).then((rows) => rows.sort(byUrgency));
  const [lead, cooperating] = await Promise.all([of("lead"), of("cooperating")]);
  return { lead, cooperating };
};

/** The unit's milestones in some plans, most urgent first; reload() after a write. */
export const useUnitMilestones = (planIds: readonly number[], unitId: number) => {
  const [state, setState] = useState<{ data?: UnitMilestones; error?: unknown }>({});
  const [generation, setGeneration] = useState(0);
  const plans = planIds.join(",");
  useEffect(() => {
    let current = true;
    load(plans === "" ? [] : plans.split(",").map(Number), unitId).then(
      (data) => {
        if (current) setState({ data });
      },
      (error: unknown) => {
        if (current) setState({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [plans, unitId, generation]);
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return { ...state, reload };
};
