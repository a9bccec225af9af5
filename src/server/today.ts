import { isoDateIn, type IsoDate } from "../domain/iso-date.js";
import type { StepTime } from "../services/workflow/clock.js";
import type { ServerSettings } from "./server-settings.js";

/** The day statuses are computed for when a request names none: today where the office is. */
export const today = (settings: ServerSettings): IsoDate =>
  isoDateIn(settings.clock(), settings.timeZone);

/** The moment and the office's day a workflow step is written at. */
export const stepTime = (settings: ServerSettings): StepTime => ({
  now: settings.clock(),
  today: today(settings),
});
