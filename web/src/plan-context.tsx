import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { PlanSummary } from "./api.js";
import { useApi } from "./common/use-api.js";

interface PlanState {
  readonly plans: readonly PlanSummary[];
  /** null: the caller sees no plan yet. */
  readonly plan: PlanSummary | null;
  readonly choose: (planId: number) => void;
  /** After an import: the list changed. */
  readonly reloadPlans: () => void;
}

const STORAGE_KEY = "duban.plan";
const PlanContext = createContext<PlanState | null>(null);

/** The plan every screen works on, chosen in the header and kept in this browser. */
export const PlanProvider = ({ children }: { children: ReactNode }) => {
  const loaded = useApi<{ items: PlanSummary[] }>("/api/plans");
  const [chosen, setChosen] = useState<number | null>(() => {
    // A link a message carried (…/my-unit?plan=3) names the plan; else the one kept here.
    const linked = Number(new URLSearchParams(window.location.search).get("plan"));
    const kept = Number(localStorage.getItem(STORAGE_KEY));
    return [linked, kept].find((id) => Number.isInteger(id) && id > 0) ?? null;
  });
  useEffect(() => {
    if (chosen !== null) localStorage.setItem(STORAGE_KEY, String(chosen));
  }, [chosen]);
  const state = useMemo<PlanState>(() => {
    const plans = loaded.data?.items ?? [];
    const masters = plans.filter((p) => p.kind === "master");
    return {
      plans,
      plan: plans.find((p) => p.id === chosen) ?? masters[0] ?? plans[0] ?? null,
      choose: setChosen,
      reloadPlans: loaded.reload,
    };
  }, [loaded.data, loaded.reload, chosen]);
  return <PlanContext.Provider value={state}>{children}</PlanContext.Provider>;
};

export const usePlan = (): PlanState => {
  const state = useContext(PlanContext);
  if (state === null) throw new Error("usePlan outside PlanProvider");
  return state;
};
