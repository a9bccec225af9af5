/** A rate of the API (0–1, null when there is nothing to divide) as a percentage. */
export const formatRate = (rate: number | null): string =>
  rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toString()}%`;
