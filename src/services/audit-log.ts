import type { Database } from "../db/database.js";
import { listAudit, type AuditEntry, type AuditFilter } from "../db/queries/audit.js";
import type { Actor } from "../policies/actor.js";
import { actorMay } from "../policies/permissions.js";
import { authorize } from "./authorize.js";
import type { Page, PageRequest } from "./page.js";

/**
 * The audit log, newest first. The supervision office and administrators
 * read all of it; a unit leader reads what the unit's people did.
 */
export const listAuditFor = async (
  db: Database,
  actor: Actor,
  filter: AuditFilter,
  page: PageRequest,
): Promise<Page<AuditEntry>> => {
  let scoped = filter;
  if (!actorMay(actor, { action: "audit.read", relation: "none" })) {
    const ownUnit = actor.kind === "shell" ? undefined : actor.unitId;
    const relation = filter.unitId === undefined || filter.unitId === ownUnit ? "own_unit" : "none";
    authorize(actor, { action: "audit.read", relation });
    scoped = { ...filter, unitId: ownUnit };
  }
  const { entries, total } = await listAudit(db.kysely, scoped, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: entries, total, page: page.page, pageSize: page.pageSize };
};
