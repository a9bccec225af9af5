import type { Message } from "../domain/message.js";
import { localTimeText } from "../domain/iso-date.js";
import { csvText } from "./csv-text.js";

/** One entry of the audit log as its CSV shows it: names, not ids, and the time where the office is. */
export interface AuditCsvEntry {
  /** ISO time, UTC. */
  readonly at: string;
  /** The person's display name, or the actor as recorded (the shell, a token). */
  readonly who: string;
  readonly unit: string;
  /** How the person signed in; null when no session acted. */
  readonly signIn: Message | null;
  readonly action: Message;
  readonly object: Message;
  readonly objectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

const HEAD = ["时间", "操作人", "单位", "登录方式", "操作", "对象", "对象编号", "操作前", "操作后"];

const json = (value: unknown): string => (value === null ? "" : JSON.stringify(value));

/** The audit log as a CSV file for Excel: Chinese column names, the office's local time. */
export const auditCsv = (entries: readonly AuditCsvEntry[], timeZone: string): string =>
  csvText([
    HEAD,
    ...entries.map((entry) => [
      localTimeText(entry.at, timeZone),
      entry.who,
      entry.unit,
      entry.signIn?.zh ?? "",
      entry.action.zh,
      entry.object.zh,
      entry.objectId,
      json(entry.before),
      json(entry.after),
    ]),
  ]);
