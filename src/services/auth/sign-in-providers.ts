import { message, type Message } from "../../domain/message.js";
import type { AuthSettings } from "./auth-settings.js";
import { OIDC_LOGIN_PATH } from "./oidc/oidc-settings.js";
import { SIGN_IN_NAMES, type SignInMethod } from "../../domain/sign-in.js";

/** One way to sign in, as the login page offers it. */
export interface SignInProvider {
  readonly method: SignInMethod;
  /** The button's or the form's label. */
  readonly name: Message;
  /** Where the browser goes to sign in (a provider's redirect); null: the username and password form. */
  readonly loginUrl: string | null;
}

const PASSWORD: SignInProvider = {
  method: "password",
  name: SIGN_IN_NAMES.password,
  loginUrl: null,
};

/** A directory's accounts sign in through the same form, the method chosen beside it. */
const DIRECTORY: SignInProvider = {
  method: "ldap",
  name: SIGN_IN_NAMES.ldap,
  loginUrl: null,
};

/** What is configured now (the environment's, or the admin screen's). */
export interface ConfiguredProviders {
  readonly oidc: AuthSettings["oidc"];
  readonly directory: boolean;
}

/**
 * The ways to sign in this server offers, in the order the login page shows
 * them. The password form is always there: the administrator set up at
 * install signs in with it when a provider is down.
 */
export const signInProviders = (configured: ConfiguredProviders): readonly SignInProvider[] => [
  PASSWORD,
  ...(configured.oidc === undefined
    ? []
    : [
        {
          method: "oidc" as const,
          name: message(configured.oidc.name, configured.oidc.name),
          loginUrl: OIDC_LOGIN_PATH,
        },
      ]),
  ...(configured.directory ? [DIRECTORY] : []),
];
