/** Unix time for a gauge; 0 for never, which any "how long ago" alert reads as long ago. */
export const unixSeconds = (date: Date | null): number =>
  date === null ? 0 : date.getTime() / 1000;
