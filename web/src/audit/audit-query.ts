import dayjs from "dayjs";

/** What the audit screen filters on; null: any. */
export interface AuditFilters {
  readonly userId: number | null;
  readonly unitId: number | null;
  readonly objectType: string | null;
  readonly action: string | null;
  /** YYYY-MM-DD, both days included, in the browser's time zone. */
  readonly fromDay: string | null;
  readonly toDay: string | null;
}

export const NO_AUDIT_FILTERS: AuditFilters = {
  userId: null,
  unitId: null,
  objectType: null,
  action: null,
  fromDay: null,
  toDay: null,
};

/** The filters as GET /api/audit-events and its CSV take them: a day range as instants. */
export const auditQuery = (filters: AuditFilters): URLSearchParams => {
  const query = new URLSearchParams();
  if (filters.userId !== null) query.set("user", String(filters.userId));
  if (filters.unitId !== null) query.set("unit", String(filters.unitId));
  if (filters.objectType !== null) query.set("objectType", filters.objectType);
  if (filters.action !== null) query.set("action", filters.action);
  if (filters.fromDay !== null) query.set("from", dayjs(filters.fromDay).toISOString());
  if (filters.toDay !== null) query.set("to", dayjs(filters.toDay).add(1, "day").toISOString());
  return query;
};
