import type * as client from "openid-client";
import type { SessionTokens } from "../../../db/queries/oidc-logins.js";

/**
 * What a session keeps of the provider's token response: the tokens, and
 * when the access token expires, counted on Duban's clock from `expires_in`
 * (the recheck compares it with that clock).
 */
export const sessionTokensOf = (
  response: client.TokenEndpointResponse,
  now: Date,
): SessionTokens & { readonly accessToken: string } => ({
  idToken: response.id_token ?? null,
  accessToken: response.access_token,
  refreshToken: response.refresh_token ?? null,
  accessExpiresAt:
    response.expires_in === undefined
      ? null
      : new Date(now.getTime() + response.expires_in * 1000).toISOString(),
});
