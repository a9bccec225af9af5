import * as client from "openid-client";
import type { Database } from "../../../db/database.js";
import {
  insertPendingLogin,
  insertSessionTokens,
  takePendingLogin,
} from "../../../db/queries/oidc-logins.js";
import { writeTransaction } from "../../../db/write-transaction.js";
import type { AuthSettings } from "../auth-settings.js";
import { openSession, type OpenedSession, type SignInRequest } from "../open-session.js";
import { recordLogin } from "../record-sign-in.js";
import { digestSecret, newSecret } from "../secret-token.js";
import { sessionTokensOf } from "./oidc-tokens.js";
import { providerConfiguration, providerFailure } from "./oidc-configuration.js";
import { resolveOidcPerson, type OidcRefusal } from "./oidc-person.js";
import type { OidcSettings } from "./oidc-settings.js";

/** A login under way lasts this long: the time to type a password at the provider. */
const PENDING_MINUTES = 10;

/** What the browser needs to go to the provider: where, and the cookie that ties the callback to it. */
export interface StartedLogin {
  readonly url: string;
  /** The login cookie's value (only its digest is stored). */
  readonly cookie: string;
  readonly maxAgeSeconds: number;
}

/**
 * Begins an authorization-code login with PKCE (S256), state and nonce,
 * kept server-side under the digest of a random cookie for a few minutes.
 */
export const startOidcLogin = async (
  db: Database,
  settings: OidcSettings,
  now: Date,
): Promise<StartedLogin> => {
  const config = await providerConfiguration(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const cookie = newSecret();
  await insertPendingLogin(
    db.kysely,
    digestSecret(cookie),
    {
      state,
      nonce,
      codeVerifier,
      expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
    },
    now.toISOString(),
  );
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    // A refresh token, where the provider grants one, lets the recheck outlive the access token.
    scope: config.serverMetadata().scopes_supported?.includes("offline_access")
      ? "openid profile offline_access"
      : "openid profile",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url: url.href, cookie, maxAgeSeconds: PENDING_MINUTES * 60 };
};

/** Why a callback opened no session: the login page says it in words. */
export type OidcFailure =
  "denied" | "expired" | "state_mismatch" | "refused" | "unreachable" | OidcRefusal;

export type OidcOutcome =
  | { readonly kind: "opened"; readonly session: OpenedSession }
  | { readonly kind: "failed"; readonly reason: OidcFailure };

/**
 * Finishes a login at its callback: the login cookie must name a login under
 * way (taken, so never twice), the state must be its own, and the code is
 * exchanged with the verifier; openid-client checks the ID token (issuer,
 * audience, signature, nonce). The person is then mapped to a Duban user
 * (oidc-person.ts) and a session opened like any other, the provider's tokens
 * kept beside it for the recheck and the provider's logout.
 */
export const finishOidcLogin = async (
  db: Database,
  settings: OidcSettings,
  auth: AuthSettings,
  callback: { readonly url: URL; readonly cookie: string | undefined },
  request: Omit<SignInRequest, "username">,
  now: Date,
): Promise<OidcOutcome> => {
  const failed = (reason: OidcFailure): OidcOutcome => ({ kind: "failed", reason });
  const pending =
    callback.cookie === undefined
      ? undefined
      : await takePendingLogin(db.kysely, digestSecret(callback.cookie));
  if (pending === undefined) return failed("expired");
  if (Date.parse(pending.expiresAt) <= now.getTime()) return failed("expired");
  if (callback.url.searchParams.get("state") !== pending.state) return failed("state_mismatch");
  if (callback.url.searchParams.get("error") === "access_denied") return failed("denied");

  let tokens;
  try {
    const config = await providerConfiguration(settings);
    tokens = await client.authorizationCodeGrant(config, callback.url, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    return failed(providerFailure(error));
  }
  const claims = tokens.claims();
  if (claims === undefined) return failed("refused");
  const signIn = { method: "oidc" as const, provider: settings.issuer, subject: claims.sub };
  const username = [claims[settings.claims.username], claims.sub].find(
    (v): v is string => typeof v === "string",
  );
  const tried = { ...request, username: username ?? claims.sub };

  const person = await writeTransaction(db, (trx) =>
    resolveOidcPerson(trx, settings, claims.sub, claims, now.toISOString()),
  );
  if (person.kind === "refused") {
    await recordLogin(
      db.kysely,
      { kind: "refused_external", signIn, reason: person.reason, ...tried },
      now,
    );
    return failed(person.reason);
  }
  const session = await openSession(db, person.user, signIn, tried, auth, now);
  await insertSessionTokens(
    db.kysely,
    digestSecret(session.token),
    signIn,
    sessionTokensOf(tokens, now),
    now.toISOString(),
  );
  return { kind: "opened", session };
};
