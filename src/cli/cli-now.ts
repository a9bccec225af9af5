import type { Database } from "../db/database.js";
import { isoDateIn, type IsoDate } from "../domain/iso-date.js";
import { demoClock } from "../services/demo/demo-database.js";

/**
 * The time a command acts at: the real time, or on a demo database the
 * demo's time, as the server sees it, so that a report, a reminder run or
 * a reminder lease of the command fits with the server's.
 */
export const cliNow = async (db: Database): Promise<Date> => {
  const real = () => new Date();
  return ((await demoClock(db, real)) ?? real)();
};

/** Today where the office is (DUBAN_TIMEZONE, Asia/Shanghai by default), by the command's time. */
export const cliToday = async (db: Database, env: NodeJS.ProcessEnv): Promise<IsoDate> =>
  isoDateIn(await cliNow(db), env.DUBAN_TIMEZONE ?? "Asia/Shanghai");
