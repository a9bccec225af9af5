import type { Diagnostic } from "../domain/diagnostic.js";
import { message, type Message } from "../domain/message.js";

/**
 * The closed set of failures a use case reports. The CLI maps them to exit
 * statuses and the server to HTTP statuses, each in one place.
 */
export type ErrorCode =
  | "import.invalid_file"
  | "import.conflict"
  | "import.confirmation_required"
  | "import.busy"
  | "import.invalid_corrections"
  | "plan.not_found"
  | "revision.not_found"
  | "task.not_found"
  | "milestone.not_found"
  | "unit.not_found"
  | "unit.invalid_merge"
  | "unit.invalid_input"
  | "unit.conflict"
  | "user.not_found"
  | "oidc.mapping_not_found"
  | "user.conflict"
  | "user.invalid"
  | "token.not_found"
  | "token.invalid"
  | "calendar_feed.not_found"
  | "calendar_feed.invalid"
  | "link.not_found"
  | "link.expired"
  | "link.invalid"
  | "auth.required"
  | "auth.invalid_credentials"
  | "auth.locked"
  | "auth.not_linked"
  | "directory.not_configured"
  | "directory.unreachable"
  | "directory.invalid_input"
  | "directory.proposal_not_found"
  | "directory.proposal_blocked"
  | "auth.forbidden"
  | "auth.csrf"
  | "auth.second_factor_required"
  | "auth.invalid_code"
  | "second_factor.conflict"
  | "request.rate_limited"
  | "milestone.conflict"
  | "milestone.invalid_state"
  | "milestone.invalid_input"
  | "milestone.removed"
  | "request.not_found"
  | "draft.not_found"
  | "draft.conflict"
  | "attachment.invalid"
  | "attachment.too_large"
  | "attachment.quota_exceeded"
  | "attachment.rate_limited"
  | "instruction.not_found"
  | "target.not_found"
  | "target.invalid_input"
  | "target.invalid_state"
  | "notice.not_found"
  | "instruction.invalid_input"
  | "instruction.invalid_state"
  | "instruction.conflict"
  | "plan.conflict"
  | "plan.invalid_input"
  | "plan.archived"
  | "plan.has_work"
  | "reminders.busy"
  | "contact.invalid"
  | "distribution.not_found"
  | "distribution.invalid_input"
  | "distribution.busy"
  | "backup.failed"
  | "backup.unverified"
  | "restore.failed"
  | "export.unavailable"
  | "search.invalid_query";

export interface ErrorParticulars {
  /** What the importer found, for "import.invalid_file". */
  readonly diagnostics?: readonly Diagnostic[];
  /** The input field at fault ("body.password"), when one is. */
  readonly field?: string;
  /** For "auth.locked": when to try again. */
  readonly retryAfterSeconds?: number;
  /** For a conflict: the current state, so the client can show it and try again. */
  readonly current?: unknown;
  /** Anything else a client needs to act on the failure (what a confirmation would confirm). */
  readonly details?: unknown;
}

export class DubanError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly current: unknown;
  /**
   * Set by `authorize` on the refusal it throws (403, or the 404 that hides
   * another unit's object): the action refused, for the audit log.
   */
  refusedAction: string | undefined;
  readonly details: unknown;

  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    particulars: ErrorParticulars = {},
  ) {
    super(text.en);
    this.name = "DubanError";
    this.diagnostics = particulars.diagnostics ?? [];
    this.field = particulars.field;
    this.retryAfterSeconds = particulars.retryAfterSeconds;
    this.current = particulars.current;
    this.details = particulars.details;
  }
}

export const planNotFound = (id: number): DubanError =>
  new DubanError(
    "plan.not_found",
    message(`没有编号为 ${id} 的计划`, `There is no plan with id ${id}`),
  );

export const unitNotFound = (name: string): DubanError =>
  new DubanError("unit.not_found", message(`没有单位「${name}」`, `There is no unit "${name}"`));

export const forbidden = (): DubanError =>
  new DubanError(
    "auth.forbidden",
    message("您没有权限执行此操作", "You are not allowed to do this"),
  );
