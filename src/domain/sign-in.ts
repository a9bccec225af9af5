import { message, type Message } from "./message.js";

/** The ways a person can prove who they are to Duban. */
export const SIGN_IN_METHODS = ["password", "oidc", "ldap"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** An identity provider outside Duban: an OpenID issuer or an LDAP directory. */
export type ExternalMethod = Exclude<SignInMethod, "password">;

/**
 * How a session began. A password is Duban's own; an external sign-in
 * names the provider (the issuer's URL, the directory's URL) and the
 * subject it vouched for (OIDC `sub`, the directory entry's DN), which is
 * what the audit log needs to trace a person back to the provider.
 */
export type SignIn =
  | { readonly method: "password" }
  | { readonly method: ExternalMethod; readonly provider: string; readonly subject: string };

export const PASSWORD_SIGN_IN: SignIn = { method: "password" };

export const isSignInMethod = (value: string): value is SignInMethod =>
  (SIGN_IN_METHODS as readonly string[]).includes(value);

/** A stored session's columns read back; an unknown method is read as a password. */
export const signInOf = (
  method: string,
  provider: string | null,
  subject: string | null,
): SignIn =>
  method !== "password" && isSignInMethod(method) && provider !== null && subject !== null
    ? { method, provider, subject }
    : PASSWORD_SIGN_IN;

/** How the audit log and its CSV name each method. */
export const SIGN_IN_NAMES: Readonly<Record<SignInMethod, Message>> = {
  password: message("账号密码", "password"),
  oidc: message("统一身份认证", "single sign-on (OpenID Connect)"),
  ldap: message("LDAP 目录", "LDAP directory"),
};
