import { defaultOf, readSetting, type Environment } from "../config/read-settings.js";
import type { Database } from "../db/database.js";
import { isoDateIn, type IsoDate } from "../domain/iso-date.js";
import { demoClock } from "./demo/demo-database.js";
import type { StepTime } from "./workflow/clock.js";

/** Where the office is when DUBAN_TIMEZONE does not say. */
export const DEFAULT_OFFICE_TIME_ZONE = defaultOf("DUBAN_TIMEZONE");

/** DUBAN_TIMEZONE: the zone whose calendar day is "today" for the server and the command line. */
export const officeTimeZoneFromEnv = (env: Environment): string =>
  readSetting(env, "DUBAN_TIMEZONE");

/**
 * The office's time: the moment, and the calendar day it is where the office
 * is. The server and the command line each build one when they start
 * (`officeClockOf`), and everything that stamps a step or asks for today
 * reads it, so that both agree, in demo time too.
 */
export interface OfficeClock {
  readonly timeZone: string;
  readonly now: () => Date;
  /** The day a status is computed for when none is asked. */
  readonly today: () => IsoDate;
  /** The moment a workflow step is written at, and the office's day it counts for. */
  readonly stepTime: () => StepTime;
}

export const officeClock = (timeZone: string, now: () => Date): OfficeClock => ({
  timeZone,
  now,
  today: () => isoDateIn(now(), timeZone),
  stepTime: () => {
    const moment = now();
    return { now: moment, today: isoDateIn(moment, timeZone) };
  },
});

/**
 * The office's clock over a database: `base` itself, or on a database that
 * holds the demo, `base` shifted into the demo's time (demoClock), whoever
 * seeded it, so that a command's report or reminder run fits with the server's.
 */
export const officeClockOf = async (
  db: Database,
  timeZone: string,
  base: () => Date = () => new Date(),
): Promise<OfficeClock> => officeClock(timeZone, (await demoClock(db, base)) ?? base);
