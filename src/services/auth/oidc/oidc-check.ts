import * as client from "openid-client";
import type { Database } from "../../../db/database.js";
import { latestTokensOfSubject, updateSessionTokens } from "../../../db/queries/oidc-logins.js";
import type { ProviderCheck, ProviderVerdict } from "../provider-check.js";
import { providerConfiguration, providerFailure } from "./oidc-configuration.js";
import type { OidcSettings } from "./oidc-settings.js";

const verdictOf = (error: unknown): ProviderVerdict =>
  providerFailure(error) === "refused" ? "gone" : "unreachable";

/**
 * Asks the provider whether a person still stands: its userinfo endpoint,
 * with the access token of the subject's newest session. A refused token is
 * refreshed when there is a refresh token; a refused refresh, or a refusal
 * with nothing to refresh, means the provider no longer vouches for them
 * (deleted, disabled, signed out there). No answer keeps the session.
 */
export const oidcCheck =
  (db: Database, settings: OidcSettings): ProviderCheck =>
  async (signIn) => {
    const tokens = await latestTokensOfSubject(db.kysely, signIn);
    if (tokens?.accessToken == null) return "stands";
    let config;
    try {
      config = await providerConfiguration(settings);
      await client.fetchUserInfo(config, tokens.accessToken, signIn.subject);
      return "stands";
    } catch (error) {
      if (config === undefined || tokens.refreshToken === null || verdictOf(error) !== "gone") {
        return verdictOf(error);
      }
    }
    try {
      const refreshed = await client.refreshTokenGrant(config, tokens.refreshToken);
      await updateSessionTokens(db.kysely, tokens.sessionId, {
        accessToken: refreshed.access_token,
        refreshToken: refreshed.refresh_token ?? null,
      });
      await client.fetchUserInfo(config, refreshed.access_token, signIn.subject);
      return "stands";
    } catch (error) {
      return verdictOf(error);
    }
  };
