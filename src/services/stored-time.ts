/** A time as the database stores it (ISO 8601), or null for none yet. */
export const storedTime = (iso: string | null): Date | null =>
  iso === null ? null : new Date(iso);
