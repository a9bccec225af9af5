import type { DeliveryResult } from "./channel.js";
import { isRetryableStatus, isSuccessStatus, type PostOutcome } from "./http-post.js";
import { delivered, failed } from "./results.js";

/** How one robot answers: where its result code is and which of its codes mean "later". */
export interface RobotDialect {
  /** For messages: "WeCom", "DingTalk", "Feishu". */
  readonly name: string;
  /** The answer's result code, or undefined when the body is not the robot's JSON. */
  readonly readCode: (json: unknown) => number | undefined;
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

/** A numeric field of a JSON object, e.g. errcode. */
export const numberField = (json: unknown, name: string): number | undefined => {
  const value =
    typeof json === "object" && json !== null ? (json as Record<string, unknown>)[name] : undefined;
  return typeof value === "number" ? value : undefined;
};

/**
 * A robot's answer as a delivery result. The robots answer HTTP 200 with a code in the
 * body; a non-zero code is a refusal (bad key, bad signature, keyword missing, too long)
 * unless it is one of the dialect's rate-limit codes, which are worth another try — also
 * when they come with an HTTP error status (Feishu answers 400 or 429 with its
 * rate-limit code). The result names the status and the code, each robot's documented
 * reference, never the reply's text: whatever answered at the URL wrote that.
 */
export const robotResult = (outcome: PostOutcome, dialect: RobotDialect): DeliveryResult => {
  if (outcome.kind === "failed") return outcome.failure;
  const { status, body } = outcome;
  const code = dialect.readCode(parseJson(body));
  const said = code === undefined ? `HTTP ${status}` : `HTTP ${status}, code ${code}`;
  if (code !== undefined && dialect.retryableCodes.has(code)) {
    return failed(true, `${dialect.name} is limiting or busy: ${said}`);
  }
  if (!isSuccessStatus(status)) {
    return failed(isRetryableStatus(status), `${dialect.name} answered ${said}`);
  }
  if (code === undefined) {
    return failed(false, `${dialect.name} answered ${said} without a result code`);
  }
  if (code !== 0) return failed(false, `${dialect.name} refused the message: ${said}`);
  return delivered(`${dialect.name} accepted: ${said}`);
};
