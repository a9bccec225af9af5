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

/**
 * The ways to sign in this server offers, in the order the login page shows
 * them. The password form is always there: the administrator set up at
 * install signs in with it when a provider is down.
 */
export const signInProviders = (settings: AuthSettings): readonly SignInProvider[] => [
  PASSWORD,
  ...(settings.oidc === undefined
    ? []
    : [
        {
          method: "oidc" as const,
          name: message(settings.oidc.name, settings.oidc.name),
          loginUrl: OIDC_LOGIN_PATH,
        },
      ]),
];
