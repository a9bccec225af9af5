import * as client from "openid-client";
import type { Database } from "../../../db/database.js";
import {
  latestTokensOfSubject,
  updateSessionTokens,
  type SessionTokens,
} from "../../../db/queries/oidc-logins.js";
import type { ProviderCheck, ProviderVerdict } from "../provider-check.js";
import { providerConfiguration, providerFailure } from "./oidc-configuration.js";
import type { OidcSettings } from "./oidc-settings.js";
import { sessionTokensOf } from "./oidc-tokens.js";

/** Whether the access token was still within the lifetime the provider gave it. */
const stillValid = (tokens: SessionTokens, now: Date): boolean =>
  tokens.accessExpiresAt !== null && Date.parse(tokens.accessExpiresAt) > now.getTime();

const verdictOf = (error: unknown): ProviderVerdict =>
  providerFailure(error) === "refused" ? "gone" : "unreachable";

/**
 * Asks the provider whether a person still stands: its userinfo endpoint,
 * with the access token of the subject's newest session. A refused token is
 * refreshed when there is a refresh token; a refused refresh, or a refusal
 * of a token still within its lifetime, means the provider no longer vouches
 * for them (deleted, disabled, signed out there). A token refused after it
 * expired (or of unknown lifetime) with no refresh token says nothing about
 * the person, and Duban cannot ask again: "unreachable", so the session
 * stands on its own idle and absolute ends. No answer keeps the session.
 */
export const oidcCheck =
  (db: Database, settings: OidcSettings): ProviderCheck =>
  async (signIn, now) => {
    const tokens = await latestTokensOfSubject(db.kysely, signIn);
    if (tokens?.accessToken == null) return "stands";
    let config;
    try {
      config = await providerConfiguration(settings);
      await client.fetchUserInfo(config, tokens.accessToken, signIn.subject);
      return "stands";
    } catch (error) {
      if (config === undefined || verdictOf(error) !== "gone") return verdictOf(error);
      if (tokens.refreshToken === null) return stillValid(tokens, now) ? "gone" : "unreachable";
    }
    try {
      const refreshed = await client.refreshTokenGrant(config, tokens.refreshToken);
      const kept = sessionTokensOf(refreshed, now);
      await updateSessionTokens(db.kysely, tokens.sessionId, kept);
      await client.fetchUserInfo(config, kept.accessToken, signIn.subject);
      return "stands";
    } catch (error) {
      return verdictOf(error);
    }
  };
