import { expect } from "vitest";
import type { Database } from "../../src/db/database.js";
import { DEFAULT_AUTH_SETTINGS } from "../../src/services/auth/auth-settings.js";
import type { OidcSettings } from "../../src/services/auth/oidc/oidc-settings.js";
import {
  clientOf,
  send,
  sessionCookieOf,
  worldFor,
  type Client,
  type World,
} from "./http-session.js";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  signInAtProvider,
  type FixtureAccount,
  type TestProvider,
} from "./oidc-provider.js";

/** The address the injected app is told it is at (no browser goes there in HTTP tests). */
export const INJECTED_PUBLIC_URL = "http://127.0.0.1:9";

/** Duban's OpenID settings for the test provider. */
export const oidcSettingsFor = (issuer: string, publicUrl: string): OidcSettings => ({
  issuer,
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  name: "市统一身份认证",
  redirectUri: `${publicUrl}/api/session/oidc/callback`,
  postLogoutRedirectUri: `${publicUrl}/`,
  claims: { username: "preferred_username", unit: "unit", role: "duban_role" },
});

/** A world whose app signs in through the test provider. */
export const oidcWorld = (
  open: () => Promise<Database>,
  provider: TestProvider,
  accounts: NonNullable<Parameters<typeof worldFor>[1]>["accounts"] = [],
): Promise<World> =>
  worldFor(open, {
    accounts,
    settings: {
      auth: {
        ...DEFAULT_AUTH_SETTINGS,
        oidc: oidcSettingsFor(provider.issuer, INJECTED_PUBLIC_URL),
      },
      publicUrl: INJECTED_PUBLIC_URL,
    },
  });

export const LOGIN_COOKIE = "duban_oidc_login";

/** Duban's login redirect: the provider's authorization URL and the login cookie. */
export const beginLogin = async (w: World): Promise<{ url: string; cookie: string }> => {
  const started = await send(w.app, { method: "GET", url: "/api/session/oidc/login" });
  expect(started.statusCode).toBe(302);
  const cookie = started.cookies.find((c) => c.name === LOGIN_COOKIE)?.value;
  if (cookie === undefined) throw new Error("no login cookie");
  return { url: String(started.headers.location), cookie };
};

/** The browser coming back to Duban's callback. */
export const callback = (w: World, back: URL, cookie: string) =>
  send(w.app, {
    method: "GET",
    url: `${back.pathname}${back.search}`,
    headers: { cookie: `${LOGIN_COOKIE}=${cookie}` },
  });

/** Signs in through the provider as `account`: the callback's answer. */
export const oidcLogIn = async (w: World, account: FixtureAccount) => {
  const { url, cookie } = await beginLogin(w);
  return callback(w, await signInAtProvider(url, account.sub), cookie);
};

/** A client for the session an OpenID login opened; throws unless it opened one. */
export const oidcClient = async (w: World, account: FixtureAccount): Promise<Client> => {
  const answer = await oidcLogIn(w, account);
  const cookie = sessionCookieOf(answer);
  if (answer.statusCode !== 302 || cookie === undefined) {
    throw new Error(`OpenID login failed: ${answer.statusCode} ${String(answer.headers.location)}`);
  }
  const session = await send(w.app, {
    method: "GET",
    url: "/api/session",
    headers: { cookie: `duban_session=${cookie}` },
  });
  const body = session.json<{
    csrfToken: string;
    user: { id: number; username: string; unitId: number; role: "unit_staff" };
  }>();
  return clientOf(w.app, {
    username: body.user.username,
    userId: body.user.id,
    unitId: body.user.unitId,
    role: body.user.role,
    cookie,
    csrf: body.csrfToken,
  });
};
