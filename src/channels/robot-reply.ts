import type { DeliveryResult } from "./channel.js";
import { isRetryableStatus, isSuccessStatus, type PostOutcome } from "./http-post.js";
import { delivered, excerpt, failed } from "./results.js";

/** The code and message a group robot answers with, whatever it calls them. */
export interface RobotReply {
  readonly code: number;
  readonly message: string;
}

/** How one robot answers: the names of its fields and which of its codes mean "later". */
export interface RobotDialect {
  /** For messages: "WeCom", "DingTalk", "Feishu". */
  readonly name: string;
  /** The answer's code and message, or undefined when the body is not the robot's JSON. */
  readonly readReply: (json: unknown) => RobotReply | undefined;
  /** Codes that mean "too many messages now" or "busy": the same message may go later. */
  readonly retryableCodes: ReadonlySet<number>;
}

const parseJson = (body: string): unknown => {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
};

/** The field of a JSON object, if the value is an object. */
export const field = (json: unknown, name: string): unknown =>
  typeof json === "object" && json !== null ? (json as Record<string, unknown>)[name] : undefined;

/** A reply read from two fields, e.g. errcode and errmsg. */
export const replyFrom = (json: unknown, codeName: string, messageName: string) => {
  const code = field(json, codeName);
  const message = field(json, messageName);
  if (typeof code !== "number") return undefined;
  return { code, message: typeof message === "string" ? message : "" };
};

/**
 * A robot's answer as a delivery result. The robots answer HTTP 200 with a code in the
 * body; a non-zero code is a refusal (bad key, bad signature, keyword missing, too long)
 * unless it is one of the dialect's rate-limit codes, which are worth another try — also
 * when they come with an HTTP error status (Feishu answers 400 or 429 with its
 * rate-limit code).
 */
export const robotResult = (outcome: PostOutcome, dialect: RobotDialect): DeliveryResult => {
  if (outcome.kind === "failed") return outcome.failure;
  const { status, body } = outcome;
  const reply = dialect.readReply(parseJson(body));
  const said =
    reply === undefined ? excerpt(body) : `code ${reply.code} ${excerpt(reply.message)}`.trim();
  if (reply !== undefined && dialect.retryableCodes.has(reply.code)) {
    return failed(true, `${dialect.name} is limiting or busy: ${said}`);
  }
  if (!isSuccessStatus(status)) {
    return failed(isRetryableStatus(status), `${dialect.name} answered HTTP ${status}: ${said}`);
  }
  if (reply === undefined) {
    return failed(false, `${dialect.name} answered HTTP ${status} without a result code: ${said}`);
  }
  if (reply.code !== 0) return failed(false, `${dialect.name} refused the message: ${said}`);
  return delivered(`${dialect.name} accepted: ${said}`);
};
