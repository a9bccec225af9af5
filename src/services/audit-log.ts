import { SIGN_IN_NAMES } from "../domain/sign-in.js";
import type { Database } from "../db/database.js";
import { auditPeople, listAudit, type AuditEntry, type AuditFilter } from "../db/queries/audit.js";
import type { Message } from "../domain/message.js";
import { message } from "../domain/message.js";
import { auditCsv } from "../exporters/audit-csv.js";
import type { Actor } from "../policies/actor.js";
import { auditScope } from "./access/record-scope.js";
import {
  AUDIT_ACTION_NAMES,
  AUDIT_OBJECT_NAMES,
  auditActionName,
  auditObjectName,
} from "./audit-names.js";
import { DubanError } from "./duban-error.js";
import { CONTENT_TYPES, type ExportFile } from "./exports/export-file.js";
import type { Page, PageRequest } from "./page.js";

/** An entry with its action and object named for people. */
export interface NamedAuditEntry extends AuditEntry {
  readonly actionName: Message;
  readonly objectName: Message;
}

/** The most entries one CSV holds: a year of a busy office's changes, without its logins. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The filter with the entries the actor may read, in SQL: the access module decides which. */
const scoped = (actor: Actor, filter: AuditFilter): AuditFilter => ({
  ...filter,
  visibleTo: auditScope(actor, filter.unitId),
});

const named = (entry: AuditEntry): NamedAuditEntry => ({
  ...entry,
  actionName: auditActionName(entry.action),
  objectName: auditObjectName(entry.objectType),
});

/** The audit log, newest first, one page. */
export const listAuditFor = async (
  db: Database,
  actor: Actor,
  filter: AuditFilter,
  page: PageRequest,
): Promise<Page<NamedAuditEntry>> => {
  const { entries, total } = await listAudit(db.kysely, scoped(actor, filter), {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: entries.map(named), total, page: page.page, pageSize: page.pageSize };
};

/** What the audit screen's filters offer: the people in the log the actor may read, every action and object. */
export const auditChoices = async (db: Database, actor: Actor) => ({
  people: await auditPeople(db.kysely, scoped(actor, {})),
  actions: Object.entries(AUDIT_ACTION_NAMES).map(([action, name]) => ({ action, name })),
  objectTypes: Object.entries(AUDIT_OBJECT_NAMES).map(([type, name]) => ({ type, name })),
});

/**
 * The entries matching the filter as a CSV file for Excel, newest first,
 * times where the office is. More than AUDIT_EXPORT_LIMIT entries are
 * refused: the filter is to be narrowed, not the file cut short silently.
 */
export const exportAuditCsv = async (
  db: Database,
  actor: Actor,
  filter: AuditFilter,
  office: { readonly timeZone: string; readonly today: string },
): Promise<ExportFile> => {
  const { entries, total } = await listAudit(db.kysely, scoped(actor, filter), {
    offset: 0,
    limit: AUDIT_EXPORT_LIMIT + 1,
  });
  if (total > AUDIT_EXPORT_LIMIT) {
    throw new DubanError(
      "export.unavailable",
      message(
        `符合条件的审计日志有 ${String(total)} 条，超过一次导出的上限 ${String(AUDIT_EXPORT_LIMIT)} 条；请缩小时间范围或增加筛选条件`,
        `${String(total)} audit entries match, over the ${String(AUDIT_EXPORT_LIMIT)} one export holds; narrow the time range or filter further`,
      ),
    );
  }
  const csv = auditCsv(
    entries.map((entry) => ({
      at: entry.at,
      who: entry.userName ?? entry.token?.name ?? entry.actor,
      unit: entry.unitName ?? "",
      signIn: entry.signIn === null ? null : SIGN_IN_NAMES[entry.signIn],
      action: auditActionName(entry.action),
      object: auditObjectName(entry.objectType),
      objectId: entry.objectId,
      before: entry.before,
      after: entry.after,
    })),
    office.timeZone,
  );
  return {
    fileName: `审计日志（${office.today}）.csv`,
    contentType: CONTENT_TYPES.csv,
    body: new TextEncoder().encode(csv),
  };
};
