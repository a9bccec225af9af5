import type { Database } from "../../db/database.js";
import type { ServerSettings } from "../server-settings.js";

/** What every route module is built with. */
export interface RouteDeps {
  readonly db: Database;
  readonly settings: ServerSettings;
}
