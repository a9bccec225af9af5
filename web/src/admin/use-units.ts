import type { Answer, Schema } from "../api.js";
import { useApi } from "../common/use-api.js";

export type Unit = Schema<"Unit">;

/** The unit directory (GET /api/units), and the units (not groups) a person or contact belongs to. */
export const useUnits = () => {
  const loaded = useApi<Answer<"/api/units", "get">>("/api/units");
  const units = loaded.data?.items ?? [];
  const options = units
    .filter((unit) => unit.kind === "unit")
    .map((unit) => ({ value: unit.id, label: unit.name }));
  return { ...loaded, units, options };
};
