import * as client from "openid-client";
import type { Database } from "../../../db/database.js";
import { sessionTokens } from "../../../db/queries/oidc-logins.js";
import { providerConfiguration } from "./oidc-configuration.js";
import type { OidcSettings } from "./oidc-settings.js";

/**
 * Where the browser goes to sign out at the provider too (RP-initiated
 * logout, with the session's ID token as hint and Duban's address to come
 * back to), or undefined: the provider has no end_session_endpoint, cannot
 * be reached, or the session kept no ID token. Read before the session ends.
 */
export const providerLogoutUrl = async (
  db: Database,
  settings: OidcSettings,
  sessionId: string,
): Promise<string | undefined> => {
  const tokens = await sessionTokens(db.kysely, sessionId);
  if (tokens?.idToken == null) return undefined;
  try {
    const config = await providerConfiguration(settings);
    if (config.serverMetadata().end_session_endpoint === undefined) return undefined;
    return client.buildEndSessionUrl(config, {
      id_token_hint: tokens.idToken,
      post_logout_redirect_uri: settings.postLogoutRedirectUri,
    }).href;
  } catch {
    return undefined;
  }
};
