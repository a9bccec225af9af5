import { message } from "../domain/message.js";
import { DubanError } from "../services/duban-error.js";

/** Too many requests: 429, with when to try again. */
export const rateLimited = (seconds: number): DubanError =>
  new DubanError(
    "request.rate_limited",
    message(`请求过于频繁，请 ${seconds} 秒后再试`, `Too many requests; try again in ${seconds} s`),
    { retryAfterSeconds: seconds },
  );
