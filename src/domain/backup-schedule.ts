import { addDays, hourIn, isoDateIn, type IsoDate } from "./iso-date.js";

/** When the server backs up: once a day from `hour` on, in the office's time zone. */
export interface BackupSchedule {
  /** 0–23, office time. */
  readonly hour: number;
  readonly timeZone: string;
}

export type BackupDecision =
  | { readonly due: true; readonly day: IsoDate }
  | { readonly due: false; readonly day: IsoDate; readonly reason: "before_hour" | "taken" };

/**
 * Whether the scheduled backup of the office's day is due at `now`: from the
 * set hour on, once per day. `lastDay` is the day of the newest scheduled run
 * that finished (ok or failed); a run cut off midway left no record, so its
 * day is taken again. A server down at the hour takes the day's backup when
 * it starts; one started before the hour waits for it.
 */
export const scheduledBackupDecision = (
  now: Date,
  schedule: BackupSchedule,
  lastDay: IsoDate | null,
): BackupDecision => {
  const day = isoDateIn(now, schedule.timeZone);
  if (lastDay !== null && lastDay >= day) return { due: false, day, reason: "taken" };
  if (hourIn(now, schedule.timeZone) < schedule.hour)
    return { due: false, day, reason: "before_hour" };
  return { due: true, day };
};

const NIGHTLY = /^duban-nightly-(\d{4}-\d{2}-\d{2})\.(?:sqlite|pgdump)$/;

/** The name the scheduler gives the backup of `day`; nothing else in the directory is ever pruned. */
export const nightlyBackupName = (day: IsoDate, dialect: "sqlite" | "postgres"): string =>
  `duban-nightly-${day}.${dialect === "sqlite" ? "sqlite" : "pgdump"}`;

/**
 * Which of a directory's file names to delete so that `keepDays` days of
 * nightly backups remain, today's included: only names the scheduler writes
 * (nightlyBackupName), whatever else lies there. 0 keeps every one.
 */
export const nightlyBackupsToPrune = (
  names: readonly string[],
  today: IsoDate,
  keepDays: number,
): string[] => {
  if (keepDays <= 0) return [];
  const oldestKept = addDays(today, 1 - keepDays);
  return names.filter((name) => {
    const day = NIGHTLY.exec(name)?.[1];
    return day !== undefined && day < oldestKept;
  });
};
