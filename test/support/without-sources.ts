/**
 * Plan JSON as printed, without `source`: where the reader found each task
 * and milestone places an import's diagnostics and is no part of the plan,
 * so a plan read back from the store has none (docs/PLAN-JSON.md, "Sources").
 */
export const parseWithoutSources = (printed: string): unknown =>
  JSON.parse(printed, (key, value: unknown) => (key === "source" ? undefined : value));
