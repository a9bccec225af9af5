import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

/** A person the test provider knows: their subject and the claims it gives. */
export interface FixtureAccount {
  readonly sub: string;
  readonly preferred_username: string;
  readonly name: string;
  readonly unit?: string;
  readonly duban_role?: string;
}

export const CLIENT_ID = "duban";
export const CLIENT_SECRET = "a-client-secret-for-tests-only";

/** An OpenID provider of the `oidc-provider` package, on a loopback port of the test process. */
export interface TestProvider {
  readonly issuer: string;
  /** People it knows, by subject; delete one and the provider refuses their tokens. */
  readonly accounts: Map<string, FixtureAccount>;
  close(): Promise<void>;
}

/** How the provider issues tokens, where a test needs other than its defaults. */
export interface TestProviderTokens {
  /** False: no refresh token, even with offline_access (platforms that never issue one). */
  readonly refreshTokens?: boolean;
  /** The access token's lifetime (the package's default: an hour). */
  readonly accessTokenSeconds?: number;
}

/**
 * Starts the provider for a Duban at `publicUrl`: one confidential client
 * with that redirect URI, consent granted by the fixture (so the only page is
 * the provider's own login form, where any password does), ID tokens that
 * carry the profile claims (unit and role included).
 */
export const startTestProvider = async (
  publicUrl: string,
  accounts: readonly FixtureAccount[],
  tokens: TestProviderTokens = {},
): Promise<TestProvider> => {
  const known = new Map(accounts.map((account) => [account.sub, account]));
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${publicUrl}/api/session/oidc/callback`],
        post_logout_redirect_uris: [`${publicUrl}/`],
        grant_types: ["authorization_code", "refresh_token"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    // A signing key of the test's own (else the package warns of its development keys).
    jwks: {
      keys: [
        generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }),
      ],
    },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: {
      openid: ["sub"],
      profile: ["name", "preferred_username", "unit", "duban_role"],
    },
    findAccount: (_ctx, sub) => {
      const account = known.get(sub);
      return account && { accountId: sub, claims: () => ({ ...account }) };
    },
    // Consent is the fixture's: the browser sees the login form only.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (accountId === undefined || client === undefined) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope("openid profile offline_access");
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    ...(tokens.refreshTokens === false ? { issueRefreshToken: () => false } : {}),
    ...(tokens.accessTokenSeconds === undefined
      ? {}
      : // Without the package's 15 seconds of tolerance, or it accepts the token that long after.
        { ttl: { AccessToken: tokens.accessTokenSeconds }, clockTolerance: 0 }),
  };
  const provider = new Provider(issuer, configuration);
  provider.on("server_error", (_ctx, error) => {
    console.error("test provider:", error);
  });
  const handle = provider.callback();
  server.on("request", (request, response) => {
    void handle(request, response);
  });
  return {
    issuer,
    accounts: known,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
};

/** Cookies a browser would keep, for the provider's pages driven without one. */
const cookieJar = () => {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    keep: (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const at = pair.indexOf("=");
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
    },
  };
};

/**
 * Signs in at the provider as a browser would (its login form, then the
 * redirects), from the authorization URL Duban sent, and answers the URL the
 * provider sends the browser back to (Duban's callback with code and state).
 */
export const signInAtProvider = async (authorizationUrl: string, login: string): Promise<URL> => {
  const jar = cookieJar();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(url, {
      method: body === undefined ? "GET" : "POST",
      redirect: "manual",
      headers: { cookie: jar.header() },
      ...(body === undefined ? {} : { body }),
    });
    jar.keep(response);
    body = undefined;
    const location = response.headers.get("location");
    if (location === null) {
      if (response.status !== 200) throw new Error(`provider answered ${response.status}`);
      // The login form: it posts back to the page it is on.
      body = new URLSearchParams({ prompt: "login", login, password: "any" });
      continue;
    }
    const next = new URL(location, url);
    if (next.origin !== url.origin && next.origin !== new URL(authorizationUrl).origin) return next;
    url = next;
  }
  throw new Error("the provider kept redirecting");
};
