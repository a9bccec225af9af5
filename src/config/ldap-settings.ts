import { message, type Message } from "../domain/message.js";
import { problem } from "./problem.js";
import type { Reading, Setting } from "./setting.js";

type Described = Pick<Setting<unknown>, "defaultText" | "meaning">;

/** What stands for the typed username in DUBAN_LDAP_USER_FILTER. */
export const USERNAME_PLACEHOLDER = "{username}";

/** A value refused: `value` stands in for it, and the start stops. */
const refused = <T>(value: T, name: string, text: Message, fix: Message): Reading<T> => ({
  value,
  problems: [problem("invalid_value", "fatal", name, text, fix)],
});

/** DUBAN_LDAP_URL: ldap:// or ldaps://, a host and an optional port; nothing else. */
export const ldapUrl = (described: Described): Setting<string | undefined> => ({
  secret: false,
  ...described,
  read: (raw, name): Reading<string | undefined> => {
    const text = raw?.trim() ?? "";
    if (text === "") return { value: undefined, problems: [] };
    const fix = message(
      "请写成 ldaps://主机[:636] 或 ldap://主机[:389]",
      "Write it as ldaps://host[:636] or ldap://host[:389]",
    );
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return refused(
        undefined,
        name,
        message(`${name} 不是有效的网址：“${text}”`, `${name} is not a valid URL: "${text}"`),
        fix,
      );
    }
    const bare = url.pathname === "" || url.pathname === "/";
    if (
      (url.protocol !== "ldap:" && url.protocol !== "ldaps:") ||
      url.hostname === "" ||
      !bare ||
      url.search !== "" ||
      url.username !== ""
    ) {
      return refused(
        undefined,
        name,
        message(
          `${name} 必须是 ldap:// 或 ldaps:// 加主机和端口，而不是“${text}”`,
          `${name} must be ldap:// or ldaps:// with a host and port, not "${text}"`,
        ),
        fix,
      );
    }
    return { value: `${url.protocol}//${url.host}`, problems: [] };
  },
});

/** DUBAN_LDAP_USER_FILTER: an LDAP filter in parentheses naming {username}. */
export const ldapUserFilter = (
  described: Described & { readonly fallback: string },
): Setting<string> => ({
  secret: false,
  ...described,
  read: (raw, name) => {
    const text = raw?.trim() ?? "";
    if (text === "") return { value: described.fallback, problems: [] };
    if (text.startsWith("(") && text.endsWith(")") && text.includes(USERNAME_PLACEHOLDER)) {
      return { value: text, problems: [] };
    }
    return refused(
      described.fallback,
      name,
      message(
        `${name} 应为括号括起、含 ${USERNAME_PLACEHOLDER} 的过滤器，而不是“${text}”`,
        `${name} must be a filter in parentheses naming ${USERNAME_PLACEHOLDER}, not "${text}"`,
      ),
      message(
        "OpenLDAP 用 (uid={username})，Active Directory 用 (sAMAccountName={username})",
        "OpenLDAP: (uid={username}); Active Directory: (sAMAccountName={username})",
      ),
    );
  },
});

/** The service account's password: kept exactly as set (a space may belong to it), never shown. */
export const directoryPassword = (described: Described): Setting<string | undefined> => ({
  secret: true,
  ...described,
  read: (raw) => ({ value: raw === "" ? undefined : raw, problems: [] }),
});

/** An attribute's name (letters, digits, hyphens, as RFC 4512 has them). */
export const attributeName = (
  described: Described & { readonly fallback: string },
): Setting<string> => ({
  secret: false,
  ...described,
  read: (raw, name) => {
    const text = raw?.trim() ?? "";
    if (text === "") return { value: described.fallback, problems: [] };
    if (/^[A-Za-z][A-Za-z0-9-]*$/.test(text)) return { value: text, problems: [] };
    return refused(
      described.fallback,
      name,
      message(`${name} 不是属性名：“${text}”`, `${name} is not an attribute name: "${text}"`),
      message(
        "请写属性名，如 uid、cn、displayName",
        "Name an attribute, e.g. uid, cn, displayName",
      ),
    );
  },
});
