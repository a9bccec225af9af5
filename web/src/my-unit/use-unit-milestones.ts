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

const load = async (planId: number, unitId: number): Promise<UnitMilestones> => {
  const of = (role: "lead" | "cooperating") =>
    loadAllMilestones(
      new URLSearchParams({ plan: String(planId), unit: String(unitId), role }),
    ).then((rows) => rows.sort(byUrgency));
  const [lead, cooperating] = await Promise.all([of("lead"), of("cooperating")]);
  return { lead, cooperating };
};

/** The unit's milestones in a plan, most urgent first; reload() after a write. */
export const useUnitMilestones = (planId: number, unitId: number) => {
  const [state, setState] = useState<{ data?: UnitMilestones; error?: unknown }>({});
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    load(planId, unitId).then(
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
  }, [planId, unitId, generation]);
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return { ...state, reload };
};
