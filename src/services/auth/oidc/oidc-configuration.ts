import * as client from "openid-client";
import type { OidcSettings } from "./oidc-settings.js";

/** How long the provider has to answer one request. */
const TIMEOUT_SECONDS = 10;

/** One discovery per settings: a failed one is forgotten, so the next login asks again. */
const discovered = new WeakMap<OidcSettings, Promise<client.Configuration>>();

const isLoopbackHttp = (issuer: string): boolean => new URL(issuer).protocol === "http:";

/**
 * The provider as its discovery document describes it. Plain http passes the
 * registry only for a loopback issuer (config/address-settings.ts), so only
 * there are openid-client's insecure requests allowed.
 */
export const providerConfiguration = (settings: OidcSettings): Promise<client.Configuration> => {
  const known = discovered.get(settings);
  if (known !== undefined) return known;
  const found = client
    .discovery(
      new URL(settings.issuer),
      settings.clientId,
      { redirect_uris: [settings.redirectUri], response_types: ["code"] },
      settings.clientSecret === undefined
        ? client.None()
        : client.ClientSecretPost(settings.clientSecret),
      {
        timeout: TIMEOUT_SECONDS,
        ...(isLoopbackHttp(settings.issuer)
          ? // eslint-disable-next-line @typescript-eslint/no-deprecated -- a loopback issuer only (see above)
            { execute: [client.allowInsecureRequests] }
          : {}),
      },
    )
    .catch((error: unknown) => {
      discovered.delete(settings);
      throw error;
    });
  discovered.set(settings, found);
  return found;
};

/** What a failed exchange with the provider means for the person signing in. */
export type ProviderFailure = "refused" | "unreachable";

/**
 * A refusal is the provider's answer (an OAuth error, a token that does not
 * check out); anything else (connection refused, timeout, a 5xx page) is the
 * provider not answering.
 */
export const providerFailure = (error: unknown): ProviderFailure => {
  if (
    error instanceof client.ResponseBodyError ||
    error instanceof client.AuthorizationResponseError ||
    error instanceof client.WWWAuthenticateChallengeError
  ) {
    return error instanceof client.ResponseBodyError && error.status >= 500
      ? "unreachable"
      : "refused";
  }
  if (error instanceof client.ClientError) {
    const code = (error as { code?: string }).code ?? "";
    // Responses that could not be read, or a request that never got one.
    return code === "OAUTH_RESPONSE_IS_NOT_JSON" || code === "OAUTH_TIMEOUT"
      ? "unreachable"
      : "refused";
  }
  return "unreachable";
};
