import { message } from "../../domain/message.js";
import { DubanError } from "../duban-error.js";

/** A link the office or its unit looks up by id, and does not find (or may not see). */
export const linkNotFound = (id: number): DubanError =>
  new DubanError(
    "link.not_found",
    message(`没有编号为 ${String(id)} 的填报链接`, `There is no link ${String(id)}`),
  );

/**
 * One answer for a secret that opens nothing: unknown or revoked alike, so
 * that nobody learns whether a guessed secret was ever a link.
 */
export const noSuchLink = (): DubanError =>
  new DubanError(
    "link.not_found",
    message(
      "链接无效或已被撤销，请向发送链接的单位索取新链接",
      "This link is not valid or was revoked; ask whoever sent it for a new one",
    ),
  );

export const linkExpired = (expiresAt: string): DubanError =>
  new DubanError(
    "link.expired",
    message(
      "链接已过期，请向发送链接的单位索取新链接",
      "This link has expired; ask whoever sent it for a new one",
    ),
    { details: { expiresAt } },
  );
