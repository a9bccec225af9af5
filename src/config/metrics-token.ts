import { message, type Message } from "../domain/message.js";
import { atLeast } from "./secret-setting.js";

/**
 * A token a scraper sends in every request, possibly across a network: long enough that
 * guessing it is hopeless (`openssl rand -hex 32` gives 64 characters).
 */
export const MIN_METRICS_TOKEN_LENGTH = 32;

/** DUBAN_METRICS_TOKEN: long, and without spaces, which an Authorization header would split. */
export const metricsTokenRule = (value: string): Message | undefined =>
  atLeast(MIN_METRICS_TOKEN_LENGTH)(value) ??
  (/\s/.test(value)
    ? message("不能含空格", "it may not contain spaces; make one with: openssl rand -hex 32")
    : undefined);
