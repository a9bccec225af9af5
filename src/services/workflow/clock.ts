import type { IsoDate } from "../../domain/iso-date.js";

/** When a step happens: the moment, and the office's calendar day it counts for. */
export interface StepTime {
  readonly now: Date;
  readonly today: IsoDate;
}
