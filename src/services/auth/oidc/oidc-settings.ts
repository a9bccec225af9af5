import { ConfigurationError, problem, type ConfigProblem } from "../../../config/problem.js";
import { pairProblems, readSetting, type Environment } from "../../../config/read-settings.js";
import { message } from "../../../domain/message.js";

/** Sign-in through an OpenID Connect provider (统一身份认证); README "OpenID Connect". */
export interface OidcSettings {
  /** The issuer, as its discovery document names it. */
  readonly issuer: string;
  readonly clientId: string;
  /** Undefined: a public client, PKCE alone. */
  readonly clientSecret: string | undefined;
  /** The login page's button. */
  readonly name: string;
  /** `<DUBAN_PUBLIC_URL>/api/session/oidc/callback`, registered at the provider. */
  readonly redirectUri: string;
  /** `<DUBAN_PUBLIC_URL>/`: where the provider sends the browser after its logout. */
  readonly postLogoutRedirectUri: string;
  /** The claims the mapping reads. */
  readonly claims: { readonly username: string; readonly unit: string; readonly role: string };
}

export const OIDC_CALLBACK_PATH = "/api/session/oidc/callback";
export const OIDC_LOGIN_PATH = "/api/session/oidc/login";

/** An issuer without DUBAN_PUBLIC_URL: the provider would have nowhere to send people back to. */
export const publicUrlMissing = (env: Environment): ConfigProblem[] => {
  if (readSetting(env, "DUBAN_OIDC_ISSUER") === undefined) return [];
  if (readSetting(env, "DUBAN_PUBLIC_URL") !== undefined) return [];
  return [
    problem(
      "incomplete",
      "fatal",
      "DUBAN_PUBLIC_URL",
      message(
        "设置了 DUBAN_OIDC_ISSUER，但未设置 DUBAN_PUBLIC_URL：统一身份认证无法回到 Duban",
        "DUBAN_OIDC_ISSUER is set, but DUBAN_PUBLIC_URL is not: the provider cannot send people back to Duban",
      ),
      message(
        "请把 DUBAN_PUBLIC_URL 设为浏览器打开 Duban 的地址，并在平台登记 <地址>/api/session/oidc/callback",
        "Set DUBAN_PUBLIC_URL to the address browsers open Duban at, and register <address>/api/session/oidc/callback at the platform",
      ),
    ),
  ];
};

/** What is wrong with the OpenID settings as a whole (each variable alone is checked by the registry). */
export const oidcProblems = (env: Environment): ConfigProblem[] => {
  const halves = pairProblems(env).filter((p) => p.subject.startsWith("DUBAN_OIDC_"));
  return halves.length > 0 ? halves : publicUrlMissing(env);
};

/**
 * The OpenID settings, or undefined when no issuer is set. Half a
 * configuration stops the start, as the other settings do.
 */
export const oidcSettingsFromEnv = (env: Environment): OidcSettings | undefined => {
  const problems = oidcProblems(env);
  if (problems.length > 0) throw new ConfigurationError(problems);
  const issuer = readSetting(env, "DUBAN_OIDC_ISSUER");
  // Without an issuer the address and the rest are none of OpenID's business.
  if (issuer === undefined) return undefined;
  const clientId = readSetting(env, "DUBAN_OIDC_CLIENT_ID");
  const publicUrl = readSetting(env, "DUBAN_PUBLIC_URL");
  if (clientId === undefined || publicUrl === undefined) return undefined;
  return {
    issuer,
    clientId,
    clientSecret: readSetting(env, "DUBAN_OIDC_CLIENT_SECRET"),
    name: readSetting(env, "DUBAN_OIDC_NAME") ?? "统一身份认证",
    redirectUri: `${publicUrl}${OIDC_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${publicUrl}/`,
    claims: {
      username: readSetting(env, "DUBAN_OIDC_USERNAME_CLAIM") ?? "preferred_username",
      unit: readSetting(env, "DUBAN_OIDC_UNIT_CLAIM") ?? "unit",
      role: readSetting(env, "DUBAN_OIDC_ROLE_CLAIM") ?? "duban_role",
    },
  };
};
