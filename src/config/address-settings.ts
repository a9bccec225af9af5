import { message, type Message } from "../domain/message.js";
import { parseHostAllowance, type HostAllowance } from "./host-allowance.js";
import { problem, type ConfigProblem } from "./problem.js";
import type { Reading, Setting } from "./setting.js";

type Described = Pick<Setting<unknown>, "defaultText" | "meaning">;

const invalid = (name: string, text: Message, fix: Message) =>
  problem("invalid_value", "fatal", name, text, fix);

/** A value refused: the setting is as if unset, and the start stops. */
const refused = (name: string, text: Message, fix: Message): Reading<undefined> => ({
  value: undefined,
  problems: [invalid(name, text, fix)],
});

const unset: Reading<undefined> = { value: undefined, problems: [] };

/** An address: unset when empty, else what `parse` makes of the trimmed text. */
const addressSetting = <T>(
  described: Described,
  secret: boolean,
  parse: (text: string, name: string) => Reading<T | undefined>,
): Setting<T | undefined> => ({
  secret,
  ...described,
  read: (raw, name) => {
    const text = raw?.trim() ?? "";
    return text === "" ? unset : parse(text, name);
  },
});

/**
 * The URL a value is, or its refusal. `shown` is the value as the message may
 * quote it: never for a URL that may carry a password.
 */
const urlOr = (
  text: string,
  name: string,
  fix: Message,
  shown: "quote" | "hide",
): URL | Reading<undefined> => {
  try {
    return new URL(text);
  } catch {
    const quoted = shown === "quote" ? `：“${text}”` : "";
    const quotedEn = shown === "quote" ? `: "${text}"` : "";
    return refused(
      name,
      message(`${name} 不是有效的网址${quoted}`, `${name} is not a valid URL${quotedEn}`),
      fix,
    );
  }
};

const PUBLIC_URL_FIX = message("请写成 https://主机[/路径]", "Write it as https://host[/path]");

/**
 * DUBAN_PUBLIC_URL: an http(s) origin with an optional path, kept without its
 * final slash. Plain http works (an intranet without TLS) but is warned about:
 * the links it makes carry people to a login over an unencrypted connection.
 */
export const publicUrl = (described: Described): Setting<string | undefined> =>
  addressSetting(described, false, (text, name) => {
    const url = urlOr(text, name, PUBLIC_URL_FIX, "quote");
    if (!(url instanceof URL)) return url;
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return refused(
        name,
        message(
          `${name} 必须以 http:// 或 https:// 开头`,
          `${name} must start with http:// or https://`,
        ),
        PUBLIC_URL_FIX,
      );
    }
    if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
      return refused(
        name,
        message(
          `${name} 不能带查询参数、片段、用户名或密码`,
          `${name} must not carry a query, fragment, user or password`,
        ),
        PUBLIC_URL_FIX,
      );
    }
    const problems: ConfigProblem[] =
      url.protocol === "http:"
        ? [
            problem(
              "insecure_url",
              "warning",
              name,
              message(
                `${name} 使用 http：登录和数据不加密传输`,
                `${name} uses http: logins and data travel unencrypted`,
              ),
              message(
                "请在 HTTPS 反向代理之后运行 Duban，并把地址改为 https://",
                "Serve Duban behind an HTTPS reverse proxy and make the address https://",
              ),
            ),
          ]
        : [];
    return { value: url.href.replace(/\/+$/, ""), problems };
  });

const ISSUER_FIX = message(
  "请写成统一身份认证平台的签发者地址 https://主机[/路径]（与其 /.well-known/openid-configuration 中的 issuer 相同）",
  "Write the platform's issuer as https://host[/path] (the issuer of its /.well-known/openid-configuration)",
);

/** Hosts where a plain http issuer is safe: this machine (tests, development). */
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * DUBAN_OIDC_ISSUER: an https URL. Plain http is refused, except for a
 * loopback host, where nothing travels over a network (an identity provider
 * run on this machine for tests or development): tokens over plain http
 * anywhere else could be read on the way.
 */
export const issuerUrl = (described: Described): Setting<string | undefined> =>
  addressSetting(described, false, (text, name) => {
    const url = urlOr(text, name, ISSUER_FIX, "quote");
    if (!(url instanceof URL)) return url;
    const loopbackHttp = url.protocol === "http:" && LOOPBACK_HOST.test(url.hostname);
    if (url.protocol !== "https:" && !loopbackHttp) {
      return refused(
        name,
        message(
          `${name} 必须以 https:// 开头（http 只允许本机地址，供测试使用）`,
          `${name} must start with https:// (http only for this machine's address, for tests)`,
        ),
        ISSUER_FIX,
      );
    }
    return { value: text.replace(/\/+$/, ""), problems: [] };
  });

const SMTP_URL = /^smtps?:\/\//i;

const SMTP_URL_FIX = message(
  "请写成 smtp://用户:密码@主机:587 或 smtps://用户:密码@主机:465（用户和密码需 URL 编码）",
  "Write it as smtp://user:password@host:587 or smtps://user:password@host:465 (user and password percent-encoded)",
);

/**
 * DUBAN_SMTP_URL: smtp://user:pass@host:port (STARTTLS when offered) or
 * smtps://… (TLS from the start). It carries the password, so it is a secret.
 */
export const smtpUrl = (described: Described): Setting<string | undefined> =>
  addressSetting(described, true, (text, name) => {
    if (!SMTP_URL.test(text)) {
      return refused(
        name,
        message(
          `${name} 必须以 smtp:// 或 smtps:// 开头`,
          `${name} must start with smtp:// or smtps://`,
        ),
        SMTP_URL_FIX,
      );
    }
    const url = urlOr(text, name, SMTP_URL_FIX, "hide");
    return url instanceof URL ? { value: text, problems: [] } : url;
  });

/** Where PostgreSQL is: the URL pg and the PostgreSQL tools see, and Duban's own schema. */
export interface PostgresTarget {
  readonly url: string;
  readonly schema?: string;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;
/** The schema goes into the connection's search_path option, so only a plain SQL name. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const DATABASE_URL_FIX = message(
  "请写成 postgres://用户:密码@主机:5432/数据库[?schema=模式名]，或删去它以使用 SQLite",
  "Write it as postgres://user:password@host:5432/database[?schema=name], or remove it to use SQLite",
);

/**
 * DATABASE_URL: `?schema=NAME` is Duban's own parameter, not libpq's, and is
 * taken off the URL. A URL of another scheme leaves Duban on SQLite, as it
 * always did, with a warning: it is most likely a mistake.
 */
export const databaseUrl = (described: Described): Setting<PostgresTarget | undefined> =>
  addressSetting<PostgresTarget>(described, true, (text, name) => {
    if (!POSTGRES_URL.test(text)) {
      return {
        value: undefined,
        problems: [
          problem(
            "invalid_value",
            "warning",
            name,
            message(
              `${name} 不是 postgres:// 地址，将使用 SQLite`,
              `${name} is not a postgres:// URL; SQLite is used`,
            ),
            DATABASE_URL_FIX,
          ),
        ],
      };
    }
    const url = urlOr(text, name, DATABASE_URL_FIX, "hide");
    if (!(url instanceof URL)) return url;
    const schema = url.searchParams.get("schema");
    if (schema === null) return { value: { url: text }, problems: [] };
    if (!SCHEMA_NAME.test(schema)) {
      return refused(
        name,
        message(
          `${name}：模式名“${schema}”只能由字母、数字和 _ 组成`,
          `${name}: schema "${schema}" must be a plain name (letters, digits, _)`,
        ),
        DATABASE_URL_FIX,
      );
    }
    url.searchParams.delete("schema");
    return { value: { url: url.toString(), schema }, problems: [] };
  });

/** DUBAN_WEBHOOK_ALLOW_HOSTS: an entry that is no host, address or network is fatal. */
export const hostList = (described: Described): Setting<HostAllowance> => ({
  secret: false,
  ...described,
  read: (raw, name) => {
    const allowance = parseHostAllowance(raw ?? "");
    return {
      value: allowance,
      problems: allowance.unreadable.map((entry) =>
        invalid(
          name,
          message(
            `${name}：“${entry}”既不是主机名，也不是 IP 地址或 CIDR 网段`,
            `${name}: "${entry}" is neither a host name nor an IP address or CIDR network`,
          ),
          message(
            "请用逗号分隔主机名、IP 地址或网段，如 robot.lan,10.0.0.0/8",
            "Separate host names, IP addresses or networks with commas, e.g. robot.lan,10.0.0.0/8",
          ),
        ),
      ),
    };
  },
});
