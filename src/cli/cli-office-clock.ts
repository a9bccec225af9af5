import type { Database } from "../db/database.js";
import {
  officeClockOf,
  officeTimeZoneFromEnv,
  type OfficeClock,
} from "../services/office-clock.js";

/**
 * The clock a command acts by, the server's: today where the office is
 * (DUBAN_TIMEZONE), and on a demo database the demo's time, so that a
 * report, a reminder run or a reminder lease of the command fits with the server's.
 */
export const cliOfficeClock = (db: Database, env: NodeJS.ProcessEnv): Promise<OfficeClock> =>
  officeClockOf(db, officeTimeZoneFromEnv(env));
