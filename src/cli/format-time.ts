/**
 * "2024-05-01T08:30:12.345Z" → "2024-05-01 08:30 UTC": stored times are UTC,
 * and to the minute is enough to tell imports apart.
 */
export const shortTime = (iso: string): string => `${iso.slice(0, 16).replace("T", " ")} UTC`;
