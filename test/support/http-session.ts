import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, onTestFinished } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { shellActor } from "../../src/policies/actor.js";
import type { Role } from "../../src/domain/role.js";
import { buildApp } from "../../src/server/build-app.js";
import { CSRF_HEADER, SESSION_COOKIE } from "../../src/server/authentication.js";
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from "../../src/server/server-settings.js";
import { bootstrapAdministrator } from "../../src/services/bootstrap-administrator.js";
import { importPlanFile } from "../../src/services/import-plan-file.js";
import { freshConfig, testDialects, type DialectName } from "./databases.js";
import { readFixture } from "./fixtures.js";

/** Every account of the test world shares this password: 12+ characters, no username in it. */
export const PASSWORD = "Correct-Horse-Battery-9";

/** The reference table's lead unit, a unit cooperating on some of its milestones, and one in none. */
export const LEAD_UNIT = "市科技局";
export const COOPERATING_UNIT = "市审计局";
export const IDLE_UNIT = "市档案馆";
export const OFFICE_UNIT = "督查室";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A time the tests can move: sessions expire by it, "today" follows it. */
export interface MutableClock {
  now: Date;
  advanceMinutes(minutes: number): void;
}

export const mutableClock = (start = new Date()): MutableClock => {
  const clock: MutableClock = {
    now: start,
    advanceMinutes: (minutes) => {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  return clock;
};

/** A logged-in user: the session cookie and CSRF token, and requests made with both. */
export interface Client {
  readonly username: string;
  readonly userId: number;
  readonly unitId: number;
  readonly role: Role;
  readonly cookie: string;
  readonly csrf: string;
  /** `app.inject` with the cookie and the CSRF token; a Uint8Array body goes as octet-stream. */
  call(
    method: HttpMethod,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** The error body every refusal carries. */
export interface ApiErrorBody {
  readonly error: {
    readonly status: number;
    readonly code: string;
    readonly message: { readonly zh: string; readonly en: string };
    readonly field?: string;
    readonly details?: unknown;
  };
}

export const errorOf = (response: LightMyRequestResponse): ApiErrorBody["error"] =>
  response.json<ApiErrorBody>().error;

/** The session cookie's value in a response's Set-Cookie, if any. */
export const sessionCookieOf = (response: LightMyRequestResponse): string | undefined =>
  response.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value;

interface InjectArgs {
  readonly method: HttpMethod;
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** One request: JSON for an object body, octet-stream for bytes. */
export const send = (
  app: FastifyInstance,
  { method, url, body, headers = {} }: InjectArgs,
): Promise<LightMyRequestResponse> => {
  const options: InjectOptions = { method, url, headers: { ...headers } };
  if (body instanceof Uint8Array) {
    options.headers = { "content-type": "application/octet-stream", ...headers };
    options.payload = Buffer.from(body);
  } else if (body !== undefined) {
    options.payload = body as InjectOptions["payload"];
  }
  return app.inject(options);
};

interface SessionBody {
  readonly csrfToken: string;
  readonly user: { readonly id: number; readonly unitId: number; readonly role: Role };
}

/** Logs in over HTTP; throws unless it worked. */
export const logIn = async (
  app: FastifyInstance,
  username: string,
  password = PASSWORD,
): Promise<Client> => {
  const response = await send(app, {
    method: "POST",
    url: "/api/session",
    body: { username, password },
  });
  const cookie = sessionCookieOf(response);
  if (response.statusCode !== 200 || cookie === undefined) {
    throw new Error(`login of ${username} failed: ${response.statusCode} ${response.body}`);
  }
  const { csrfToken, user } = response.json<SessionBody>();
  return clientOf(app, { username, cookie, csrf: csrfToken, ...user, userId: user.id });
};

/** A client for a cookie and CSRF token known already (or made up, to test refusals). */
export const clientOf = (
  app: FastifyInstance,
  who: Omit<Client, "call" | "userId"> & { readonly userId: number },
): Client => ({
  username: who.username,
  userId: who.userId,
  unitId: who.unitId,
  role: who.role,
  cookie: who.cookie,
  csrf: who.csrf,
  call: (method, url, body, headers = {}) =>
    send(app, {
      method,
      url,
      body,
      headers: {
        cookie: `${SESSION_COOKIE}=${who.cookie}`,
        [CSRF_HEADER]: who.csrf,
        ...headers,
      },
    }),
});

/** The accounts a world may have besides the administrator. */
export const ACCOUNTS = {
  supervisor: { unit: OFFICE_UNIT, role: "supervisor" },
  leader: { unit: LEAD_UNIT, role: "unit_leader" },
  staff: { unit: LEAD_UNIT, role: "unit_staff" },
  auditStaff: { unit: COOPERATING_UNIT, role: "unit_staff" },
  idleStaff: { unit: IDLE_UNIT, role: "unit_staff" },
} as const satisfies Record<string, { unit: string; role: Role }>;

export type AccountName = keyof typeof ACCOUNTS;

/** The usernames, lower case and without the password in them. */
export const USERNAMES: Readonly<Record<AccountName | "admin", string>> = {
  admin: "admin",
  supervisor: "supervisor",
  leader: "kjj.leader",
  staff: "kjj.staff",
  auditStaff: "sjj.staff",
  idleStaff: "idle.staff",
};

export interface WorldOptions {
  /** Import the reference table (the .docx) as plan 1; yes by default. */
  readonly plan?: boolean;
  /** Which accounts to create and log in; all by default. */
  readonly accounts?: readonly AccountName[];
  /** Settings over the defaults; the clock is the world's own mutable clock. */
  readonly settings?: Partial<Omit<ServerSettings, "clock">>;
}

export interface World {
  readonly app: FastifyInstance;
  readonly db: Database;
  readonly clock: MutableClock;
  readonly settings: ServerSettings;
  readonly admin: Client;
  /** Only the accounts asked for are there; `client` throws for another. */
  readonly clients: Partial<Record<AccountName, Client>>;
  client(name: AccountName | "admin"): Client;
  /** Unit ids by name: the office, the lead and cooperating units, the idle unit. */
  readonly unitIds: Readonly<Record<string, number>>;
  /** Plan 1's id when the reference table was imported. */
  readonly planId: number | null;
}

interface UnitBody {
  readonly id: number;
  readonly name: string;
}

const expectStatus = (response: LightMyRequestResponse, status: number, what: string): void => {
  if (response.statusCode !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.statusCode} ${response.body}`);
  }
};

/**
 * The app on a migrated, empty database: the reference table imported at
 * the shell, the administrator bootstrapped, the idle unit created and the
 * accounts created through the API by the administrator, each logged in.
 */
export const buildWorld = async (db: Database, options: WorldOptions = {}): Promise<World> => {
  const clock = mutableClock();
  const settings: ServerSettings = {
    ...DEFAULT_SERVER_SETTINGS,
    ...options.settings,
    clock: () => clock.now,
  };
  let planId: number | null = null;
  if (options.plan !== false) {
    const outcome = await importPlanFile(db, {
      bytes: readFixture("seed-2022-kjj.docx"),
      fileName: "seed-2022-kjj.docx",
      actor: shellActor("cli:test"),
    });
    planId = outcome.planId;
  }
  await bootstrapAdministrator(db, PASSWORD, clock.now);
  const app = await buildApp({ db, settings });
  const admin = await logIn(app, USERNAMES.admin);

  const wanted = options.accounts ?? (Object.keys(ACCOUNTS) as AccountName[]);
  if (wanted.some((name) => ACCOUNTS[name].unit === IDLE_UNIT)) {
    const created = await admin.call("POST", "/api/units", { name: IDLE_UNIT });
    expectStatus(created, 201, `creating ${IDLE_UNIT}`);
  }
  const listed = await admin.call("GET", "/api/units");
  expectStatus(listed, 200, "listing units");
  const unitIds: Record<string, number> = Object.fromEntries(
    listed.json<{ items: UnitBody[] }>().items.map((unit) => [unit.name, unit.id]),
  );

  // One after another: the scrypt hashes would run in parallel, but SQLite writes would not.
  const clients: Partial<Record<AccountName, Client>> = {};
  for (const name of wanted) {
    const { unit, role } = ACCOUNTS[name];
    const unitId = unitIds[unit];
    if (unitId === undefined) throw new Error(`no unit ${unit} (was the plan imported?)`);
    const created = await admin.call("POST", "/api/users", {
      username: USERNAMES[name],
      displayName: `${unit} ${role}`,
      unitId,
      role,
      password: PASSWORD,
    });
    expectStatus(created, 201, `creating ${USERNAMES[name]}`);
  }
  const loggedIn = await Promise.all(wanted.map((name) => logIn(app, USERNAMES[name])));
  wanted.forEach((name, i) => {
    const client = loggedIn[i];
    if (client !== undefined) clients[name] = client;
  });

  return {
    app,
    db,
    clock,
    settings,
    admin,
    clients,
    client: (name) => {
      const found = name === "admin" ? admin : clients[name];
      if (found === undefined) throw new Error(`the world has no account ${name}`);
      return found;
    },
    unitIds,
    planId,
  };
};

/** A world for one test on the `open` of describeEachDatabase; its app is closed after the test. */
export const worldFor = async (
  open: () => Promise<Database>,
  options: WorldOptions = {},
): Promise<World> => {
  const world = await buildWorld(await open(), options);
  onTestFinished(() => world.app.close());
  return world;
};

/** A fresh, migrated database of one dialect and its disposal. */
export const openFreshDatabase = async (
  dialect: DialectName,
): Promise<{ readonly db: Database; readonly dispose: () => Promise<void> }> => {
  const { config, dispose } = await freshConfig(dialect);
  const db = openDatabase(config);
  await migrateToLatest(db);
  return {
    db,
    dispose: async () => {
      await db.close();
      await dispose();
    },
  };
};

/**
 * Runs a suite once per database against one world built before its tests
 * (accounts cost a scrypt hash each), torn down after them. The tests share
 * it: they must leave it as they found it, or come last.
 */
export const describeEachDatabaseWorld = (
  title: string,
  options: WorldOptions,
  suite: (context: { dialect: DialectName; world: () => World }) => void,
): void => {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => {
      let world: World | undefined;
      let dispose: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const fresh = await openFreshDatabase(dialect);
        dispose = fresh.dispose;
        world = await buildWorld(fresh.db, options);
      }, 60_000);
      afterAll(async () => {
        await world?.app.close();
        await dispose?.();
      });
      suite({
        dialect,
        world: () => {
          if (world === undefined) throw new Error("the world is built in beforeAll");
          return world;
        },
      });
    });
  }
};
