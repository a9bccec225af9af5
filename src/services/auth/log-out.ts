import type { Database } from "../../db/database.js";
import { revokeSession } from "../../db/queries/sessions.js";

/** Ends a session: its cookie opens nothing from now on, on any instance. */
export const logOut = (db: Database, sessionId: string, now: Date): Promise<void> =>
  revokeSession(db.kysely, sessionId, now.toISOString());
