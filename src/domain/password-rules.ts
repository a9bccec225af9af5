import { message, type Message } from "./message.js";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The rule a new password breaks, or undefined: checked when a person sets one
 * and when DUBAN_ADMIN_PASSWORD is configured, so both refuse alike.
 */
export const brokenPasswordRule = (password: string, username: string): Message | undefined =>
  Array.from(password).length < MIN_PASSWORD_LENGTH
    ? message(
        `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`,
        `A password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      )
    : password.length > MAX_PASSWORD_LENGTH
      ? message(
          `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`,
          `A password may have at most ${MAX_PASSWORD_LENGTH} characters`,
        )
      : password.toLowerCase().includes(username.toLowerCase())
        ? message("密码不能包含用户名", "A password may not contain the username")
        : undefined;
