import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import type { ApiActor } from "../../policies/actor.js";
import { auditActor } from "../authorize.js";

/** The request as the log names it: method and path, never the query string. */
const MAX_TARGET_LENGTH = 200;

/**
 * Writes a refused authorisation to the audit log: who tried what, on
 * which path, and what they were told (403, or the 404 that hides another
 * unit's object). Repeated refusals are how probing shows.
 */
export const recordRefusal = (
  db: Database,
  actor: ApiActor,
  refused: {
    readonly method: string;
    readonly path: string;
    readonly action: string;
    readonly status: number;
    readonly clientIp: string | null;
  },
  now: Date,
): Promise<void> =>
  appendAudit(
    db.kysely,
    auditActor(actor),
    {
      action: "auth.refused",
      objectType: "request",
      objectId: `${refused.method} ${refused.path}`.slice(0, MAX_TARGET_LENGTH),
      after: { refused: refused.action, status: refused.status, clientIp: refused.clientIp },
    },
    now.toISOString(),
  );
