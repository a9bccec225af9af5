/* Generated from /api/openapi.json by `npm run api-types`; do not edit. */
export type paths = {
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness, version and schema state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok";
              version: string;
              /** @enum {string} */
              database: "sqlite" | "postgres";
              migrations: {
                readonly applied: string[];
                readonly pending: string[];
              };
              /** @description The demo data this database holds, with its accounts (their shared password is in the README); null for real data */
              demo: {
                /**
                 * @description The demo's day when it was seeded; the server's clock runs on from it
                 * @example 2022-06-30
                 */
                asOf: string;
                readonly accounts: {
                  username: string;
                  unit: string;
                  /**
                   * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
                   * @enum {string}
                   */
                  role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
                }[];
              } | null;
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who is logged in
     * @description 204 when the request carries no session cookie and no token: nobody has logged in in this browser (a first visit, or after logging out). 401 when the cookie or token it carries is no longer valid (the session expired or was ended).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Log in: sets the session cookie and returns the CSRF token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            username: string;
            password: string;
            /**
             * @description password: a Duban account (the default); ldap: the directory's account
             * @default password
             * @enum {string}
             */
            method?: "password" | "ldap";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /**
     * Log out: ends the session and clears the cookie
     * @description 200 with `logoutUrl` when the session was opened by an OpenID provider that offers logout: the browser goes there to sign out at the provider too, and comes back to Duban's address. 204 otherwise.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              logoutUrl: string;
            };
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ways to sign in: the password form, and each configured identity provider */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SignInProviders"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/waiting": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What waits for the caller across every plan: the bell's and the menu's counts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InboxCounts"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change one's own password; other sessions end */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/second-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own second factor: enrolled, required by the role, recovery codes left */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SecondFactorStatus"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Pass the second factor: a code from the authenticator app or a recovery code; the session gets a new cookie and CSRF token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** Turn one's own second factor off (a current code required), unless the role requires it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/second-factor/enrolment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Complete enrolling with the app's first code: returns the recovery codes (once) and, for a session that waited for it, the new session */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly recoveryCodes: string[];
              session: components["schemas"]["Session"] | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** Start enrolling an authenticator app: a new secret, its otpauth address and QR code (shown until the first code is typed, never again) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SecondFactorEnrolment"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/second-factor/recovery-codes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make new recovery codes (a current code required); the old ones stop working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RecoveryCodes"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/second-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roles that must use a second factor, and who has one (administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SecondFactorOverview"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** Set the roles that must use a second factor from their next sign-in on; empty: none (administrators) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            readonly requiredRoles: ("admin" | "supervisor" | "unit_leader" | "unit_staff")[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SecondFactorOverview"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{id}/second-factor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Reset a user's second factor and recovery codes, e.g. a lost phone (administrators) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/oidc/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sign in through the OpenID provider: redirects there (PKCE, state, nonce) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description To the provider, or back into the app */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/session/oidc/callback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the OpenID provider sends the browser back: opens a session */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description To the provider, or back into the app */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/oidc/mappings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The OpenID provider's settings and the mapping table (administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description The OpenID provider as configured (never its secret); null: none */
              provider: {
                issuer: string;
                clientId: string;
                clientSecretSet: boolean;
                name: string;
                redirectUri: string;
                postLogoutRedirectUri: string;
                /** @enum {string} */
                source: "environment";
              } | null;
              readonly users: {
                claimValue: string;
                userId: number;
                username: string;
              }[];
              readonly units: {
                unitId: number;
                unitName: string;
                claimValue: string | null;
                /**
                 * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
                 * @enum {string}
                 */
                maxRole: "admin" | "supervisor" | "unit_leader" | "unit_staff";
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/oidc/user-mappings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Map a provider's username (the username claim's value) to an existing user */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            claimValue: string;
            userId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    /** Remove a provider username's mapping (linked sign-ins stay linked) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            claimValue: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/oidc/unit-rules/{unitId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Let people unknown to Duban be created in this unit at their first login */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default null */
            claimValue?: string | null;
            /**
             * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
             * @default unit_staff
             * @enum {string}
             */
            maxRole?: "admin" | "supervisor" | "unit_leader" | "unit_staff";
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    /** Stop creating users in this unit at first login */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users the caller may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["User"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Create a user (administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            username: string;
            displayName: string;
            unitId: number;
            /**
             * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
             * @enum {string}
             */
            role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user: name, unit, role, disabled, or reset the password (administrators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            displayName?: string;
            unitId?: number;
            /**
             * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
             * @enum {string}
             */
            role?: "admin" | "supervisor" | "unit_leader" | "unit_staff";
            disabled?: boolean;
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/tokens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens (never the secrets) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["ApiToken"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Issue a token; its secret is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            unitId: number;
            /**
             * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
             * @enum {string}
             */
            role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
            /**
             * Format: date-time
             * @default null
             */
            expiresAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: number;
              name: string;
              unitId: number;
              unitName: string;
              /**
               * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
               * @enum {string}
               */
              role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
              createdBy: number | null;
              createdByUsername: string | null;
              createdAt: string;
              expiresAt: string | null;
              lastUsedAt: string | null;
              revokedAt: string | null;
              /** @enum {string|null} */
              revokedReason: "revoked" | "creator_disabled" | "creator_demoted" | null;
              token: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tokens/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a token */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiToken"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every unit and group, with aliases and members */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Unit"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Create a unit or group */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /**
             * @default unit
             * @enum {string}
             */
            kind?: "unit" | "group";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Unit"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One unit */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Unit"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}/aliases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add another name the tables use for this unit */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            alias: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Unit"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}/aliases/{alias}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an alias */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          alias: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Unit"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}/parent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Put a unit under another (a bureau's section, a city's county), or under none
     * @description The units under a unit are who its sub-plans' (子计划) steps may name; their people see only those steps.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            parentUnitId: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Unit"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}/merge": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fold another unit into this one: its rows, people and names move here */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            otherUnitId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Unit"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Plans the caller sees anything of, with what waits on the caller in each */
    get: {
      parameters: {
        query?: {
          /** @description Include archived plans (left out by default) */
          archived?: "0" | "1" | "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["PlanListItem"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /**
     * Import a responsibility document (.docx, .xlsx, .csv, .txt, .html) as a plan or a new revision
     * @description Send the file itself as the request body (Content-Type application/octet-stream), or a multipart/form-data form with a `file` part and a `corrections` part: a JSON array of PlanCorrection (at most 2 MiB) made in the import preview, applied to the plan as read. Without corrections, those kept with the last import of the same file (same SHA-256) into the plan apply again; `correctionsApplied` counts those that found their target, and one that no longer does is a warning. With dryRun=true nothing is stored and the answer previews the plan, the diff and the diagnostics. A file with errors is refused with 422 and its diagnostics, located by sheet, row, column and cell. A revision that would remove milestones with history, evidence or open requests is refused with 409 import.confirmation_required (details: planId, revision, removals) unless confirmRemovals=true.
     */
    post: {
      parameters: {
        query: {
          /** @description The file's name; its extension names the format */
          fileName: string;
          /** @description Work out everything, store nothing */
          dryRun?: "0" | "1" | "true" | "false";
          /** @description Import as a revision of this plan, whatever the title says. Without it the table starts a plan of its own, unless a plan of the same title already holds the very same content (then nothing changes); the answer's `match` names a plan of the same title it could revise */
          planId?: number;
          /** @description Import as the sub-plan (子计划) of this milestone, by its lead unit or the office: a new sub-plan, or a revision of the one it has. Every row's deadline must be no later than the milestone's and every unit the lead unit, one of its sections or subordinate units, or a new one (created under it); otherwise nothing is stored (422) */
          parentMilestoneId?: number;
          /** @description Let the revision remove milestones that have history, evidence or open requests (409 import.confirmation_required otherwise); their open requests are withdrawn */
          confirmRemovals?: "0" | "1" | "true" | "false";
          year?: number;
          title?: string;
          issuer?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportOutcome"];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportOutcome"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportRefusal"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan's content: all of it for the supervision office, a unit's part for a unit */
    get: {
      parameters: {
        query?: {
          /** @description An earlier revision (supervision office only) */
          revision?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              plan: {
                id: number;
                year: number;
                issuer: string | null;
                /** @enum {string} */
                kind: "master" | "slice";
                /** @description What the office files the plan under, beside its year: 政府工作报告, 民生实事, a special plan's name */
                category: string;
                ownerUnit: string | null;
                title: string;
                currentRevision: number;
                createdAt: string;
                updatedAt: string;
                /** @description When an administrator archived the plan (read-only); null while in use */
                archivedAt: string | null;
                /** @description The milestone this plan is the sub-plan (子计划) of, owned by its lead unit (ownerUnit); null for a plan of its own */
                parentMilestoneId: number | null;
                can: components["schemas"]["PlanAbilities"];
                /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
                holidaysLoaded: boolean;
              };
              revision: number;
              content: components["schemas"]["PlanJson"];
              readonly ids: {
                task: number;
                readonly milestones: number[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Delete a wrongly imported plan (administrators), while nothing has been done on it
     * @description Refused with 409 plan.has_work when the plan has workflow records, requests, evidence, instructions, notices, distributions, focus marks or reminders; its message names them and details.work counts them. Archive such a plan instead.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** File a plan under a year and category (supervision office) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The year the plan is filed under */
            year?: number;
            /** @description 政府工作报告, 民生实事, or a special plan's name: one line, at most 20 characters */
            category?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanSummary"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/plans/{id}/archive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a plan (administrators): read-only, out of reminders and the picker, still exportable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanSummary"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/unarchive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived plan back into use (administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanSummary"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/revisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The revisions of a plan, oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Revision"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/revisions/{number}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One revision with what changed against the one before */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          number: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              number: number;
              title: string;
              actor: string;
              /** @description The importer's display name */
              actorName: string;
              createdAt: string;
              file: {
                name: string;
                sha256: string;
                format: string;
                size: number;
              };
              counts: {
                added: number;
                removed: number;
                changed: number;
                unchanged: number;
              };
              diff:
                | components["schemas"]["PlanDiff"]
                | {
                    /** @description Milestones by how the revision changes them */
                    counts: {
                      added: number;
                      removed: number;
                      changed: number;
                      unchanged: number;
                    };
                  };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/slice": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's slice of the plan (what it leads), as its own table */
    get: {
      parameters: {
        query: {
          unit: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanJson"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/next-year": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What next year's plan would carry from this one (结转); changes nothing
     * @description The plan's milestones not done today (by the status every screen shows), each with its deadline moved into the new year and whether it was carried already. Supervision office only.
     */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NextYearProposal"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /**
     * Start next year's plan from this one, carrying the picked milestones (结转)
     * @description Creates the plan of `year` as its first revision, with the picked unfinished milestones and their tasks, each linked to the milestone it came from; the category and settings (reminder rules among them) are copied. An empty list carries none. 400 plan.invalid_input for a milestone that is not an unfinished one of the plan, 409 plan.conflict for one carried already. Supervision office only.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The new plan's year, after the old plan's */
            year: number;
            /** @description The unfinished milestones picked to carry; empty: carry none */
            milestoneIds: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NextYearPlan"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export a plan: its table (.docx, .xlsx) or its milestones with status (.csv, .json)
     * @description Answers the file as a download with its Chinese name (RFC 6266/5987). A unit's people get what they see of the plan, and a unit's part only of their own unit. The filters are the plan view's (GET /api/milestones) and choose among the milestones in force. A format that has no export of the kind asked is refused with 400 export.unavailable, listing the formats there are in details.formats.
     */
    get: {
      parameters: {
        query: {
          /** @description docx, xlsx: the decomposition table; csv, json: milestones with status as of a day; ics: the calendar */
          format: "docx" | "xlsx" | "csv" | "json" | "ics";
          /** @description One unit's part (its 牵头部分, with its header counts line): an id, name or alias */
          unit?: string;
          /** @description The day statuses are computed for; today by default */
          asOf?: string;
          /** @description The plan as it stood at this revision (supervision office only) */
          revision?: number;
          /** @description The progress bulletin (进展情况通报) instead of the table or data */
          bulletin?: "0" | "1" | "true" | "false";
          /** @description Filter: milestones this unit (id or name) leads, whole tasks included, or shares */
          responsible?: string;
          /** @description With responsible: only where it leads, or only where it cooperates */
          role?: "lead" | "cooperating";
          /** @description Filter, comma-separated, as of asOf: done, overdue, due_soon, in_progress, not_started */
          status?: string;
          /** @description Filter: due on or after this day */
          dueFrom?: string;
          /** @description Filter: due on or before this day */
          dueTo?: string;
          /** @description Filter: words in the milestone or its task */
          text?: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks, in table order */
    get: {
      parameters: {
        query?: {
          plan?: number;
          /** @description A unit id: tasks it leads or has milestones in */
          unit?: number;
          role?: "lead" | "cooperating";
          /** @description Text in the task */
          q?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Task"][];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tasks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task with the milestones the caller may see */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: number;
              planId: number;
              no: number | null;
              label: string;
              title: string;
              readonly outline: {
                label: string;
                title: string;
                level: number;
              }[];
              readonly leadUnits: string[];
              readonly cooperatingUnits: string[];
              otherRoles: {
                [key: string]: string[];
              };
              readonly persons: {
                name: string;
                role: string;
              }[];
              remarks: {
                [key: string]: string;
              };
              milestoneCount: number;
              focus: boolean;
              can: components["schemas"]["TaskAbilities"];
              readonly milestones: components["schemas"]["Milestone"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Milestones with their status as of a day */
    get: {
      parameters: {
        query?: {
          plan?: number;
          task?: number;
          /** @description A unit id: the milestones it leads (whole tasks included) or shares */
          unit?: number;
          /** @description With unit: only where it leads, or only where it cooperates */
          role?: "lead" | "cooperating";
          /** @description Comma-separated: done, overdue, due_soon, in_progress, not_started */
          status?: string;
          /** @description The day status is computed for; today by default */
          asOf?: string;
          dueFrom?: string;
          dueTo?: string;
          /** @description Text in the milestone or its task, a responsible unit's name or alias, or a 序号 (204, 205（3）) */
          q?: string;
          /** @description position (table order), due, status (worst light first), unit (责任单位, lead first, pinyin order); a leading - reverses */
          sort?:
            "position" | "-position" | "due" | "-due" | "status" | "-status" | "unit" | "-unit";
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Milestone"][];
              total: number;
              page: number;
              pageSize: number;
              asOf: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One milestone with its status as of a day */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MilestoneDetail"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/sub-plan": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The milestone's sub-plan (子计划): its steps as the caller sees them, and their roll-up */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              subPlan: components["schemas"]["SubPlan"] | null;
              /** @description Set when the caller may split the milestone (or change its steps): the units a step may name */
              decompose: {
                readonly units: {
                  id: number;
                  name: string;
                }[];
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /**
     * Split the milestone into steps, or change the steps of its sub-plan
     * @description By the milestone's lead unit or the office. Each step names its units (the lead unit, its sections or subordinate units) and a due day no later than the milestone's; a step at fault is refused naming its field (body.steps[2].dueDate) and nothing is stored. A milestone's sub-plan is one plan: sending steps again makes a revision of it, as an import does (steps with records removed only with confirmRemovals).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            steps: {
              text: string;
              /** @description The lead unit itself or units under it (sections, subordinate units); the first leads the step */
              unitIds: number[];
              /**
               * @description No later than the parent milestone's due day
               * @example 2022-06-30
               */
              dueDate: string;
            }[];
            /** @default false */
            confirmRemovals?: boolean;
            /** @default false */
            dryRun?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportOutcome"];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportOutcome"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/parent-milestone": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The milestone a sub-plan decomposes, read-only; null for a plan of its own */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              parentMilestone: {
                milestoneId: number;
                planId: number;
                planTitle: string;
                taskTitle: string;
                text: string;
                deadline: components["schemas"]["Deadline"];
                leadUnit: string | null;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit-events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, filtered by user, unit, object, action and time */
    get: {
      parameters: {
        query?: {
          user?: number;
          token?: number;
          unit?: number;
          objectType?: string;
          objectId?: string;
          action?: string;
          /** @description From this time, inclusive */
          from?: string;
          /** @description Before this time */
          to?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["AuditEntry"][];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit-events/choices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the audit log's filters offer: its people (by name), actions and objects */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly people: {
                id: number;
                name: string;
                unit: string;
              }[];
              readonly actions: {
                action: string;
                name: components["schemas"]["Message"];
              }[];
              readonly objectTypes: {
                type: string;
                name: components["schemas"]["Message"];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit-events/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log as CSV for Excel (UTF-8 with BOM), with the same filters */
    get: {
      parameters: {
        query?: {
          user?: number;
          token?: number;
          unit?: number;
          objectType?: string;
          objectId?: string;
          action?: string;
          /** @description From this time, inclusive */
          from?: string;
          /** @description Before this time */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calendar": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A year's statutory holidays and make-up working days in effect */
    get: {
      parameters: {
        query?: {
          /** @description Default: this year */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CalendarYear"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calendar/days/{date}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One day: holiday, make-up working day or ordinary, and where that comes from */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CalendarDay"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** Set a day (administrators): a holiday, a working day, or back to the weekday rule */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description holiday: a day off; workday: a working day; normal: the weekday rule
             * @enum {string}
             */
            kind: "holiday" | "workday" | "normal";
            /**
             * @default
             * @example 国庆节
             */
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CalendarDay"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    /** Undo an administrator's change to a day: the shipped entry applies again */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CalendarDay"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calendar-feeds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My calendar feeds (an administrator: everyone's), never their secrets */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["CalendarFeed"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Subscribe: a feed of a unit's (optionally in one plan) or a plan's milestones */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default null */
            unitId?: number | null;
            /** @default null */
            planId?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NewCalendarFeed"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calendar-feeds/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a feed: its address answers 404 from now on */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CalendarFeed"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/calendar-feeds/{token}/feed.ics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The feed (iCalendar), as its creator may see it today; no session needed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Links with their use: the office's list holds all, a unit's those it issued */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Link"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /**
     * Issue a link for a unit without an account to read milestones and send input
     * @description The office may name any milestone, a lead unit's people those their unit leads; the unit must be named on each milestone in a role other than lead. The secret is in this answer only.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The milestones the link reaches, nothing else */
            milestoneIds: number[];
            /** @description The unit it speaks for: one each milestone names, in a role other than lead */
            unitId: number;
            /**
             * @description The person it is sent to (optional)
             * @default null
             */
            contactName?: string | null;
            /**
             * @description Days until it expires; 14 when not given
             * @default null
             */
            days?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NewLink"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/links/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a link: its address is refused from now on */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Link"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/link/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a link's holder reads: the milestones it names, and nothing else */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LinkPage"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/link/{token}/milestones/{id}/input": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the unit's input on a milestone the link names (multipart/form-data)
     * @description Fields holderName (the sender's name, as it will show in the milestone's history) and text, then up to 10 evidence files of 20 MiB each, counted against the unit's storage quota. Recorded as the unit's input, through the link, under the name given.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LinkSubmission"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/acknowledgement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit acknowledges (签收) the milestone */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description workflow.version as last read; a stale one is refused with 409 and the current state */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["WorkflowState"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/acknowledgements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The lead unit acknowledges (批量签收) several milestones at once, all or none
     * @description One transaction: if any milestone may not be acknowledged by the caller or is acknowledged already, nothing changes and the error names it (its 序号 and words, field body.ids.N).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 1 to 200 ids; all are done, or none */
            readonly ids: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["WorkflowState"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload evidence files (multipart/form-data), for a report or completion to cite
     * @description One or more file parts, at most 10 of 20 MiB each; the type is read from the bytes. Counted against the unit's storage quota (413) and the account's hourly upload allowance (429). The ids answered go in attachmentIds of the report or completion.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly attachments: components["schemas"]["Attachment"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/evidence-storage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evidence stored per unit against the quota, and the hourly upload allowance */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["EvidenceStorage"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report progress (the lead unit's is official; a cooperating unit's is input) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description workflow.version as last read; a stale one is refused with 409 and the current state */
            version: number;
            text: string;
            /** @default null */
            percent?: number | null;
            /**
             * @description Files uploaded beforehand with POST /api/milestones/{id}/evidence, which this step cites
             * @default []
             */
            readonly attachmentIds?: number[];
            /**
             * @description Ids of cooperating units' reports the lead's report draws on
             * @default []
             */
            readonly cites?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              workflow: components["schemas"]["WorkflowState"];
              official: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/completion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit declares the milestone complete, with evidence */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description workflow.version as last read; a stale one is refused with 409 and the current state */
            version: number;
            /** @example 2022-06-30 */
            completedOn: string;
            /** @default  */
            text?: string;
            /**
             * @description Files uploaded beforehand with POST /api/milestones/{id}/evidence, which this step cites
             * @default []
             */
            readonly attachmentIds?: number[];
            /** @description Why the milestone is complete while steps of its sub-plan (子计划) are open; required then */
            openSubStepsReason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              workflow: components["schemas"]["WorkflowState"];
              requestId: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/extension-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit asks for a new due date */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description workflow.version as last read; a stale one is refused with 409 and the current state */
            version: number;
            /** @example 2022-06-30 */
            newDue: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              workflow: components["schemas"]["WorkflowState"];
              requestId: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything recorded about the milestone, oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly entries: components["schemas"]["LedgerEntry"][];
              readonly requests: components["schemas"]["MilestoneRequest"][];
              readonly attachments: components["schemas"]["Attachment"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Completion and extension requests: the review queue */
    get: {
      parameters: {
        query?: {
          plan?: number;
          state?: "pending" | "approved" | "rejected" | "withdrawn";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["MilestoneRequest"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/requests/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A supervisor approves, or returns / rejects with a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description workflow.version as last read; a stale one is refused with 409 and the current state */
            version: number;
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @default  */
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              workflow: components["schemas"]["WorkflowState"];
              request: components["schemas"]["MilestoneRequest"];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/requests/decisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A supervisor decides several requests at once with one comment (批量通过), all or none
     * @description One transaction: if any request is not pending or cannot take the decision, nothing changes and the error names it (field body.ids.N). Each milestone's current version is used.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 1 to 200 ids; all are done, or none */
            readonly ids: number[];
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @default  */
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["MilestoneRequest"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/attachments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An evidence file, as uploaded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/drafts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit's staff drafts a completion or extension for its leader to confirm */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      /** @description 申报完成 (completion: completedOn, text, attachmentIds) or 申请延期 (extension: newDue, reason) */
      requestBody: {
        content: {
          "application/json":
            | {
                /** @enum {string} */
                kind: "completion";
                /** @example 2022-06-30 */
                completedOn: string;
                /** @default  */
                text?: string;
                /**
                 * @description Files the drafter uploaded with POST /api/milestones/{id}/evidence
                 * @default []
                 */
                readonly attachmentIds?: number[];
              }
            | {
                /** @enum {string} */
                kind: "extension";
                /** @example 2022-06-30 */
                newDue: string;
                reason: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RequestDraft"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/drafts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drafts across every plan: the unit's own (待确认, 我的草稿), or all for the office */
    get: {
      parameters: {
        query?: {
          state?: "open" | "drafted" | "returned" | "confirmed" | "withdrawn";
          plan?: number;
          milestone?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["ListedRequestDraft"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/drafts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Edit a draft (drafted, or returned) and submit it to the leader again */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The draft's version as last read; a stale one is refused with 409 */
            version: number;
            /** @description 申报完成 (completion: completedOn, text, attachmentIds) or 申请延期 (extension: newDue, reason) */
            payload:
              | {
                  /** @enum {string} */
                  kind: "completion";
                  /** @example 2022-06-30 */
                  completedOn: string;
                  /** @default  */
                  text?: string;
                  /**
                   * @description Files the drafter uploaded with POST /api/milestones/{id}/evidence
                   * @default []
                   */
                  readonly attachmentIds?: number[];
                }
              | {
                  /** @enum {string} */
                  kind: "extension";
                  /** @example 2022-06-30 */
                  newDue: string;
                  reason: string;
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RequestDraft"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/drafts/{id}/withdrawal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a draft; nothing goes to the office */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The draft's version as last read; a stale one is refused with 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RequestDraft"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/drafts/{id}/confirmation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit's leader confirms a draft: it is submitted to the office as the leader's */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The draft's version as last read; a stale one is refused with 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              draft: components["schemas"]["RequestDraft"];
              workflow: components["schemas"]["WorkflowState"];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/drafts/{id}/return": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit's leader returns a draft to its drafter, saying why */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The draft's version as last read; a stale one is refused with 409 */
            version: number;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RequestDraft"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the plan is run: review, warning window, reporting cycle */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              version: number;
              settings: components["schemas"]["PlanSettings"];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** Change how the plan is run (supervision office) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            version: number;
            settings: components["schemas"]["PlanSettingsInput"];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              version: number;
              settings: components["schemas"]["PlanSettings"];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status and light of every milestone as of a day, rolled up per task and unit */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          /** @description A unit id: its own figures (what it leads), what it shares apart */
          unit?: number;
          /** @description none: the roll-ups alone, without a line per milestone (today's are counted in the database) */
          milestones?: "all" | "none";
          /** @description none: without the per-task roll-ups (byTask empty), for a view that shows the plan's, units' and months' figures */
          tasks?: "all" | "none";
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanStatus"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every plan the caller sees side by side: the dashboard's figures of each */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          /** @description Include archived plans (left out by default) */
          archived?: "0" | "1" | "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlanComparison"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's reminder contacts (keys and secrets masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["UnitContact"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** Add a contact: an e-mail address or a robot webhook (public addresses only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            label: string;
            contact: components["schemas"]["ContactInput"];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["UnitContact"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/units/{id}/contacts/{contactId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a contact */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          contactId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reminders/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reminder delivery log, newest first: state, attempts, last result */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: {
                id: number;
                bundleId: number;
                key: string;
                contact: components["schemas"]["ContactView"];
                message: unknown;
                /** @enum {string} */
                state: "pending" | "sent" | "retrying" | "failed";
                attempts: number;
                nextAttemptAt: string | null;
                lastResult: string | null;
                sentAt: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/instructions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Instructions the caller may see: of a plan, on a target, or awaiting an answer */
    get: {
      parameters: {
        query?: {
          plan?: number;
          /** @description task:ID or milestone:ID */
          target?: string;
          /** @description Open ones not answered yet: by the caller's unit, or (the office) by any unit */
          awaiting?: "0" | "1" | "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Instruction"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** The office enters a leader's instruction on a task or milestone */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            targetType: "task" | "milestone";
            targetId: number;
            text: string;
            /** @description The leader as written, e.g. 市长 张三 */
            issuedBy: string;
            /**
             * @description By when the responsible units are to answer
             * @default null
             * @example 2022-06-30
             */
            responseDue?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Instruction"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/instructions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One instruction with the units' responses */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Instruction"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/instructions/{id}/responses": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A responsible unit answers the instruction */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Instruction"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/instructions/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The office closes (办结) the instruction */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      /** @description No body: close whatever has come in */
      requestBody: {
        content: {
          "application/json": {
            /** @description The version read: refused with 409 if an answer has come in since */
            version?: number;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Instruction"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/focus": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The office marks the milestone for focus (重点关注), or clears it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description workflow.version as last read; a stale one is refused with 409 */
            version: number;
            focus: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["WorkflowState"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/tasks/{id}/focus": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the task is marked for focus (重点关注) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["TaskFocus"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** The office marks the task for focus (重点关注), or clears it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            focus: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["TaskFocus"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/distributions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A plan's distributions, newest first: per unit, its deliveries and 签收
     * @description The supervision office sees every unit, and in recipients who a new distribution would reach through which contacts; a unit sees only its own part, and no recipients.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly recipients: components["schemas"]["DistributionRecipient"][];
              readonly items: components["schemas"]["Distribution"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /**
     * Send every unit its part of the plan (下发): the .docx by e-mail, a link by robot
     * @description Each unit's part of the current revision goes to each of its reminder contacts; every delivery is recorded with its result. One distribution of a plan at a time: another asked for meanwhile is refused with 409.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Unit ids to send to; every unit that leads something when absent */
            readonly units?: number[];
            /**
             * @description failed: the units of the plan's last distribution that no channel reached (send them again)
             * @enum {string}
             */
            only?: "failed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Distribution"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/distributions/{id}/sign": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The unit signs (签收) for what it was sent: its milestones are acknowledged */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Distribution"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/milestones/{id}/notices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The supervision notices issued for a milestone, oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly notices: components["schemas"]["Notice"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /**
     * The office issues a supervision notice (督办通知单) for an overdue milestone
     * @description Takes the next number of the office's sequence for the year, records the notice in the milestone's history and the audit log. 409 when the milestone is not overdue today.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Notice"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/notices/{id}/document": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A supervision notice as .docx (督办通知单〔2022〕第3号.docx) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/plans/{id}/targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan's targets the caller may see, with progress as of a day */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          /** @description A unit id: the targets of the work it leads or shares */
          unit?: number;
          /** @description proposed 待确认 (read at import), confirmed 已确认, dismissed 已排除 */
          state?: "proposed" | "confirmed" | "dismissed";
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["Target"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** The office adds a target to a task or a milestone (confirmed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            taskId?: number;
            milestoneId?: number;
            subject: string;
            /**
             * @description at_least 以上/不少于, more_than 突破/超过, reach 达到, at_most 以内/不超过, range N～M (low and high)
             * @enum {string}
             */
            comparison: "at_least" | "more_than" | "reach" | "at_most" | "range";
            value?: number;
            low?: number;
            high?: number;
            unitOfMeasure: string;
            baseline?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Target"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/targets/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** The office confirms, edits or dismisses a target */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            subject?: string;
            /**
             * @description at_least 以上/不少于, more_than 突破/超过, reach 达到, at_most 以内/不超过, range N～M (low and high)
             * @enum {string}
             */
            comparison?: "at_least" | "more_than" | "reach" | "at_most" | "range";
            value?: number;
            low?: number;
            high?: number;
            unitOfMeasure?: string;
            baseline?: number | null;
            /** @enum {string} */
            state?: "confirmed" | "dismissed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Target"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/targets/{id}/actuals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every actual reported for a target, oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly items: components["schemas"]["TargetActual"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    /** The unit leading the work reports the value reached as of a day */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            value: number;
            /** @example 2022-06-30 */
            asOf: string;
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Target"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find tasks (by 序号 too), milestones, units, reports, review comments, instructions, answers and evidence file names, ranked, with a total per kind */
    get: {
      parameters: {
        query: {
          /** @description What to find, 1–100 characters after trimming: any part of a text (no word splitting), or a 序号 (204) or milestone (205（3）) */
          q: string;
          /** @description Only this plan */
          plan?: number;
          /** @description Only what this unit (with its groups) stands in */
          unit?: number;
          /** @description Records made on or after this day */
          from?: string;
          /** @description Records made on or before this day */
          to?: string;
          /** @description task 任务, milestone 节点计划, unit 单位, instruction 批示, answer 批示答复, review 审核意见, report 进展, file 佐证材料 */
          kind?:
            "task" | "milestone" | "unit" | "instruction" | "answer" | "review" | "report" | "file";
          /** @description Results at most (default 20) */
          limit?: number;
          /** @description Archived plans too */
          archived?: "0" | "1" | "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description The query as matched: trimmed, half-width, lower case */
              query: string;
              readonly items: {
                /**
                 * @description task 任务, milestone 节点计划, unit 单位, instruction 批示, answer 批示答复, review 审核意见, report 进展, file 佐证材料
                 * @enum {string}
                 */
                kind:
                  | "task"
                  | "milestone"
                  | "unit"
                  | "instruction"
                  | "answer"
                  | "review"
                  | "report"
                  | "file";
                refId: number;
                plan: {
                  id: number;
                  title: string;
                } | null;
                taskId: number | null;
                taskNo: number | null;
                milestoneId: number | null;
                milestoneSeq: number | null;
                unitId: number | null;
                readonly units: string[];
                day: string | null;
                numbered: boolean;
                snippet: string;
                readonly highlights: {
                  /** @description UTF-16 offset in the snippet */
                  start: number;
                  length: number;
                }[];
              }[];
              totals: {
                [key: string]: number;
              };
              /** @description Some kind had more than 1,000 matches: its total says 1,000, a lower bound (the others are exact) */
              totalsCapped: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/backups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The backup schedule and the last backup runs with their verification */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              schedule: {
                /** @description false with DUBAN_BACKUPS=0, or on PostgreSQL without DUBAN_BACKUP_DIR */
                enabled: boolean;
                /** @description office hour (0–23) of the nightly backup */
                hour: number;
                /** @description days of nightly backups kept; 0 keeps all */
                keepDays: number;
                directory: string | null;
                timeZone: string;
              };
              readonly runs: {
                id: number;
                /** @enum {string} */
                trigger: "scheduled" | "manual";
                /** @example 2022-06-30 */
                day: string;
                /** @description the instance (host:pid) that took it */
                host: string;
                startedAt: string;
                finishedAt: string;
                file: string;
                bytes: number | null;
                /** @enum {string} */
                outcome: "ok" | "failed";
                error: string | null;
                /** @description null: not verified (manual backups are not) */
                verification: {
                  /** @enum {string} */
                  outcome: "ok" | "failed";
                  at: string;
                  error: string | null;
                  /** @description what the restored copy held */
                  counts: {
                    plans: number;
                    milestones: number;
                    /** @description progress reports (报送进展) */
                    reports: number;
                  } | null;
                } | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/directory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The LDAP directory's settings, without the service account's password */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DirectorySettings"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    /** Save the LDAP directory's settings (refused while DUBAN_LDAP_URL is set) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            url: string;
            bindDn: string;
            /** @description omitted: the stored password is kept */
            bindPassword?: string;
            baseDn: string;
            userFilter: string;
            usernameAttribute: string;
            nameAttribute: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DirectorySettings"];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    post?: never;
    /** Remove the LDAP directory's settings saved in the admin screen */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/directory/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether the directory answers and takes the service account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              problem: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/directory/sync": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read the directory and propose units, users, links, moves and disables
     * @description Changes nothing: each proposal waits for an administrator's decision.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly proposals: components["schemas"]["DirectoryProposal"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/directory/proposals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The open proposals of the last directory sync */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              readonly proposals: components["schemas"]["DirectoryProposal"][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/directory/proposals/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or reject one proposal (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            decision: "accept" | "reject";
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admin/directory/proposals/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or reject every open proposal of one kind */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "unit" | "user" | "link" | "move" | "disable";
            /** @enum {string} */
            decision: "accept" | "reject";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              decided: number;
              readonly failed: {
                id: number;
                message: components["schemas"]["Message"];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiError"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    ApiErrorInput: {
      error: {
        status: number;
        code: string;
        message: {
          zh: string;
          en: string;
        };
        field?: string;
        details?: unknown;
      };
    };
    MessageInput: {
      zh: string;
      en: string;
    };
    SignInProvidersInput: {
      readonly providers: {
        /** @enum {string} */
        method: "password" | "oidc" | "ldap";
        name: components["schemas"]["MessageInput"];
        /** @description Where the browser goes to sign in; null: the password form */
        loginUrl: string | null;
      }[];
    };
    UserInput: {
      id: number;
      username: string;
      displayName: string;
      unitId: number;
      unitName: string;
      /**
       * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
       * @enum {string}
       */
      role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
      disabled: boolean;
      createdAt: string;
      updatedAt: string;
      passwordChangedAt: string;
    };
    SessionInput: {
      /** @enum {string} */
      via: "session" | "token";
      actor: {
        name: string;
        /**
         * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
         * @enum {string}
         */
        role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
        unitId: number;
        unitName: string;
      };
      user: components["schemas"]["UserInput"] | null;
      /** @enum {string|null} */
      signIn: "password" | "oidc" | "ldap" | null;
      csrfToken: string | null;
      expiresAt: string | null;
      /** @enum {string|null} */
      secondFactor: "verify" | "enrol" | null;
      today: string;
    };
    UnitInput: {
      id: number;
      name: string;
      /** @enum {string} */
      kind: "unit" | "group";
      readonly aliases: string[];
      readonly members: string[];
      /** @description The unit this one stands under (a section's bureau, a county's city); null: none */
      parentUnitId: number | null;
    };
    ApiTokenInput: {
      id: number;
      name: string;
      unitId: number;
      unitName: string;
      /**
       * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
       * @enum {string}
       */
      role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
      createdBy: number | null;
      createdByUsername: string | null;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      /** @enum {string|null} */
      revokedReason: "revoked" | "creator_disabled" | "creator_demoted" | null;
    };
    TokenCreditInput: {
      id: number;
      name: string;
      createdBy: number | null;
      createdByUsername: string | null;
    };
    AuditEntryInput: {
      id: number;
      at: string;
      actor: string;
      userId: number | null;
      /** @description The person's display name (姓名) */
      userName: string | null;
      token: components["schemas"]["TokenCreditInput"] | null;
      unitId: number | null;
      unitName: string | null;
      /**
       * @description How the acting user signed in; null for tokens, links and the shell
       * @enum {string|null}
       */
      signIn: "password" | "oidc" | "ldap" | null;
      action: string;
      actionName: components["schemas"]["MessageInput"];
      objectType: string;
      objectName: components["schemas"]["MessageInput"];
      objectId: string;
      before: unknown;
      after: unknown;
    };
    /** @description Why the light is what it is: days overdue (red), days left or a missing report (yellow), normal (green); done has no light */
    LightReasonInput:
      | {
          /** @enum {string} */
          code: "done";
        }
      | {
          /** @enum {string} */
          code: "overdue";
          days: number;
        }
      | {
          /** @enum {string} */
          code: "due_soon";
          days: number;
        }
      | {
          /** @enum {string} */
          code: "report_missing";
        }
      | {
          /** @enum {string} */
          code: "normal";
        };
    /** @description What the caller may do on the request now */
    RequestAbilitiesInput: {
      /** @description Approve or reject it (批准/退回) */
      decide: boolean;
    };
    MilestoneRequestInput: {
      id: number;
      milestoneId: number;
      planId: number;
      /** @enum {string} */
      kind: "completion" | "extension";
      /**
       * @description withdrawn: closed without a decision when a revision removed its milestone
       * @enum {string}
       */
      state: "pending" | "approved" | "rejected" | "withdrawn";
      requestedAt: string;
      requestedBy: string;
      /** @description Who asked, by display name */
      requestedByName: string;
      unitId: number | null;
      payload: {
        [key: string]: unknown;
      };
      decidedAt: string | null;
      decidedBy: string | null;
      decidedByName: string | null;
      decisionComment: string | null;
      can: components["schemas"]["RequestAbilitiesInput"];
    };
    AttachmentInput: {
      id: number;
      milestoneId: number;
      name: string;
      mediaType: string;
      size: number;
      sha256: string;
      uploadedAt: string;
      actor: string;
      /** @description Who uploaded it, by display name */
      actorName: string;
    };
    EvidenceStorageInput: {
      /** @description Bytes each unit may store; 0: none */
      unitQuotaBytes: number;
      /** @description Bytes each account may upload per hour; 0: no limit */
      userBytesPerHour: number;
      readonly units: {
        unitId: number;
        name: string;
        bytes: number;
        files: number;
      }[];
    };
    LedgerEntryInput: {
      id: number;
      milestoneId: number;
      at: string;
      actor: string;
      /** @description Who recorded it, by display name */
      actorName: string;
      userId: number | null;
      token: components["schemas"]["TokenCreditInput"] | null;
      unitId: number | null;
      entry: {
        kind: string;
        on: string;
      } & {
        [key: string]: unknown;
      };
    };
    PlanSettingsInput: {
      reviewRequired: boolean;
      warningDays: number;
      /** @enum {string} */
      warningUnit: "calendar_day" | "working_day";
      reportCycle: {
        /** @enum {string} */
        every: "month" | "quarter";
        day: number;
      } | null;
      reminders: {
        readonly beforeDue: {
          amount: number;
          /** @enum {string} */
          unit: "calendar_day" | "working_day";
        }[];
        overdueEveryDays: number;
        missingReport: boolean;
        acknowledgeWithin: {
          amount: number;
          /** @enum {string} */
          unit: "calendar_day" | "working_day";
        };
      };
      readonly escalation: {
        name: string;
        afterDaysOverdue: number;
        notifyOffice: boolean;
      }[];
      notice: {
        /** @description The issuing office; null: the plan's issuer's 督查室 (市政府督查室) */
        office: string | null;
        /** @description The notice number, with {n} and optionally {year}: 〔{year}〕第{n}号 */
        numberTemplate: string;
        replyWorkingDays: number;
      };
    };
    PlanComparisonInput: {
      /** @example 2022-06-30 */
      asOf: string;
      /** @description Each plan's figures as GET /api/plans/{id}/status gives them (milestones=none), newest year first */
      readonly items: {
        plan: {
          id: number;
          title: string;
          year: number;
          /** @enum {string} */
          kind: "master" | "slice";
          archivedAt: string | null;
        };
        figures: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
          /** @description As in GET /api/plans/{id}/status */
          reportsThisMonth: number;
        };
      }[];
    };
    PlanStatusInput: {
      planId: number;
      /** @example 2022-06-30 */
      asOf: string;
      unit: {
        id: number;
        name: string;
      } | null;
      counts: {
        done: number;
        overdue: number;
        dueSoon: number;
        inProgress: number;
        notStarted: number;
      };
      /** @description Lights of the open milestones; done ones are counted as done, not as a light */
      lights: {
        red: number;
        yellow: number;
        green: number;
      };
      /** @description Done by the due date then in force */
      onTime: number;
      total: number;
      completionRate: number | null;
      onTimeRate: number | null;
      /** @description Progress reports (the lead's 报送进展) from the first of asOf's month to asOf, on the milestones these figures count (a unit's: those it leads) */
      reportsThisMonth: number;
      cooperating: {
        total: number;
        counts: {
          done: number;
          overdue: number;
          dueSoon: number;
          inProgress: number;
          notStarted: number;
        };
        /** @description Lights of the open milestones; done ones are counted as done, not as a light */
        lights: {
          red: number;
          yellow: number;
          green: number;
        };
        /** @description Done by the due date then in force */
        onTime: number;
        completionRate: number | null;
        onTimeRate: number | null;
      } | null;
      readonly milestones: {
        id: number;
        taskNo: number | null;
        seq: number | null;
        /** @enum {string} */
        status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
        /** @enum {string} */
        light: "red" | "yellow" | "green";
        due: string | null;
        completedOn: string | null;
        late: boolean | null;
        reportMissing: boolean;
        escalationLevel: string | null;
        lightReason: components["schemas"]["LightReasonInput"];
        /** @enum {string} */
        role?: "lead" | "cooperating";
      }[];
      readonly byTask: {
        taskId: number;
        taskNo: number | null;
        title: string;
        rollup: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
      }[];
      readonly byUnit: {
        unitId: number;
        unit: string;
        lead: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
        cooperating: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
      }[];
      /** @description Per month of the due date in force; milestones without one left out */
      readonly byDueMonth: {
        /** @description YYYY-MM of the due date in force */
        month: string;
        rollup: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
      }[];
    };
    /** @description Where a unit's reminders go: e-mail, a signed webhook, or a WeCom/DingTalk/Feishu robot. A robot or webhook URL must reach a public address (or a host allowed by DUBAN_WEBHOOK_ALLOW_HOSTS) and carry no user name or password. */
    ContactInput:
      | {
          /** @enum {string} */
          kind: "email";
          /** Format: email */
          address: string;
          name?: string;
        }
      | {
          /** @enum {string} */
          kind: "webhook";
          /** Format: uri */
          url: string;
          secret: string;
        }
      | {
          /** @enum {string} */
          kind: "wecom";
          /** Format: uri */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: "dingtalk";
          /** Format: uri */
          url: string;
          secret?: string;
        }
      | {
          /** @enum {string} */
          kind: "feishu";
          /** Format: uri */
          url: string;
          secret?: string;
        };
    /** @description A reminder contact as shown: secrets never leave */
    ContactViewInput:
      | {
          /** @enum {string} */
          kind: "email";
          address: string;
          name?: string;
        }
      | {
          /** @enum {string} */
          kind: "webhook";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
          /** @description Whether a signing secret is set */
          hasSecret: boolean;
        }
      | {
          /** @enum {string} */
          kind: "wecom";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: "dingtalk";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
          /** @description Whether a signing secret is set */
          hasSecret: boolean;
        }
      | {
          /** @enum {string} */
          kind: "feishu";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
          /** @description Whether a signing secret is set */
          hasSecret: boolean;
        };
    UnitContactInput: {
      id: number;
      unitId: number;
      label: string;
      contact: components["schemas"]["ContactViewInput"];
    };
    DirectorySettingsInput: {
      /**
       * @description environment: DUBAN_LDAP_* (they win, and the screen cannot change them)
       * @enum {string}
       */
      source: "environment" | "database" | "none";
      url: string | null;
      bindDn: string;
      /** @description the password itself is never sent back */
      bindPasswordSet: boolean;
      baseDn: string;
      userFilter: string;
      usernameAttribute: string;
      nameAttribute: string;
    };
    DirectoryProposalInput: {
      id: number;
      /** @enum {string} */
      kind: "unit" | "user" | "link" | "move" | "disable";
      /** @description the entry's DN */
      subject: string;
      /** @description unit: name; user: username, displayName, unitName; link: userId, username; move: userId, username, fromUnitName, unitName, previousSubject; disable: userId, username */
      details: {
        [key: string]: unknown;
      };
      proposedAt: string;
    };
    /** @description Where in the file something was found */
    SourceLocationInput: {
      file: string;
      /** @description Excel sheet name */
      sheet?: string;
      /** @description 1-based table in a Word document */
      table?: number;
      /** @description 1-based: the sheet row in Excel, the table row in Word, the record in CSV */
      row?: number;
      /** @description 1-based column in the table */
      column?: number;
      /** @description Excel-style reference, e.g. "E5" */
      cell?: string;
      /** @description 1-based paragraph of the document body outside tables (Word, HTML) */
      paragraph?: number;
      /** @description 1-based line in a text or CSV file */
      line?: number;
      /** @description The column header of the cell (完成时限) */
      field?: string;
      /** @description The text at fault, as written */
      text?: string;
    };
    /** @description docs/PLAN-JSON.md, "Deadlines" */
    DeadlineInput:
      | {
          /** @enum {string} */
          kind: "date";
          text: string;
          date: string;
          event?: string;
        }
      | {
          /** @enum {string} */
          kind: "period_end";
          text: string;
          /** @enum {string} */
          period: "month" | "quarter" | "half_year" | "year" | "ten_days";
          date: string;
          start?: string;
          event?: string;
        }
      | {
          /** @enum {string} */
          kind: "recurring";
          text: string;
          /** @enum {string} */
          every: "month" | "quarter" | "half_year" | "year";
          day: number | "end";
        }
      | {
          /** @enum {string} */
          kind: "ongoing";
          text: string;
        }
      | {
          /** @enum {string} */
          kind: "none";
        };
    WorkflowStateInput: {
      milestoneId: number;
      version: number;
      /** @enum {string} */
      phase: "open" | "completion_pending" | "done";
      acknowledgedOn: string | null;
      focus: boolean;
    };
    MilestoneAbilitiesInput: {
      acknowledge: boolean;
      /** @description Report progress (the milestone's lead) or send input for the lead (others) */
      report: boolean;
      /** @description A report would be the milestone's progress, not input for its lead */
      reportOfficially: boolean;
      declareCompletion: boolean;
      /** @description Still refused (409) while another extension request waits */
      requestExtension: boolean;
      answerInstructions: boolean;
      setFocus: boolean;
      issueNotice: boolean;
      /** @description Draft a completion declaration for the lead unit's leader to confirm */
      draftCompletion: boolean;
      /** @description Draft an extension request for the lead unit's leader to confirm */
      draftExtension: boolean;
      /** @description Confirm (submit to the office) or return the unit's drafts on this milestone */
      confirmDrafts: boolean;
      /** @description Send a unit without an account a link to send its input (POST /api/links) */
      issueLink: boolean;
    };
    /** @description For each step the phase allows but the caller's role does not: the milestone's lead unit, its leader, or the office */
    WhoCanInput: {
      /** @enum {string|null} */
      acknowledge: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      report: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      declareCompletion: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      requestExtension: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      review: "lead_unit" | "lead_unit_leader" | "office" | null;
    };
    MilestoneMarksInput: {
      /** @description 重点关注: the milestone or its task */
      focus: boolean;
      /** @description Requests waiting for the office's review */
      readonly pendingReview: ("completion" | "extension")[];
      /** @description 批示 not closed, on the milestone or its task */
      openInstructions: number;
    };
    MilestoneInput: {
      id: number;
      planId: number;
      task: {
        id: number;
        no: number | null;
        label: string;
        title: string;
        /** @description People named for the whole task (责任领导, 牵头市领导) */
        readonly persons: {
          name: string;
          role: string;
        }[];
      };
      seq: number | null;
      text: string;
      deadline: components["schemas"]["DeadlineInput"];
      readonly units: {
        unitId: number;
        unit: string;
        /** @enum {string} */
        role: "lead" | "cooperating" | "other";
        roleLabel: string | null;
      }[];
      readonly persons: {
        name: string;
        role: string;
      }[];
      remarks: {
        [key: string]: string;
      };
      asOf: string;
      /** @enum {string} */
      status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
      /** @enum {string} */
      light: "red" | "yellow" | "green";
      lightReason: components["schemas"]["LightReasonInput"];
      due: string | null;
      completedOn: string | null;
      late: boolean | null;
      reportMissing: boolean;
      escalationLevel: string | null;
      acknowledgedOn: string | null;
      acknowledgementOverdue: boolean;
      workflow: components["schemas"]["WorkflowStateInput"];
      /** @description The lead unit's latest report up to asOf, or the note of its completion once accepted */
      latestReport: {
        on: string;
        text: string;
        percent: number | null;
      } | null;
      marks: components["schemas"]["MilestoneMarksInput"];
      /** @description What the latest imported table's progress column (进展情况) stated, and that table's revision; not a report */
      importedProgress: {
        revision: number;
        readonly entries: {
          header: string;
          text: string;
        }[];
      } | null;
      can: components["schemas"]["MilestoneAbilitiesInput"];
      whoCan: components["schemas"]["WhoCanInput"];
      /** @description The plan revision that removed this milestone: it is shown as it stood then, and refuses writes */
      removedInRevision: number | null;
    };
    MilestoneDetailInput: {
      id: number;
      planId: number;
      task: {
        id: number;
        no: number | null;
        label: string;
        title: string;
        /** @description People named for the whole task (责任领导, 牵头市领导) */
        readonly persons: {
          name: string;
          role: string;
        }[];
      };
      seq: number | null;
      text: string;
      deadline: components["schemas"]["DeadlineInput"];
      readonly units: {
        unitId: number;
        unit: string;
        /** @enum {string} */
        role: "lead" | "cooperating" | "other";
        roleLabel: string | null;
      }[];
      readonly persons: {
        name: string;
        role: string;
      }[];
      remarks: {
        [key: string]: string;
      };
      asOf: string;
      /** @enum {string} */
      status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
      /** @enum {string} */
      light: "red" | "yellow" | "green";
      lightReason: components["schemas"]["LightReasonInput"];
      due: string | null;
      completedOn: string | null;
      late: boolean | null;
      reportMissing: boolean;
      escalationLevel: string | null;
      acknowledgedOn: string | null;
      acknowledgementOverdue: boolean;
      workflow: components["schemas"]["WorkflowStateInput"];
      /** @description The lead unit's latest report up to asOf, or the note of its completion once accepted */
      latestReport: {
        on: string;
        text: string;
        percent: number | null;
      } | null;
      marks: components["schemas"]["MilestoneMarksInput"];
      /** @description What the latest imported table's progress column (进展情况) stated, and that table's revision; not a report */
      importedProgress: {
        revision: number;
        readonly entries: {
          header: string;
          text: string;
        }[];
      } | null;
      can: components["schemas"]["MilestoneAbilitiesInput"];
      whoCan: components["schemas"]["WhoCanInput"];
      /** @description The plan revision that removed this milestone: it is shown as it stood then, and refuses writes */
      removedInRevision: number | null;
      /** @description The milestone of an earlier plan this one was carried over from (结转): its history is there. Null when it was not carried, or the caller may not read the old one */
      carriedFrom: {
        /** @description The old plan's milestone */
        milestoneId: number;
        planId: number;
        planYear: number;
        planTitle: string;
      } | null;
    };
    /** @description What the caller may do on the task now */
    TaskAbilitiesInput: {
      answerInstructions: boolean;
      issueInstruction: boolean;
      setFocus: boolean;
    };
    TaskInput: {
      id: number;
      planId: number;
      no: number | null;
      label: string;
      title: string;
      readonly outline: {
        label: string;
        title: string;
        level: number;
      }[];
      readonly leadUnits: string[];
      readonly cooperatingUnits: string[];
      otherRoles: {
        [key: string]: string[];
      };
      readonly persons: {
        name: string;
        role: string;
      }[];
      remarks: {
        [key: string]: string;
      };
      milestoneCount: number;
      focus: boolean;
      can: components["schemas"]["TaskAbilitiesInput"];
    };
    PlanSummaryInput: {
      id: number;
      year: number;
      issuer: string | null;
      /** @enum {string} */
      kind: "master" | "slice";
      /** @description What the office files the plan under, beside its year: 政府工作报告, 民生实事, a special plan's name */
      category: string;
      ownerUnit: string | null;
      title: string;
      currentRevision: number;
      createdAt: string;
      updatedAt: string;
      /** @description When an administrator archived the plan (read-only); null while in use */
      archivedAt: string | null;
      /** @description The milestone this plan is the sub-plan (子计划) of, owned by its lead unit (ownerUnit); null for a plan of its own */
      parentMilestoneId: number | null;
    };
    PlanAbilitiesInput: {
      /** @description Enter a leader's instruction (录入批示) */
      issueInstruction: boolean;
      /** @description Export the whole plan, at any revision, and any unit's part (牵头部分) */
      exportWhole: boolean;
      /** @description The units whose part (牵头部分) the caller may export besides: its own and its groups' */
      readonly exportPartsOf: number[];
      /** @description Import a new revision of the plan */
      importRevision: boolean;
      /** @description Send the units their parts (下发) */
      distribute: boolean;
      /** @description Change the plan's settings */
      configure: boolean;
      /** @description Add a quantitative target (量化指标) to a task or milestone of the plan */
      addTarget: boolean;
      /** @description File the plan under another year or category */
      classify: boolean;
      /** @description Start next year's plan from this one (结转): the supervision office's */
      carryOver: boolean;
      /** @description Archive the plan (it is in use) */
      archive: boolean;
      /** @description Bring the archived plan back into use */
      unarchive: boolean;
      /** @description Delete the plan; refused (409) once work has been done on it */
      delete: boolean;
    };
    PlanListItemInput: {
      id: number;
      year: number;
      issuer: string | null;
      /** @enum {string} */
      kind: "master" | "slice";
      /** @description What the office files the plan under, beside its year: 政府工作报告, 民生实事, a special plan's name */
      category: string;
      ownerUnit: string | null;
      title: string;
      currentRevision: number;
      createdAt: string;
      updatedAt: string;
      /** @description When an administrator archived the plan (read-only); null while in use */
      archivedAt: string | null;
      /** @description The milestone this plan is the sub-plan (子计划) of, owned by its lead unit (ownerUnit); null for a plan of its own */
      parentMilestoneId: number | null;
      can: components["schemas"]["PlanAbilitiesInput"];
      /** @description The viewer's open milestones (for a unit what it leads or shares, for the office the whole plan) overdue and due soon today */
      open: {
        overdue: number;
        dueSoon: number;
      };
      /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
      holidaysLoaded: boolean;
    };
    /** @description docs/PLAN-JSON.md */
    PlanJsonInput: {
      /** @enum {string} */
      format: "duban.plan";
      /** @enum {number} */
      formatVersion: 1;
      title: string;
      subtitle: string | null;
      year: number;
      issuer: string | null;
      /** @enum {string} */
      kind: "master" | "slice";
      ownerUnit: string | null;
      headerCounts: {
        leadTasks: number;
        leadMilestones: number;
      } | null;
      readonly columns: string[];
      taskCount: number;
      milestoneCount: number;
      readonly leadTaskNos: (number | null)[];
      readonly milestoneOnlyTaskNos: (number | null)[];
      readonly tasks: {
        no: number | null;
        label: string;
        title: string;
        leadUnit: string | null;
        readonly leadUnits: string[];
        readonly cooperatingUnits: string[];
        otherRoles: {
          [key: string]: string[];
        };
        readonly persons: {
          name: string;
          role: string;
        }[];
        readonly outline: {
          label: string;
          title: string;
          level: number;
        }[];
        parent: {
          label: string;
          title: string;
          level: number;
        } | null;
        remarks: {
          [key: string]: string;
        };
        readonly milestones: {
          seq: number | null;
          text: string;
          readonly units: string[];
          leadUnit: string | null;
          readonly leadUnits: string[];
          readonly cooperatingUnits: string[];
          readonly responsibilities: {
            unit: string;
            /** @enum {string} */
            role: "lead" | "cooperating" | "other";
            roleLabel?: string;
          }[];
          readonly persons: {
            name: string;
            role: string;
          }[];
          due: string | null;
          deadlineText: string;
          /** @enum {string|null} */
          recurring: "monthly" | "quarterly" | "half-yearly" | "yearly" | null;
          deadline: components["schemas"]["DeadlineInput"];
          remarks: {
            [key: string]: string;
          };
          readonly initialProgress: {
            header: string;
            text: string;
          }[];
          /** @description Where the reader found the milestone; absent for a stored plan */
          source?: components["schemas"]["SourceLocationInput"];
        }[];
        /** @description Where the reader found the task (its first row); absent for a stored plan */
        source?: components["schemas"]["SourceLocationInput"];
      }[];
    };
    RevisionInput: {
      number: number;
      title: string;
      actor: string;
      /** @description The importer's display name */
      actorName: string;
      createdAt: string;
      file: {
        name: string;
        sha256: string;
        format: string;
        size: number;
      };
      counts: {
        added: number;
        removed: number;
        changed: number;
        unchanged: number;
      };
    };
    RequestDraftInput: {
      id: number;
      milestoneId: number;
      planId: number;
      unitId: number;
      /** @description Counts the draft's changes; confirm, return, edit and withdraw name it */
      version: number;
      /**
       * @description drafted: waits for the unit's leader; returned: back with the drafter (note); confirmed: submitted to the office (requestId); withdrawn
       * @enum {string}
       */
      state: "drafted" | "returned" | "confirmed" | "withdrawn";
      payload: {
        /** @enum {string} */
        kind: "completion" | "extension";
      } & {
        [key: string]: unknown;
      };
      draftedBy: string;
      draftedAt: string;
      updatedAt: string;
      returned?: {
        by: string;
        at: string;
      };
      /** @description The leader's reason for returning it */
      note?: string;
      confirmed?: {
        by: string;
        at: string;
      };
      withdrawn?: {
        by: string;
        at: string;
      };
      requestId?: number | null;
    };
    ListedRequestDraftInput: {
      id: number;
      milestoneId: number;
      planId: number;
      unitId: number;
      /** @description Counts the draft's changes; confirm, return, edit and withdraw name it */
      version: number;
      /**
       * @description drafted: waits for the unit's leader; returned: back with the drafter (note); confirmed: submitted to the office (requestId); withdrawn
       * @enum {string}
       */
      state: "drafted" | "returned" | "confirmed" | "withdrawn";
      payload: {
        /** @enum {string} */
        kind: "completion" | "extension";
      } & {
        [key: string]: unknown;
      };
      draftedBy: string;
      draftedAt: string;
      updatedAt: string;
      returned?: {
        by: string;
        at: string;
      };
      /** @description The leader's reason for returning it */
      note?: string;
      confirmed?: {
        by: string;
        at: string;
      };
      withdrawn?: {
        by: string;
        at: string;
      };
      requestId?: number | null;
      milestone: {
        taskNo: number | null;
        seq: number | null;
        text: string;
        taskTitle: string;
      } | null;
      /** @description The drafter's display name */
      draftedByName: string;
      /** @description Who returned, confirmed or withdrew it, by display name */
      actedByName: string | null;
      can: {
        /** @description Confirm it or return it (the unit's leader) */
        confirm: boolean;
        /** @description Edit and resubmit it, or withdraw it */
        edit: boolean;
      };
    };
    InstructionResponseInput: {
      id: number;
      unitId: number;
      unit: string;
      actor: string;
      /** @description Who answered, by display name */
      actorName: string;
      text: string;
      createdAt: string;
    };
    /** @description What the caller may do on the instruction now */
    InstructionAbilitiesInput: {
      /** @description Answer it for the caller's unit */
      answer: boolean;
      /** @description Close it (办结) */
      close: boolean;
    };
    InstructionInput: {
      id: number;
      planId: number;
      /** @enum {string} */
      targetType: "task" | "milestone";
      targetId: number;
      /** @description What the target says now; nulls once a revision has removed it */
      target: {
        taskId: number | null;
        taskNo: number | null;
        seq: number | null;
        text: string | null;
      };
      text: string;
      /** @description The leader as written, e.g. 市长 张三 */
      issuedBy: string;
      enteredBy: string;
      /** @description Who entered it, by display name */
      enteredByName: string;
      createdAt: string;
      responseDue: string | null;
      closedAt: string | null;
      closedBy: string | null;
      closedByName: string | null;
      version: number;
      readonly responses: components["schemas"]["InstructionResponseInput"][];
      can: components["schemas"]["InstructionAbilitiesInput"];
    };
    TaskFocusInput: {
      taskId: number;
      focus: boolean;
      setAt: string | null;
      setBy: string | null;
    };
    /** @description A unit a distribution would reach */
    DistributionRecipientInput: {
      unitId: number;
      unit: string;
      readonly contacts: components["schemas"]["ContactViewInput"][];
    };
    DistributionDeliveryInput: {
      /** @description email, webhook, wecom, dingtalk or feishu */
      channel: string;
      /** @description The e-mail address, or the robot's URL with its key masked */
      destination: string;
      /**
       * @description pending: the sending was interrupted before the channel answered
       * @enum {string}
       */
      status: "pending" | "sent" | "failed";
      /** @description Why it failed, in the channel's words */
      error: string | null;
      sentAt: string | null;
    };
    DistributionUnitInput: {
      unitId: number;
      unit: string;
      /** @description The part's title: …（市科技局牵头部分） */
      title: string;
      fileName: string;
      readonly deliveries: components["schemas"]["DistributionDeliveryInput"][];
      /** @description At least one channel took the part */
      received: boolean;
      signedAt: string | null;
      signedBy: string | null;
      acknowledgement: {
        acknowledged: number;
        total: number;
      };
      /** @description Signed (签收) here, or every milestone the unit leads acknowledged already */
      signed: boolean;
    };
    DistributionInput: {
      id: number;
      planId: number;
      revision: number;
      issuedBy: string;
      /** @description The sending unit, as the units read it (督查室) */
      issuer: string;
      createdAt: string;
      readonly units: components["schemas"]["DistributionUnitInput"][];
    };
    NoticeInput: {
      id: number;
      milestoneId: number;
      planId: number;
      year: number;
      /** @description The number in the office's sequence for the year */
      number: number;
      /** @description The number as the template writes it: 〔2022〕第3号 */
      numberText: string;
      office: string;
      recipientUnitId: number | null;
      recipientUnit: string;
      issuedBy: string;
      issuedAt: string;
      /** @example 2022-06-30 */
      issuedOn: string;
      /**
       * @description The day the unit is to reply by (working days after issue)
       * @example 2022-06-30
       */
      replyDue: string;
      /** @description Days overdue on the day of issue */
      daysOverdue: number;
      /** @description The .docx: GET it (the same document every time) */
      documentUrl: string;
    };
    CalendarYearInput: {
      year: number;
      /** @description The State Council notice the shipped days come from; null if none */
      notice: {
        title: string;
        documentNumber: string | null;
        /** @example 2022-06-30 */
        issued: string;
      } | null;
      /** @description The holidays and make-up working days in effect, by day */
      readonly days: {
        /** @example 2022-06-30 */
        date: string;
        /**
         * @description holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)
         * @enum {string}
         */
        kind: "holiday" | "workday";
        /** @example 国庆节 */
        name: string;
        /**
         * @description shipped with Duban, or set by an administrator
         * @enum {string}
         */
        source: "shipped" | "override";
      }[];
      /** @description Shipped days an administrator has set back to the weekday rule */
      readonly cleared: {
        /** @example 2022-06-30 */
        date: string;
        /**
         * @description holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)
         * @enum {string}
         */
        kind: "holiday" | "workday";
        /** @example 国庆节 */
        name: string;
      }[];
    };
    CalendarDayInput: {
      /** @example 2022-06-30 */
      date: string;
      /**
       * @description normal: no entry, Saturday and Sunday off, other days working
       * @enum {string}
       */
      kind: "holiday" | "workday" | "normal";
      name: string;
      /** @enum {string} */
      source: "shipped" | "override" | "rule";
      working: boolean;
      /** @description What Duban ships for the day */
      shipped: {
        /** @example 2022-06-30 */
        date: string;
        /**
         * @description holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)
         * @enum {string}
         */
        kind: "holiday" | "workday";
        /** @example 国庆节 */
        name: string;
      } | null;
    };
    CalendarFeedInput: {
      id: number;
      /** @enum {string} */
      kind: "plan" | "unit";
      planId: number | null;
      planTitle: string | null;
      unitId: number | null;
      unitName: string | null;
      createdBy: number;
      createdByUsername: string;
      createdAt: string;
      revokedAt: string | null;
      lastUsedAt: string | null;
    };
    NewCalendarFeedInput: {
      id: number;
      /** @enum {string} */
      kind: "plan" | "unit";
      planId: number | null;
      planTitle: string | null;
      unitId: number | null;
      unitName: string | null;
      createdBy: number;
      createdByUsername: string;
      createdAt: string;
      revokedAt: string | null;
      lastUsedAt: string | null;
      token: string;
      url: string;
      webcalUrl: string;
    };
    LinkInput: {
      id: number;
      unitId: number;
      unitName: string;
      /** @description The person it was sent to, if named */
      contact: string | null;
      /** @enum {string} */
      standing: "live" | "expired" | "revoked";
      /** @description The issuer as the audit log names actors */
      createdBy: string;
      createdByName: string;
      issuerUnitId: number | null;
      createdAt: string;
      expiresAt: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokedByName: string | null;
      lastUsedAt: string | null;
      /** @description Times its page read the milestones */
      readCount: number;
      /** @description Inputs sent through it */
      submissionCount: number;
      readonly milestones: {
        id: number;
        planId: number;
        taskNo: number | null;
        seq: number | null;
        /** @description Null once a revision removed it */
        text: string | null;
      }[];
    };
    NewLinkInput: {
      id: number;
      unitId: number;
      unitName: string;
      /** @description The person it was sent to, if named */
      contact: string | null;
      /** @enum {string} */
      standing: "live" | "expired" | "revoked";
      /** @description The issuer as the audit log names actors */
      createdBy: string;
      createdByName: string;
      issuerUnitId: number | null;
      createdAt: string;
      expiresAt: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokedByName: string | null;
      lastUsedAt: string | null;
      /** @description Times its page read the milestones */
      readCount: number;
      /** @description Inputs sent through it */
      submissionCount: number;
      readonly milestones: {
        id: number;
        planId: number;
        taskNo: number | null;
        seq: number | null;
        /** @description Null once a revision removed it */
        text: string | null;
      }[];
      token: string;
      url: string;
    };
    LinkPageInput: {
      unit: string;
      contact: string | null;
      expiresAt: string;
      readonly milestones: {
        id: number;
        task: {
          no: number | null;
          title: string;
        };
        seq: number | null;
        text: string;
        /** @description As the table wrote it; empty when none */
        deadline: string;
        /** @example 2022-06-30 */
        dueDate: string | null;
        readonly units: {
          unit: string;
          /** @enum {string} */
          role: "lead" | "cooperating" | "other";
          roleLabel: string | null;
        }[];
        /** @description Input is taken until the milestone is done */
        open: boolean;
        readonly submissions: {
          at: string;
          holder: string;
          text: string;
          files: number;
        }[];
      }[];
    };
    LinkSubmissionInput: {
      milestoneId: number;
      at: string;
      files: number;
    };
    NextYearProposalInput: {
      from: {
        id: number;
        title: string;
        year: number;
        category: string;
      };
      year: number;
      /** @description The new plan's title: the old one with the new year */
      title: string;
      /** @description The day the statuses are as of (today) */
      asOf: string;
      /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
      holidaysLoaded: boolean;
      /** @description The old plan's milestones not done on the day, in table order */
      readonly candidates: {
        milestoneId: number;
        /** @description Its number in the old table: 204（1） */
        ref: string;
        taskTitle: string;
        text: string;
        /** @description Every responsible unit, leads first */
        readonly units: string[];
        /** @enum {string} */
        status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
        oldDeadline: {
          /** @description As written; empty when there is none */
          text: string;
          /** @description The day it falls due; null for recurring, ongoing, none */
          due: string | null;
        };
        /** @description Moved into the new year: a due date before it by whole years (README 下一年度计划) */
        newDeadline: {
          /** @description As written; empty when there is none */
          text: string;
          /** @description The day it falls due; null for recurring, ongoing, none */
          due: string | null;
        };
        /** @description Carried into a later plan already (a milestone is carried once) */
        carriedTo: {
          milestoneId: number;
          planId: number;
        } | null;
      }[];
    };
    NextYearPlanInput: {
      planId: number;
      title: string;
      year: number;
      readonly carried: {
        /** @description The milestone in the new plan */
        id: number;
        /** @description The old plan's milestone it came from */
        from: number;
      }[];
      /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
      holidaysLoaded: boolean;
    };
    DiagnosticInput: {
      /** @enum {string} */
      severity: "error" | "warning" | "info";
      /** @description Stable, for scripts: "deadline.unreadable" */
      code: string;
      message: {
        zh: string;
        en: string;
      };
      location: components["schemas"]["SourceLocationInput"];
    };
    /** @description A milestone's place in the plan it belongs to */
    MilestoneRefInput: {
      /** @description The task's key in its plan (its 序号 path) */
      taskKey: string;
      taskIndex: number;
      milestoneIndex: number;
    };
    MilestoneDiffEntryInput:
      | {
          /** @enum {string} */
          kind: "added";
          after: components["schemas"]["MilestoneRefInput"];
        }
      | {
          /** @enum {string} */
          kind: "removed";
          before: components["schemas"]["MilestoneRefInput"];
        }
      | {
          /** @enum {string} */
          kind: "changed";
          before: components["schemas"]["MilestoneRefInput"];
          after: components["schemas"]["MilestoneRefInput"];
          readonly changes: {
            /** @enum {string} */
            field: "text" | "units" | "deadline" | "seq" | "task";
            before: string;
            after: string;
          }[];
          /** @enum {string} */
          matchedBy: "number" | "text";
        };
    TaskDiffEntryInput: {
      /** @enum {string} */
      kind: "added" | "removed" | "changed";
      taskKey: string;
      /** @description A changed task's old key */
      beforeTaskKey?: string;
      readonly changes: {
        /** @enum {string} */
        field: "title" | "leadUnits" | "otherRoles" | "persons" | "no";
        before: string;
        after: string;
      }[];
    };
    /** @description What a revision changes against the one before */
    PlanDiffInput: {
      /** @description Milestones by how the revision changes them */
      counts: {
        added: number;
        removed: number;
        changed: number;
        unchanged: number;
      };
      readonly header: {
        /** @enum {string} */
        field: "title" | "subtitle" | "year" | "issuer" | "ownerUnit" | "headerCounts" | "columns";
        before: string;
        after: string;
      }[];
      readonly tasks: components["schemas"]["TaskDiffEntryInput"][];
      readonly milestones: components["schemas"]["MilestoneDiffEntryInput"][];
      /** @description Too large to compare by text: moved milestones may show as removed and added */
      textMatchSkipped: boolean;
    };
    MilestoneRemovalInput: {
      milestoneId: number;
      taskNo: number | null;
      taskTitle: string;
      seq: number | null;
      text: string;
      /** @description Entries in its history (reports, decisions…) */
      entries: number;
      /** @description Evidence files */
      attachments: number;
      /** @description Requests awaiting a decision */
      openRequests: number;
    };
    /** @description A correction made in the import preview: a task (by label, outline labels and title) or one of its milestones (by seq or 1-based position, and text) with new units, responsibilities or deadline */
    PlanCorrectionInput:
      | {
          /** @enum {string} */
          kind: "task";
          task: {
            label: string;
            readonly outline: string[];
            title: string;
          };
          readonly leadUnits?: string[];
          readonly cooperatingUnits?: string[];
        }
      | {
          /** @enum {string} */
          kind: "milestone";
          task: {
            label: string;
            readonly outline: string[];
            title: string;
          };
          milestone: {
            seq: number | null;
            position: number;
            text: string;
          };
          readonly responsibilities?: (
            | {
                unit: string;
                /** @enum {string} */
                role: "lead" | "cooperating";
              }
            | {
                unit: string;
                /** @enum {string} */
                role: "other";
                roleLabel: string;
              }
          )[];
          deadline?: string;
        };
    /** @description As `duban import --json` prints it */
    ImportOutcomeInput:
      | {
          /** @enum {string} */
          kind: "created" | "revised";
          planId: number;
          revision: number;
          dryRun: boolean;
          counts: {
            added: number;
            removed: number;
            changed: number;
            unchanged: number;
            tasks: number;
            milestones: number;
          };
          diff: components["schemas"]["PlanDiffInput"];
          /** @description Names not in the unit directory: the import creates them */
          readonly newUnits: string[];
          readonly diagnostics: components["schemas"]["DiagnosticInput"][];
          /** @description A dry run's plan as read from the file */
          plan?: components["schemas"]["PlanJsonInput"];
          /** @description A plan of the same year, issuer, unit and title that this table did not revise: import again with its planId to revise it */
          match: {
            planId: number;
            title: string;
            revision: number;
          } | null;
          /** @description Milestones the revision removes that have history, evidence or open requests */
          readonly removals: components["schemas"]["MilestoneRemovalInput"][];
          /** @description A dry run's: importing needs confirmRemovals=true */
          confirmationRequired: boolean;
          /** @description The corrections applied: those sent, or else those kept with the last import of the same file into the plan */
          readonly corrections: components["schemas"]["PlanCorrectionInput"][];
          /** @description How many corrections found their target (the others are warned about) */
          correctionsApplied: number;
        }
      | {
          /** @enum {string} */
          kind: "unchanged";
          planId: number;
          revision: number;
          /**
           * @description The very file was imported before, or another with the same content
           * @enum {string}
           */
          reason: "same_file" | "same_content";
          dryRun: boolean;
          readonly diagnostics: components["schemas"]["DiagnosticInput"][];
          /** @description The corrections applied: those sent, or else those kept with the last import of the same file into the plan */
          readonly corrections: components["schemas"]["PlanCorrectionInput"][];
          /** @description How many corrections found their target (the others are warned about) */
          correctionsApplied: number;
        };
    ImportRefusalInput: {
      error: {
        status: number;
        /** @enum {string} */
        code: "import.invalid_file";
        message: {
          zh: string;
          en: string;
        };
        field?: string;
        details: {
          readonly diagnostics: components["schemas"]["DiagnosticInput"][];
        };
      };
    };
    SubPlanInput: {
      planId: number;
      title: string;
      revision: number;
      asOf: string;
      /** @description The steps the caller sees, counted: done/total is counts.done/total; lights of open steps */
      rollup: {
        total: number;
        counts: {
          done: number;
          overdue: number;
          dueSoon: number;
          inProgress: number;
          notStarted: number;
        };
        /** @description Lights of the open milestones; done ones are counted as done, not as a light */
        lights: {
          red: number;
          yellow: number;
          green: number;
        };
        /** @description Done by the due date then in force */
        onTime: number;
        completionRate: number | null;
        onTimeRate: number | null;
      };
      /** @description The latest report on any of those steps */
      latestReport: {
        milestoneId: number;
        seq: number | null;
        stepText: string;
        on: string;
        text: string;
        percent: number | null;
      } | null;
      readonly steps: components["schemas"]["MilestoneInput"][];
    };
    RecoveryCodesInput: {
      readonly recoveryCodes: string[];
    };
    SecondFactorOverviewInput: {
      readonly requiredRoles: ("admin" | "supervisor" | "unit_leader" | "unit_staff")[];
      updatedAt: string | null;
      updatedBy: string | null;
      readonly enrolledUserIds: number[];
    };
    InboxCountsInput: {
      /** @description Milestones the unit leads and has not acknowledged (待签收) */
      acknowledge: number;
      /** @description Milestones the unit leads whose periodic report is missing (待报送) */
      report: number;
      /** @description Open instructions the unit has not answered (待答复) */
      answer: number;
      /** @description Completion declarations waiting for the office's review (待审核) */
      review: number;
      /** @description Extension requests waiting for the office's decision (待审批) */
      decide: number;
      /** @description Staff drafts waiting for the unit leader to confirm or return (待确认) */
      confirm: number;
    };
    TargetInput: {
      id: number;
      planId: number;
      taskId: number;
      taskNo: number | null;
      /** @description null: the task's own words */
      milestoneId: number | null;
      milestoneSeq: number | null;
      subject: string;
      /**
       * @description at_least 以上/不少于, more_than 突破/超过, reach 达到, at_most 以内/不超过, range N～M (low and high)
       * @enum {string}
       */
      comparison: "at_least" | "more_than" | "reach" | "at_most" | "range";
      /** @description null for a range (low and high) */
      value: number | null;
      low: number | null;
      high: number | null;
      unitOfMeasure: string;
      /** @description Where in the task's or milestone's text; null for an added target */
      span: {
        start: number;
        end: number;
        text: string;
      } | null;
      /** @enum {string} */
      origin: "extracted" | "added";
      /**
       * @description proposed 待确认 (read at import), confirmed 已确认, dismissed 已排除
       * @enum {string}
       */
      state: "proposed" | "confirmed" | "dismissed";
      baseline: number | null;
      /** @description The milestone's due date in force, or the latest of the task's milestones */
      deadline: string | null;
      latestActual: {
        value: number;
        asOf: string;
        source: string;
      } | null;
      progress: {
        ratio: number | null;
        projected: number | null;
        met: boolean;
        /** @enum {string|null} */
        light: "red" | "yellow" | "green" | null;
      };
      can: {
        /** @description Confirm, edit or dismiss it (the office) */
        edit: boolean;
        /** @description Report an actual (the unit leading the work) */
        report: boolean;
      };
    };
    TargetActualInput: {
      id: number;
      targetId: number;
      value: number;
      asOf: string;
      source: string;
      unitId: number | null;
      unit: string | null;
      reportedBy: string;
      reportedByName: string;
      recordedAt: string;
    };
    SecondFactorStatusInput: {
      enrolled: boolean;
      enrolledAt: string | null;
      required: boolean;
      recoveryCodesLeft: number;
    };
    SecondFactorEnrolmentInput: {
      secret: string;
      uri: string;
      qrCode: string;
    };
    ApiError: {
      error: {
        status: number;
        code: string;
        message: {
          zh: string;
          en: string;
        };
        field?: string;
        details?: unknown;
      };
    };
    Message: {
      zh: string;
      en: string;
    };
    SignInProviders: {
      readonly providers: {
        /** @enum {string} */
        method: "password" | "oidc" | "ldap";
        name: components["schemas"]["Message"];
        /** @description Where the browser goes to sign in; null: the password form */
        loginUrl: string | null;
      }[];
    };
    User: {
      id: number;
      username: string;
      displayName: string;
      unitId: number;
      unitName: string;
      /**
       * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
       * @enum {string}
       */
      role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
      disabled: boolean;
      createdAt: string;
      updatedAt: string;
      passwordChangedAt: string;
    };
    Session: {
      /** @enum {string} */
      via: "session" | "token";
      actor: {
        name: string;
        /**
         * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
         * @enum {string}
         */
        role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
        unitId: number;
        unitName: string;
      };
      user: components["schemas"]["User"] | null;
      /** @enum {string|null} */
      signIn: "password" | "oidc" | "ldap" | null;
      csrfToken: string | null;
      expiresAt: string | null;
      /** @enum {string|null} */
      secondFactor: "verify" | "enrol" | null;
      today: string;
    };
    Unit: {
      id: number;
      name: string;
      /** @enum {string} */
      kind: "unit" | "group";
      readonly aliases: string[];
      readonly members: string[];
      /** @description The unit this one stands under (a section's bureau, a county's city); null: none */
      parentUnitId: number | null;
    };
    ApiToken: {
      id: number;
      name: string;
      unitId: number;
      unitName: string;
      /**
       * @description admin 管理员, supervisor 督查室, unit_leader 单位负责人, unit_staff 单位经办人
       * @enum {string}
       */
      role: "admin" | "supervisor" | "unit_leader" | "unit_staff";
      createdBy: number | null;
      createdByUsername: string | null;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      /** @enum {string|null} */
      revokedReason: "revoked" | "creator_disabled" | "creator_demoted" | null;
    };
    TokenCredit: {
      id: number;
      name: string;
      createdBy: number | null;
      createdByUsername: string | null;
    };
    AuditEntry: {
      id: number;
      at: string;
      actor: string;
      userId: number | null;
      /** @description The person's display name (姓名) */
      userName: string | null;
      token: components["schemas"]["TokenCredit"] | null;
      unitId: number | null;
      unitName: string | null;
      /**
       * @description How the acting user signed in; null for tokens, links and the shell
       * @enum {string|null}
       */
      signIn: "password" | "oidc" | "ldap" | null;
      action: string;
      actionName: components["schemas"]["Message"];
      objectType: string;
      objectName: components["schemas"]["Message"];
      objectId: string;
      before: unknown;
      after: unknown;
    };
    /** @description Why the light is what it is: days overdue (red), days left or a missing report (yellow), normal (green); done has no light */
    LightReason:
      | {
          /** @enum {string} */
          code: "done";
        }
      | {
          /** @enum {string} */
          code: "overdue";
          days: number;
        }
      | {
          /** @enum {string} */
          code: "due_soon";
          days: number;
        }
      | {
          /** @enum {string} */
          code: "report_missing";
        }
      | {
          /** @enum {string} */
          code: "normal";
        };
    /** @description What the caller may do on the request now */
    RequestAbilities: {
      /** @description Approve or reject it (批准/退回) */
      decide: boolean;
    };
    MilestoneRequest: {
      id: number;
      milestoneId: number;
      planId: number;
      /** @enum {string} */
      kind: "completion" | "extension";
      /**
       * @description withdrawn: closed without a decision when a revision removed its milestone
       * @enum {string}
       */
      state: "pending" | "approved" | "rejected" | "withdrawn";
      requestedAt: string;
      requestedBy: string;
      /** @description Who asked, by display name */
      requestedByName: string;
      unitId: number | null;
      payload: {
        [key: string]: unknown;
      };
      decidedAt: string | null;
      decidedBy: string | null;
      decidedByName: string | null;
      decisionComment: string | null;
      can: components["schemas"]["RequestAbilities"];
    };
    Attachment: {
      id: number;
      milestoneId: number;
      name: string;
      mediaType: string;
      size: number;
      sha256: string;
      uploadedAt: string;
      actor: string;
      /** @description Who uploaded it, by display name */
      actorName: string;
    };
    EvidenceStorage: {
      /** @description Bytes each unit may store; 0: none */
      unitQuotaBytes: number;
      /** @description Bytes each account may upload per hour; 0: no limit */
      userBytesPerHour: number;
      readonly units: {
        unitId: number;
        name: string;
        bytes: number;
        files: number;
      }[];
    };
    LedgerEntry: {
      id: number;
      milestoneId: number;
      at: string;
      actor: string;
      /** @description Who recorded it, by display name */
      actorName: string;
      userId: number | null;
      token: components["schemas"]["TokenCredit"] | null;
      unitId: number | null;
      entry: {
        kind: string;
        on: string;
      } & {
        [key: string]: unknown;
      };
    };
    PlanSettings: {
      reviewRequired: boolean;
      warningDays: number;
      /** @enum {string} */
      warningUnit: "calendar_day" | "working_day";
      reportCycle: {
        /** @enum {string} */
        every: "month" | "quarter";
        day: number;
      } | null;
      reminders: {
        readonly beforeDue: {
          amount: number;
          /** @enum {string} */
          unit: "calendar_day" | "working_day";
        }[];
        overdueEveryDays: number;
        missingReport: boolean;
        acknowledgeWithin: {
          amount: number;
          /** @enum {string} */
          unit: "calendar_day" | "working_day";
        };
      };
      readonly escalation: {
        name: string;
        afterDaysOverdue: number;
        notifyOffice: boolean;
      }[];
      notice: {
        /** @description The issuing office; null: the plan's issuer's 督查室 (市政府督查室) */
        office: string | null;
        /** @description The notice number, with {n} and optionally {year}: 〔{year}〕第{n}号 */
        numberTemplate: string;
        replyWorkingDays: number;
      };
    };
    PlanComparison: {
      /** @example 2022-06-30 */
      asOf: string;
      /** @description Each plan's figures as GET /api/plans/{id}/status gives them (milestones=none), newest year first */
      readonly items: {
        plan: {
          id: number;
          title: string;
          year: number;
          /** @enum {string} */
          kind: "master" | "slice";
          archivedAt: string | null;
        };
        figures: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
          /** @description As in GET /api/plans/{id}/status */
          reportsThisMonth: number;
        };
      }[];
    };
    PlanStatus: {
      planId: number;
      /** @example 2022-06-30 */
      asOf: string;
      unit: {
        id: number;
        name: string;
      } | null;
      counts: {
        done: number;
        overdue: number;
        dueSoon: number;
        inProgress: number;
        notStarted: number;
      };
      /** @description Lights of the open milestones; done ones are counted as done, not as a light */
      lights: {
        red: number;
        yellow: number;
        green: number;
      };
      /** @description Done by the due date then in force */
      onTime: number;
      total: number;
      completionRate: number | null;
      onTimeRate: number | null;
      /** @description Progress reports (the lead's 报送进展) from the first of asOf's month to asOf, on the milestones these figures count (a unit's: those it leads) */
      reportsThisMonth: number;
      cooperating: {
        total: number;
        counts: {
          done: number;
          overdue: number;
          dueSoon: number;
          inProgress: number;
          notStarted: number;
        };
        /** @description Lights of the open milestones; done ones are counted as done, not as a light */
        lights: {
          red: number;
          yellow: number;
          green: number;
        };
        /** @description Done by the due date then in force */
        onTime: number;
        completionRate: number | null;
        onTimeRate: number | null;
      } | null;
      readonly milestones: {
        id: number;
        taskNo: number | null;
        seq: number | null;
        /** @enum {string} */
        status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
        /** @enum {string} */
        light: "red" | "yellow" | "green";
        due: string | null;
        completedOn: string | null;
        late: boolean | null;
        reportMissing: boolean;
        escalationLevel: string | null;
        lightReason: components["schemas"]["LightReason"];
        /** @enum {string} */
        role?: "lead" | "cooperating";
      }[];
      readonly byTask: {
        taskId: number;
        taskNo: number | null;
        title: string;
        rollup: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
      }[];
      readonly byUnit: {
        unitId: number;
        unit: string;
        lead: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
        cooperating: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
      }[];
      /** @description Per month of the due date in force; milestones without one left out */
      readonly byDueMonth: {
        /** @description YYYY-MM of the due date in force */
        month: string;
        rollup: {
          total: number;
          counts: {
            done: number;
            overdue: number;
            dueSoon: number;
            inProgress: number;
            notStarted: number;
          };
          /** @description Lights of the open milestones; done ones are counted as done, not as a light */
          lights: {
            red: number;
            yellow: number;
            green: number;
          };
          /** @description Done by the due date then in force */
          onTime: number;
          completionRate: number | null;
          onTimeRate: number | null;
        };
      }[];
    };
    /** @description Where a unit's reminders go: e-mail, a signed webhook, or a WeCom/DingTalk/Feishu robot. A robot or webhook URL must reach a public address (or a host allowed by DUBAN_WEBHOOK_ALLOW_HOSTS) and carry no user name or password. */
    Contact:
      | {
          /** @enum {string} */
          kind: "email";
          /** Format: email */
          address: string;
          name?: string;
        }
      | {
          /** @enum {string} */
          kind: "webhook";
          /** Format: uri */
          url: string;
          secret: string;
        }
      | {
          /** @enum {string} */
          kind: "wecom";
          /** Format: uri */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: "dingtalk";
          /** Format: uri */
          url: string;
          secret?: string;
        }
      | {
          /** @enum {string} */
          kind: "feishu";
          /** Format: uri */
          url: string;
          secret?: string;
        };
    /** @description A reminder contact as shown: secrets never leave */
    ContactView:
      | {
          /** @enum {string} */
          kind: "email";
          address: string;
          name?: string;
        }
      | {
          /** @enum {string} */
          kind: "webhook";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
          /** @description Whether a signing secret is set */
          hasSecret: boolean;
        }
      | {
          /** @enum {string} */
          kind: "wecom";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: "dingtalk";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
          /** @description Whether a signing secret is set */
          hasSecret: boolean;
        }
      | {
          /** @enum {string} */
          kind: "feishu";
          /** @description The URL with its query (keys) masked as ?*** */
          url: string;
          /** @description Whether a signing secret is set */
          hasSecret: boolean;
        };
    UnitContact: {
      id: number;
      unitId: number;
      label: string;
      contact: components["schemas"]["ContactView"];
    };
    DirectorySettings: {
      /**
       * @description environment: DUBAN_LDAP_* (they win, and the screen cannot change them)
       * @enum {string}
       */
      source: "environment" | "database" | "none";
      url: string | null;
      bindDn: string;
      /** @description the password itself is never sent back */
      bindPasswordSet: boolean;
      baseDn: string;
      userFilter: string;
      usernameAttribute: string;
      nameAttribute: string;
    };
    DirectoryProposal: {
      id: number;
      /** @enum {string} */
      kind: "unit" | "user" | "link" | "move" | "disable";
      /** @description the entry's DN */
      subject: string;
      /** @description unit: name; user: username, displayName, unitName; link: userId, username; move: userId, username, fromUnitName, unitName, previousSubject; disable: userId, username */
      details: {
        [key: string]: unknown;
      };
      proposedAt: string;
    };
    /** @description Where in the file something was found */
    SourceLocation: {
      file: string;
      /** @description Excel sheet name */
      sheet?: string;
      /** @description 1-based table in a Word document */
      table?: number;
      /** @description 1-based: the sheet row in Excel, the table row in Word, the record in CSV */
      row?: number;
      /** @description 1-based column in the table */
      column?: number;
      /** @description Excel-style reference, e.g. "E5" */
      cell?: string;
      /** @description 1-based paragraph of the document body outside tables (Word, HTML) */
      paragraph?: number;
      /** @description 1-based line in a text or CSV file */
      line?: number;
      /** @description The column header of the cell (完成时限) */
      field?: string;
      /** @description The text at fault, as written */
      text?: string;
    };
    /** @description docs/PLAN-JSON.md, "Deadlines" */
    Deadline:
      | {
          /** @enum {string} */
          kind: "date";
          text: string;
          date: string;
          event?: string;
        }
      | {
          /** @enum {string} */
          kind: "period_end";
          text: string;
          /** @enum {string} */
          period: "month" | "quarter" | "half_year" | "year" | "ten_days";
          date: string;
          start?: string;
          event?: string;
        }
      | {
          /** @enum {string} */
          kind: "recurring";
          text: string;
          /** @enum {string} */
          every: "month" | "quarter" | "half_year" | "year";
          day: number | "end";
        }
      | {
          /** @enum {string} */
          kind: "ongoing";
          text: string;
        }
      | {
          /** @enum {string} */
          kind: "none";
        };
    WorkflowState: {
      milestoneId: number;
      version: number;
      /** @enum {string} */
      phase: "open" | "completion_pending" | "done";
      acknowledgedOn: string | null;
      focus: boolean;
    };
    MilestoneAbilities: {
      acknowledge: boolean;
      /** @description Report progress (the milestone's lead) or send input for the lead (others) */
      report: boolean;
      /** @description A report would be the milestone's progress, not input for its lead */
      reportOfficially: boolean;
      declareCompletion: boolean;
      /** @description Still refused (409) while another extension request waits */
      requestExtension: boolean;
      answerInstructions: boolean;
      setFocus: boolean;
      issueNotice: boolean;
      /** @description Draft a completion declaration for the lead unit's leader to confirm */
      draftCompletion: boolean;
      /** @description Draft an extension request for the lead unit's leader to confirm */
      draftExtension: boolean;
      /** @description Confirm (submit to the office) or return the unit's drafts on this milestone */
      confirmDrafts: boolean;
      /** @description Send a unit without an account a link to send its input (POST /api/links) */
      issueLink: boolean;
    };
    /** @description For each step the phase allows but the caller's role does not: the milestone's lead unit, its leader, or the office */
    WhoCan: {
      /** @enum {string|null} */
      acknowledge: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      report: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      declareCompletion: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      requestExtension: "lead_unit" | "lead_unit_leader" | "office" | null;
      /** @enum {string|null} */
      review: "lead_unit" | "lead_unit_leader" | "office" | null;
    };
    MilestoneMarks: {
      /** @description 重点关注: the milestone or its task */
      focus: boolean;
      /** @description Requests waiting for the office's review */
      readonly pendingReview: ("completion" | "extension")[];
      /** @description 批示 not closed, on the milestone or its task */
      openInstructions: number;
    };
    Milestone: {
      id: number;
      planId: number;
      task: {
        id: number;
        no: number | null;
        label: string;
        title: string;
        /** @description People named for the whole task (责任领导, 牵头市领导) */
        readonly persons: {
          name: string;
          role: string;
        }[];
      };
      seq: number | null;
      text: string;
      deadline: components["schemas"]["Deadline"];
      readonly units: {
        unitId: number;
        unit: string;
        /** @enum {string} */
        role: "lead" | "cooperating" | "other";
        roleLabel: string | null;
      }[];
      readonly persons: {
        name: string;
        role: string;
      }[];
      remarks: {
        [key: string]: string;
      };
      asOf: string;
      /** @enum {string} */
      status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
      /** @enum {string} */
      light: "red" | "yellow" | "green";
      lightReason: components["schemas"]["LightReason"];
      due: string | null;
      completedOn: string | null;
      late: boolean | null;
      reportMissing: boolean;
      escalationLevel: string | null;
      acknowledgedOn: string | null;
      acknowledgementOverdue: boolean;
      workflow: components["schemas"]["WorkflowState"];
      /** @description The lead unit's latest report up to asOf, or the note of its completion once accepted */
      latestReport: {
        on: string;
        text: string;
        percent: number | null;
      } | null;
      marks: components["schemas"]["MilestoneMarks"];
      /** @description What the latest imported table's progress column (进展情况) stated, and that table's revision; not a report */
      importedProgress: {
        revision: number;
        readonly entries: {
          header: string;
          text: string;
        }[];
      } | null;
      can: components["schemas"]["MilestoneAbilities"];
      whoCan: components["schemas"]["WhoCan"];
      /** @description The plan revision that removed this milestone: it is shown as it stood then, and refuses writes */
      removedInRevision: number | null;
    };
    MilestoneDetail: {
      id: number;
      planId: number;
      task: {
        id: number;
        no: number | null;
        label: string;
        title: string;
        /** @description People named for the whole task (责任领导, 牵头市领导) */
        readonly persons: {
          name: string;
          role: string;
        }[];
      };
      seq: number | null;
      text: string;
      deadline: components["schemas"]["Deadline"];
      readonly units: {
        unitId: number;
        unit: string;
        /** @enum {string} */
        role: "lead" | "cooperating" | "other";
        roleLabel: string | null;
      }[];
      readonly persons: {
        name: string;
        role: string;
      }[];
      remarks: {
        [key: string]: string;
      };
      asOf: string;
      /** @enum {string} */
      status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
      /** @enum {string} */
      light: "red" | "yellow" | "green";
      lightReason: components["schemas"]["LightReason"];
      due: string | null;
      completedOn: string | null;
      late: boolean | null;
      reportMissing: boolean;
      escalationLevel: string | null;
      acknowledgedOn: string | null;
      acknowledgementOverdue: boolean;
      workflow: components["schemas"]["WorkflowState"];
      /** @description The lead unit's latest report up to asOf, or the note of its completion once accepted */
      latestReport: {
        on: string;
        text: string;
        percent: number | null;
      } | null;
      marks: components["schemas"]["MilestoneMarks"];
      /** @description What the latest imported table's progress column (进展情况) stated, and that table's revision; not a report */
      importedProgress: {
        revision: number;
        readonly entries: {
          header: string;
          text: string;
        }[];
      } | null;
      can: components["schemas"]["MilestoneAbilities"];
      whoCan: components["schemas"]["WhoCan"];
      /** @description The plan revision that removed this milestone: it is shown as it stood then, and refuses writes */
      removedInRevision: number | null;
      /** @description The milestone of an earlier plan this one was carried over from (结转): its history is there. Null when it was not carried, or the caller may not read the old one */
      carriedFrom: {
        /** @description The old plan's milestone */
        milestoneId: number;
        planId: number;
        planYear: number;
        planTitle: string;
      } | null;
    };
    /** @description What the caller may do on the task now */
    TaskAbilities: {
      answerInstructions: boolean;
      issueInstruction: boolean;
      setFocus: boolean;
    };
    Task: {
      id: number;
      planId: number;
      no: number | null;
      label: string;
      title: string;
      readonly outline: {
        label: string;
        title: string;
        level: number;
      }[];
      readonly leadUnits: string[];
      readonly cooperatingUnits: string[];
      otherRoles: {
        [key: string]: string[];
      };
      readonly persons: {
        name: string;
        role: string;
      }[];
      remarks: {
        [key: string]: string;
      };
      milestoneCount: number;
      focus: boolean;
      can: components["schemas"]["TaskAbilities"];
    };
    PlanSummary: {
      id: number;
      year: number;
      issuer: string | null;
      /** @enum {string} */
      kind: "master" | "slice";
      /** @description What the office files the plan under, beside its year: 政府工作报告, 民生实事, a special plan's name */
      category: string;
      ownerUnit: string | null;
      title: string;
      currentRevision: number;
      createdAt: string;
      updatedAt: string;
      /** @description When an administrator archived the plan (read-only); null while in use */
      archivedAt: string | null;
      /** @description The milestone this plan is the sub-plan (子计划) of, owned by its lead unit (ownerUnit); null for a plan of its own */
      parentMilestoneId: number | null;
    };
    PlanAbilities: {
      /** @description Enter a leader's instruction (录入批示) */
      issueInstruction: boolean;
      /** @description Export the whole plan, at any revision, and any unit's part (牵头部分) */
      exportWhole: boolean;
      /** @description The units whose part (牵头部分) the caller may export besides: its own and its groups' */
      readonly exportPartsOf: number[];
      /** @description Import a new revision of the plan */
      importRevision: boolean;
      /** @description Send the units their parts (下发) */
      distribute: boolean;
      /** @description Change the plan's settings */
      configure: boolean;
      /** @description Add a quantitative target (量化指标) to a task or milestone of the plan */
      addTarget: boolean;
      /** @description File the plan under another year or category */
      classify: boolean;
      /** @description Start next year's plan from this one (结转): the supervision office's */
      carryOver: boolean;
      /** @description Archive the plan (it is in use) */
      archive: boolean;
      /** @description Bring the archived plan back into use */
      unarchive: boolean;
      /** @description Delete the plan; refused (409) once work has been done on it */
      delete: boolean;
    };
    PlanListItem: {
      id: number;
      year: number;
      issuer: string | null;
      /** @enum {string} */
      kind: "master" | "slice";
      /** @description What the office files the plan under, beside its year: 政府工作报告, 民生实事, a special plan's name */
      category: string;
      ownerUnit: string | null;
      title: string;
      currentRevision: number;
      createdAt: string;
      updatedAt: string;
      /** @description When an administrator archived the plan (read-only); null while in use */
      archivedAt: string | null;
      /** @description The milestone this plan is the sub-plan (子计划) of, owned by its lead unit (ownerUnit); null for a plan of its own */
      parentMilestoneId: number | null;
      can: components["schemas"]["PlanAbilities"];
      /** @description The viewer's open milestones (for a unit what it leads or shares, for the office the whole plan) overdue and due soon today */
      open: {
        overdue: number;
        dueSoon: number;
      };
      /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
      holidaysLoaded: boolean;
    };
    /** @description docs/PLAN-JSON.md */
    PlanJson: {
      /** @enum {string} */
      format: "duban.plan";
      /** @enum {number} */
      formatVersion: 1;
      title: string;
      subtitle: string | null;
      year: number;
      issuer: string | null;
      /** @enum {string} */
      kind: "master" | "slice";
      ownerUnit: string | null;
      headerCounts: {
        leadTasks: number;
        leadMilestones: number;
      } | null;
      readonly columns: string[];
      taskCount: number;
      milestoneCount: number;
      readonly leadTaskNos: (number | null)[];
      readonly milestoneOnlyTaskNos: (number | null)[];
      readonly tasks: {
        no: number | null;
        label: string;
        title: string;
        leadUnit: string | null;
        readonly leadUnits: string[];
        readonly cooperatingUnits: string[];
        otherRoles: {
          [key: string]: string[];
        };
        readonly persons: {
          name: string;
          role: string;
        }[];
        readonly outline: {
          label: string;
          title: string;
          level: number;
        }[];
        parent: {
          label: string;
          title: string;
          level: number;
        } | null;
        remarks: {
          [key: string]: string;
        };
        readonly milestones: {
          seq: number | null;
          text: string;
          readonly units: string[];
          leadUnit: string | null;
          readonly leadUnits: string[];
          readonly cooperatingUnits: string[];
          readonly responsibilities: {
            unit: string;
            /** @enum {string} */
            role: "lead" | "cooperating" | "other";
            roleLabel?: string;
          }[];
          readonly persons: {
            name: string;
            role: string;
          }[];
          due: string | null;
          deadlineText: string;
          /** @enum {string|null} */
          recurring: "monthly" | "quarterly" | "half-yearly" | "yearly" | null;
          deadline: components["schemas"]["Deadline"];
          remarks: {
            [key: string]: string;
          };
          readonly initialProgress: {
            header: string;
            text: string;
          }[];
          /** @description Where the reader found the milestone; absent for a stored plan */
          source?: components["schemas"]["SourceLocation"];
        }[];
        /** @description Where the reader found the task (its first row); absent for a stored plan */
        source?: components["schemas"]["SourceLocation"];
      }[];
    };
    Revision: {
      number: number;
      title: string;
      actor: string;
      /** @description The importer's display name */
      actorName: string;
      createdAt: string;
      file: {
        name: string;
        sha256: string;
        format: string;
        size: number;
      };
      counts: {
        added: number;
        removed: number;
        changed: number;
        unchanged: number;
      };
    };
    RequestDraft: {
      id: number;
      milestoneId: number;
      planId: number;
      unitId: number;
      /** @description Counts the draft's changes; confirm, return, edit and withdraw name it */
      version: number;
      /**
       * @description drafted: waits for the unit's leader; returned: back with the drafter (note); confirmed: submitted to the office (requestId); withdrawn
       * @enum {string}
       */
      state: "drafted" | "returned" | "confirmed" | "withdrawn";
      payload: {
        /** @enum {string} */
        kind: "completion" | "extension";
      } & {
        [key: string]: unknown;
      };
      draftedBy: string;
      draftedAt: string;
      updatedAt: string;
      returned?: {
        by: string;
        at: string;
      };
      /** @description The leader's reason for returning it */
      note?: string;
      confirmed?: {
        by: string;
        at: string;
      };
      withdrawn?: {
        by: string;
        at: string;
      };
      requestId?: number | null;
    };
    ListedRequestDraft: {
      id: number;
      milestoneId: number;
      planId: number;
      unitId: number;
      /** @description Counts the draft's changes; confirm, return, edit and withdraw name it */
      version: number;
      /**
       * @description drafted: waits for the unit's leader; returned: back with the drafter (note); confirmed: submitted to the office (requestId); withdrawn
       * @enum {string}
       */
      state: "drafted" | "returned" | "confirmed" | "withdrawn";
      payload: {
        /** @enum {string} */
        kind: "completion" | "extension";
      } & {
        [key: string]: unknown;
      };
      draftedBy: string;
      draftedAt: string;
      updatedAt: string;
      returned?: {
        by: string;
        at: string;
      };
      /** @description The leader's reason for returning it */
      note?: string;
      confirmed?: {
        by: string;
        at: string;
      };
      withdrawn?: {
        by: string;
        at: string;
      };
      requestId?: number | null;
      milestone: {
        taskNo: number | null;
        seq: number | null;
        text: string;
        taskTitle: string;
      } | null;
      /** @description The drafter's display name */
      draftedByName: string;
      /** @description Who returned, confirmed or withdrew it, by display name */
      actedByName: string | null;
      can: {
        /** @description Confirm it or return it (the unit's leader) */
        confirm: boolean;
        /** @description Edit and resubmit it, or withdraw it */
        edit: boolean;
      };
    };
    InstructionResponse: {
      id: number;
      unitId: number;
      unit: string;
      actor: string;
      /** @description Who answered, by display name */
      actorName: string;
      text: string;
      createdAt: string;
    };
    /** @description What the caller may do on the instruction now */
    InstructionAbilities: {
      /** @description Answer it for the caller's unit */
      answer: boolean;
      /** @description Close it (办结) */
      close: boolean;
    };
    Instruction: {
      id: number;
      planId: number;
      /** @enum {string} */
      targetType: "task" | "milestone";
      targetId: number;
      /** @description What the target says now; nulls once a revision has removed it */
      target: {
        taskId: number | null;
        taskNo: number | null;
        seq: number | null;
        text: string | null;
      };
      text: string;
      /** @description The leader as written, e.g. 市长 张三 */
      issuedBy: string;
      enteredBy: string;
      /** @description Who entered it, by display name */
      enteredByName: string;
      createdAt: string;
      responseDue: string | null;
      closedAt: string | null;
      closedBy: string | null;
      closedByName: string | null;
      version: number;
      readonly responses: components["schemas"]["InstructionResponse"][];
      can: components["schemas"]["InstructionAbilities"];
    };
    TaskFocus: {
      taskId: number;
      focus: boolean;
      setAt: string | null;
      setBy: string | null;
    };
    /** @description A unit a distribution would reach */
    DistributionRecipient: {
      unitId: number;
      unit: string;
      readonly contacts: components["schemas"]["ContactView"][];
    };
    DistributionDelivery: {
      /** @description email, webhook, wecom, dingtalk or feishu */
      channel: string;
      /** @description The e-mail address, or the robot's URL with its key masked */
      destination: string;
      /**
       * @description pending: the sending was interrupted before the channel answered
       * @enum {string}
       */
      status: "pending" | "sent" | "failed";
      /** @description Why it failed, in the channel's words */
      error: string | null;
      sentAt: string | null;
    };
    DistributionUnit: {
      unitId: number;
      unit: string;
      /** @description The part's title: …（市科技局牵头部分） */
      title: string;
      fileName: string;
      readonly deliveries: components["schemas"]["DistributionDelivery"][];
      /** @description At least one channel took the part */
      received: boolean;
      signedAt: string | null;
      signedBy: string | null;
      acknowledgement: {
        acknowledged: number;
        total: number;
      };
      /** @description Signed (签收) here, or every milestone the unit leads acknowledged already */
      signed: boolean;
    };
    Distribution: {
      id: number;
      planId: number;
      revision: number;
      issuedBy: string;
      /** @description The sending unit, as the units read it (督查室) */
      issuer: string;
      createdAt: string;
      readonly units: components["schemas"]["DistributionUnit"][];
    };
    Notice: {
      id: number;
      milestoneId: number;
      planId: number;
      year: number;
      /** @description The number in the office's sequence for the year */
      number: number;
      /** @description The number as the template writes it: 〔2022〕第3号 */
      numberText: string;
      office: string;
      recipientUnitId: number | null;
      recipientUnit: string;
      issuedBy: string;
      issuedAt: string;
      /** @example 2022-06-30 */
      issuedOn: string;
      /**
       * @description The day the unit is to reply by (working days after issue)
       * @example 2022-06-30
       */
      replyDue: string;
      /** @description Days overdue on the day of issue */
      daysOverdue: number;
      /** @description The .docx: GET it (the same document every time) */
      documentUrl: string;
    };
    CalendarYear: {
      year: number;
      /** @description The State Council notice the shipped days come from; null if none */
      notice: {
        title: string;
        documentNumber: string | null;
        /** @example 2022-06-30 */
        issued: string;
      } | null;
      /** @description The holidays and make-up working days in effect, by day */
      readonly days: {
        /** @example 2022-06-30 */
        date: string;
        /**
         * @description holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)
         * @enum {string}
         */
        kind: "holiday" | "workday";
        /** @example 国庆节 */
        name: string;
        /**
         * @description shipped with Duban, or set by an administrator
         * @enum {string}
         */
        source: "shipped" | "override";
      }[];
      /** @description Shipped days an administrator has set back to the weekday rule */
      readonly cleared: {
        /** @example 2022-06-30 */
        date: string;
        /**
         * @description holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)
         * @enum {string}
         */
        kind: "holiday" | "workday";
        /** @example 国庆节 */
        name: string;
      }[];
    };
    CalendarDay: {
      /** @example 2022-06-30 */
      date: string;
      /**
       * @description normal: no entry, Saturday and Sunday off, other days working
       * @enum {string}
       */
      kind: "holiday" | "workday" | "normal";
      name: string;
      /** @enum {string} */
      source: "shipped" | "override" | "rule";
      working: boolean;
      /** @description What Duban ships for the day */
      shipped: {
        /** @example 2022-06-30 */
        date: string;
        /**
         * @description holiday 放假 (a day off), workday 调休上班 (a working day, usually a weekend)
         * @enum {string}
         */
        kind: "holiday" | "workday";
        /** @example 国庆节 */
        name: string;
      } | null;
    };
    CalendarFeed: {
      id: number;
      /** @enum {string} */
      kind: "plan" | "unit";
      planId: number | null;
      planTitle: string | null;
      unitId: number | null;
      unitName: string | null;
      createdBy: number;
      createdByUsername: string;
      createdAt: string;
      revokedAt: string | null;
      lastUsedAt: string | null;
    };
    NewCalendarFeed: {
      id: number;
      /** @enum {string} */
      kind: "plan" | "unit";
      planId: number | null;
      planTitle: string | null;
      unitId: number | null;
      unitName: string | null;
      createdBy: number;
      createdByUsername: string;
      createdAt: string;
      revokedAt: string | null;
      lastUsedAt: string | null;
      token: string;
      url: string;
      webcalUrl: string;
    };
    Link: {
      id: number;
      unitId: number;
      unitName: string;
      /** @description The person it was sent to, if named */
      contact: string | null;
      /** @enum {string} */
      standing: "live" | "expired" | "revoked";
      /** @description The issuer as the audit log names actors */
      createdBy: string;
      createdByName: string;
      issuerUnitId: number | null;
      createdAt: string;
      expiresAt: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokedByName: string | null;
      lastUsedAt: string | null;
      /** @description Times its page read the milestones */
      readCount: number;
      /** @description Inputs sent through it */
      submissionCount: number;
      readonly milestones: {
        id: number;
        planId: number;
        taskNo: number | null;
        seq: number | null;
        /** @description Null once a revision removed it */
        text: string | null;
      }[];
    };
    NewLink: {
      id: number;
      unitId: number;
      unitName: string;
      /** @description The person it was sent to, if named */
      contact: string | null;
      /** @enum {string} */
      standing: "live" | "expired" | "revoked";
      /** @description The issuer as the audit log names actors */
      createdBy: string;
      createdByName: string;
      issuerUnitId: number | null;
      createdAt: string;
      expiresAt: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokedByName: string | null;
      lastUsedAt: string | null;
      /** @description Times its page read the milestones */
      readCount: number;
      /** @description Inputs sent through it */
      submissionCount: number;
      readonly milestones: {
        id: number;
        planId: number;
        taskNo: number | null;
        seq: number | null;
        /** @description Null once a revision removed it */
        text: string | null;
      }[];
      token: string;
      url: string;
    };
    LinkPage: {
      unit: string;
      contact: string | null;
      expiresAt: string;
      readonly milestones: {
        id: number;
        task: {
          no: number | null;
          title: string;
        };
        seq: number | null;
        text: string;
        /** @description As the table wrote it; empty when none */
        deadline: string;
        /** @example 2022-06-30 */
        dueDate: string | null;
        readonly units: {
          unit: string;
          /** @enum {string} */
          role: "lead" | "cooperating" | "other";
          roleLabel: string | null;
        }[];
        /** @description Input is taken until the milestone is done */
        open: boolean;
        readonly submissions: {
          at: string;
          holder: string;
          text: string;
          files: number;
        }[];
      }[];
    };
    LinkSubmission: {
      milestoneId: number;
      at: string;
      files: number;
    };
    NextYearProposal: {
      from: {
        id: number;
        title: string;
        year: number;
        category: string;
      };
      year: number;
      /** @description The new plan's title: the old one with the new year */
      title: string;
      /** @description The day the statuses are as of (today) */
      asOf: string;
      /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
      holidaysLoaded: boolean;
      /** @description The old plan's milestones not done on the day, in table order */
      readonly candidates: {
        milestoneId: number;
        /** @description Its number in the old table: 204（1） */
        ref: string;
        taskTitle: string;
        text: string;
        /** @description Every responsible unit, leads first */
        readonly units: string[];
        /** @enum {string} */
        status: "done" | "overdue" | "due_soon" | "in_progress" | "not_started";
        oldDeadline: {
          /** @description As written; empty when there is none */
          text: string;
          /** @description The day it falls due; null for recurring, ongoing, none */
          due: string | null;
        };
        /** @description Moved into the new year: a due date before it by whole years (README 下一年度计划) */
        newDeadline: {
          /** @description As written; empty when there is none */
          text: string;
          /** @description The day it falls due; null for recurring, ongoing, none */
          due: string | null;
        };
        /** @description Carried into a later plan already (a milestone is carried once) */
        carriedTo: {
          milestoneId: number;
          planId: number;
        } | null;
      }[];
    };
    NextYearPlan: {
      planId: number;
      title: string;
      year: number;
      readonly carried: {
        /** @description The milestone in the new plan */
        id: number;
        /** @description The old plan's milestone it came from */
        from: number;
      }[];
      /** @description Whether the working-day calendar holds the holidays of the plan's year (a State Council notice shipped, or entered by an administrator); false: working days count weekends only, warn the office */
      holidaysLoaded: boolean;
    };
    Diagnostic: {
      /** @enum {string} */
      severity: "error" | "warning" | "info";
      /** @description Stable, for scripts: "deadline.unreadable" */
      code: string;
      message: {
        zh: string;
        en: string;
      };
      location: components["schemas"]["SourceLocation"];
    };
    /** @description A milestone's place in the plan it belongs to */
    MilestoneRef: {
      /** @description The task's key in its plan (its 序号 path) */
      taskKey: string;
      taskIndex: number;
      milestoneIndex: number;
    };
    MilestoneDiffEntry:
      | {
          /** @enum {string} */
          kind: "added";
          after: components["schemas"]["MilestoneRef"];
        }
      | {
          /** @enum {string} */
          kind: "removed";
          before: components["schemas"]["MilestoneRef"];
        }
      | {
          /** @enum {string} */
          kind: "changed";
          before: components["schemas"]["MilestoneRef"];
          after: components["schemas"]["MilestoneRef"];
          readonly changes: {
            /** @enum {string} */
            field: "text" | "units" | "deadline" | "seq" | "task";
            before: string;
            after: string;
          }[];
          /** @enum {string} */
          matchedBy: "number" | "text";
        };
    TaskDiffEntry: {
      /** @enum {string} */
      kind: "added" | "removed" | "changed";
      taskKey: string;
      /** @description A changed task's old key */
      beforeTaskKey?: string;
      readonly changes: {
        /** @enum {string} */
        field: "title" | "leadUnits" | "otherRoles" | "persons" | "no";
        before: string;
        after: string;
      }[];
    };
    /** @description What a revision changes against the one before */
    PlanDiff: {
      /** @description Milestones by how the revision changes them */
      counts: {
        added: number;
        removed: number;
        changed: number;
        unchanged: number;
      };
      readonly header: {
        /** @enum {string} */
        field: "title" | "subtitle" | "year" | "issuer" | "ownerUnit" | "headerCounts" | "columns";
        before: string;
        after: string;
      }[];
      readonly tasks: components["schemas"]["TaskDiffEntry"][];
      readonly milestones: components["schemas"]["MilestoneDiffEntry"][];
      /** @description Too large to compare by text: moved milestones may show as removed and added */
      textMatchSkipped: boolean;
    };
    MilestoneRemoval: {
      milestoneId: number;
      taskNo: number | null;
      taskTitle: string;
      seq: number | null;
      text: string;
      /** @description Entries in its history (reports, decisions…) */
      entries: number;
      /** @description Evidence files */
      attachments: number;
      /** @description Requests awaiting a decision */
      openRequests: number;
    };
    /** @description A correction made in the import preview: a task (by label, outline labels and title) or one of its milestones (by seq or 1-based position, and text) with new units, responsibilities or deadline */
    PlanCorrection:
      | {
          /** @enum {string} */
          kind: "task";
          task: {
            label: string;
            readonly outline: string[];
            title: string;
          };
          readonly leadUnits?: string[];
          readonly cooperatingUnits?: string[];
        }
      | {
          /** @enum {string} */
          kind: "milestone";
          task: {
            label: string;
            readonly outline: string[];
            title: string;
          };
          milestone: {
            seq: number | null;
            position: number;
            text: string;
          };
          readonly responsibilities?: (
            | {
                unit: string;
                /** @enum {string} */
                role: "lead" | "cooperating";
              }
            | {
                unit: string;
                /** @enum {string} */
                role: "other";
                roleLabel: string;
              }
          )[];
          deadline?: string;
        };
    /** @description As `duban import --json` prints it */
    ImportOutcome:
      | {
          /** @enum {string} */
          kind: "created" | "revised";
          planId: number;
          revision: number;
          dryRun: boolean;
          counts: {
            added: number;
            removed: number;
            changed: number;
            unchanged: number;
            tasks: number;
            milestones: number;
          };
          diff: components["schemas"]["PlanDiff"];
          /** @description Names not in the unit directory: the import creates them */
          readonly newUnits: string[];
          readonly diagnostics: components["schemas"]["Diagnostic"][];
          /** @description A dry run's plan as read from the file */
          plan?: components["schemas"]["PlanJson"];
          /** @description A plan of the same year, issuer, unit and title that this table did not revise: import again with its planId to revise it */
          match: {
            planId: number;
            title: string;
            revision: number;
          } | null;
          /** @description Milestones the revision removes that have history, evidence or open requests */
          readonly removals: components["schemas"]["MilestoneRemoval"][];
          /** @description A dry run's: importing needs confirmRemovals=true */
          confirmationRequired: boolean;
          /** @description The corrections applied: those sent, or else those kept with the last import of the same file into the plan */
          readonly corrections: components["schemas"]["PlanCorrection"][];
          /** @description How many corrections found their target (the others are warned about) */
          correctionsApplied: number;
        }
      | {
          /** @enum {string} */
          kind: "unchanged";
          planId: number;
          revision: number;
          /**
           * @description The very file was imported before, or another with the same content
           * @enum {string}
           */
          reason: "same_file" | "same_content";
          dryRun: boolean;
          readonly diagnostics: components["schemas"]["Diagnostic"][];
          /** @description The corrections applied: those sent, or else those kept with the last import of the same file into the plan */
          readonly corrections: components["schemas"]["PlanCorrection"][];
          /** @description How many corrections found their target (the others are warned about) */
          correctionsApplied: number;
        };
    ImportRefusal: {
      error: {
        status: number;
        /** @enum {string} */
        code: "import.invalid_file";
        message: {
          zh: string;
          en: string;
        };
        field?: string;
        details: {
          readonly diagnostics: components["schemas"]["Diagnostic"][];
        };
      };
    };
    SubPlan: {
      planId: number;
      title: string;
      revision: number;
      asOf: string;
      /** @description The steps the caller sees, counted: done/total is counts.done/total; lights of open steps */
      rollup: {
        total: number;
        counts: {
          done: number;
          overdue: number;
          dueSoon: number;
          inProgress: number;
          notStarted: number;
        };
        /** @description Lights of the open milestones; done ones are counted as done, not as a light */
        lights: {
          red: number;
          yellow: number;
          green: number;
        };
        /** @description Done by the due date then in force */
        onTime: number;
        completionRate: number | null;
        onTimeRate: number | null;
      };
      /** @description The latest report on any of those steps */
      latestReport: {
        milestoneId: number;
        seq: number | null;
        stepText: string;
        on: string;
        text: string;
        percent: number | null;
      } | null;
      readonly steps: components["schemas"]["Milestone"][];
    };
    RecoveryCodes: {
      readonly recoveryCodes: string[];
    };
    SecondFactorOverview: {
      readonly requiredRoles: ("admin" | "supervisor" | "unit_leader" | "unit_staff")[];
      updatedAt: string | null;
      updatedBy: string | null;
      readonly enrolledUserIds: number[];
    };
    InboxCounts: {
      /** @description Milestones the unit leads and has not acknowledged (待签收) */
      acknowledge: number;
      /** @description Milestones the unit leads whose periodic report is missing (待报送) */
      report: number;
      /** @description Open instructions the unit has not answered (待答复) */
      answer: number;
      /** @description Completion declarations waiting for the office's review (待审核) */
      review: number;
      /** @description Extension requests waiting for the office's decision (待审批) */
      decide: number;
      /** @description Staff drafts waiting for the unit leader to confirm or return (待确认) */
      confirm: number;
    };
    Target: {
      id: number;
      planId: number;
      taskId: number;
      taskNo: number | null;
      /** @description null: the task's own words */
      milestoneId: number | null;
      milestoneSeq: number | null;
      subject: string;
      /**
       * @description at_least 以上/不少于, more_than 突破/超过, reach 达到, at_most 以内/不超过, range N～M (low and high)
       * @enum {string}
       */
      comparison: "at_least" | "more_than" | "reach" | "at_most" | "range";
      /** @description null for a range (low and high) */
      value: number | null;
      low: number | null;
      high: number | null;
      unitOfMeasure: string;
      /** @description Where in the task's or milestone's text; null for an added target */
      span: {
        start: number;
        end: number;
        text: string;
      } | null;
      /** @enum {string} */
      origin: "extracted" | "added";
      /**
       * @description proposed 待确认 (read at import), confirmed 已确认, dismissed 已排除
       * @enum {string}
       */
      state: "proposed" | "confirmed" | "dismissed";
      baseline: number | null;
      /** @description The milestone's due date in force, or the latest of the task's milestones */
      deadline: string | null;
      latestActual: {
        value: number;
        asOf: string;
        source: string;
      } | null;
      progress: {
        ratio: number | null;
        projected: number | null;
        met: boolean;
        /** @enum {string|null} */
        light: "red" | "yellow" | "green" | null;
      };
      can: {
        /** @description Confirm, edit or dismiss it (the office) */
        edit: boolean;
        /** @description Report an actual (the unit leading the work) */
        report: boolean;
      };
    };
    TargetActual: {
      id: number;
      targetId: number;
      value: number;
      asOf: string;
      source: string;
      unitId: number | null;
      unit: string | null;
      reportedBy: string;
      reportedByName: string;
      recordedAt: string;
    };
    SecondFactorStatus: {
      enrolled: boolean;
      enrolledAt: string | null;
      required: boolean;
      recoveryCodesLeft: number;
    };
    SecondFactorEnrolment: {
      secret: string;
      uri: string;
      qrCode: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
