import type { FormRule } from "antd";
import type { Text } from "../i18n.js";

type Translate = (text: Text) => string;

/*
 * The server's rules, checked before sending so that most mistakes are
 * named at once; the server still decides (src/services/users.ts,
 * src/services/auth/password.ts, the routes' zod schemas).
 */

const USERNAME = /^[\p{L}\p{N}._@-]{2,64}$/u;
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

export const required = (t: Translate): FormRule => ({
  required: true,
  message: t({ zh: "必填", en: "Required" }),
});

/** Text the server trims: spaces alone count as empty. */
export const requiredText = (t: Translate): FormRule => ({
  required: true,
  whitespace: true,
  message: t({ zh: "必填", en: "Required" }),
});

export const maxLength = (t: Translate, max: number): FormRule => ({
  max,
  message: t({ zh: `不超过 ${String(max)} 个字符`, en: `At most ${String(max)} characters` }),
});

export const usernameRule = (t: Translate): FormRule => ({
  pattern: USERNAME,
  message: t({
    zh: "用户名须为 2 到 64 个字母、数字或 . _ @ -",
    en: "A username is 2 to 64 letters, digits or . _ @ -",
  }),
});

/** At least ten characters, at most 256, not containing the username. */
export const passwordRule =
  (t: Translate, username: () => string | undefined): FormRule =>
  () => ({
    validator: (_, value: string | undefined) => {
      const password = value ?? "";
      const name = (username() ?? "").toLowerCase();
      const problem =
        Array.from(password).length < MIN_PASSWORD_LENGTH
          ? t({
              zh: `密码至少需要 ${String(MIN_PASSWORD_LENGTH)} 个字符`,
              en: `A password needs at least ${String(MIN_PASSWORD_LENGTH)} characters`,
            })
          : password.length > MAX_PASSWORD_LENGTH
            ? t({
                zh: `密码不能超过 ${String(MAX_PASSWORD_LENGTH)} 个字符`,
                en: `A password may have at most ${String(MAX_PASSWORD_LENGTH)} characters`,
              })
            : name !== "" && password.toLowerCase().includes(name)
              ? t({ zh: "密码不能包含用户名", en: "A password may not contain the username" })
              : null;
      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
    },
  });

/** http(s) URLs only, as the server's contact schema. */
export const webUrlRule = (t: Translate): FormRule => ({
  validator: (_, value: string | undefined) => {
    if (value === undefined || value === "") return Promise.resolve();
    try {
      const { protocol } = new URL(value);
      if (protocol === "https:" || protocol === "http:") return Promise.resolve();
    } catch {
      // Not a URL at all: the same message.
    }
    return Promise.reject(
      new Error(t({ zh: "须为 http(s):// 开头的网址", en: "An http(s):// address" })),
    );
  },
});
