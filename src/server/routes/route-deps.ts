import type { Database } from "../../db/database.js";
import type { OfficeClock } from "../../services/office-clock.js";
import type { ServerSettings } from "../server-settings.js";

/** What every route module is built with. */
export interface RouteDeps {
  readonly db: Database;
  readonly settings: ServerSettings;
  /** The time and today, built once from the settings (in demo time on a demo database). */
  readonly office: OfficeClock;
}
