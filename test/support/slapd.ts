import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "ldapts";
import type { DirectoryConfig } from "../../src/services/directory/directory-config.js";

/** The fixture directory's suffix, its manager and the service account Duban searches with. */
export const BASE_DN = "dc=duban,dc=test";
export const MANAGER_DN = `cn=manager,${BASE_DN}`;
export const MANAGER_PASSWORD = "manager-Secret-1";
export const SERVICE_DN = `cn=duban-reader,${BASE_DN}`;
export const SERVICE_PASSWORD = "reader-Secret-1";

/** A person of the fixture: their uid, name, OU (a bureau) and password. */
export interface FixturePerson {
  readonly uid: string;
  readonly cn: string;
  readonly ou: string;
  readonly password: string;
}

/** A few bureaus with their staff, as a city's directory lists them. */
export const FIXTURE_BUREAUS = ["市发展改革委", "市财政局", "市教育局", "市科技局"] as const;
export const FIXTURE_PEOPLE: readonly FixturePerson[] = [
  { uid: "zhangsan", cn: "张三", ou: "市发展改革委", password: "Zhang-san-2024" },
  { uid: "lisi", cn: "李四", ou: "市财政局", password: "Li-si-2024!" },
  { uid: "wangwu", cn: "王五", ou: "市教育局", password: "Wang-wu-2024#" },
  // The test world's lead unit and its leader's username (test/support/http-session.ts): a link.
  { uid: "kjj.leader", cn: "科技局领导", ou: "市科技局", password: "Directory-Kjj-2024" },
];

/** A person of the fixture by uid. */
export const fixturePerson = (uid: string): FixturePerson => {
  const found = FIXTURE_PEOPLE.find((p) => p.uid === uid);
  if (found === undefined) throw new Error(`no fixture person ${uid}`);
  return found;
};

export const personDn = (person: Pick<FixturePerson, "uid" | "ou">): string =>
  `uid=${person.uid},ou=${person.ou},${BASE_DN}`;

/** One LDIF line; values that are not plain ASCII are written base64 (RFC 2849). */
const line = (attribute: string, value: string): string =>
  /^[\x20-\x7e]*$/.test(value) && !value.startsWith(" ") && !value.startsWith(":")
    ? `${attribute}: ${value}`
    : `${attribute}:: ${Buffer.from(value, "utf8").toString("base64")}`;

const entry = (dn: string, attributes: readonly (readonly [string, string])[]): string =>
  [line("dn", dn), ...attributes.map(([a, v]) => line(a, v))].join("\n");

const fixtureLdif = (): string =>
  [
    entry(BASE_DN, [
      ["objectClass", "dcObject"],
      ["objectClass", "organization"],
      ["dc", "duban"],
      ["o", "某市人民政府"],
    ]),
    entry(SERVICE_DN, [
      ["objectClass", "organizationalRole"],
      ["objectClass", "simpleSecurityObject"],
      ["cn", "duban-reader"],
      ["userPassword", SERVICE_PASSWORD],
    ]),
    ...FIXTURE_BUREAUS.map((ou) =>
      entry(`ou=${ou},${BASE_DN}`, [
        ["objectClass", "organizationalUnit"],
        ["ou", ou],
      ]),
    ),
    ...FIXTURE_PEOPLE.map(personEntry),
  ].join("\n\n") + "\n";

const personAttributes = (person: FixturePerson): [string, string][] => [
  ["objectClass", "inetOrgPerson"],
  ["uid", person.uid],
  ["cn", person.cn],
  ["sn", person.cn.slice(0, 1)],
  ["userPassword", person.password],
];

const personEntry = (person: FixturePerson): string =>
  entry(personDn(person), personAttributes(person));

/**
 * slapd.conf: the mdb backend in the temporary directory; passwords readable by
 * nobody, usable to bind; everything else readable by the service account.
 * `allow bind_anon_dn` makes a DN with an empty password an anonymous bind
 * that succeeds, as many servers do: Duban must refuse it itself.
 */
const slapdConf = (dir: string): string => `
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
pidfile ${join(dir, "slapd.pid")}
modulepath /usr/lib/ldap
moduleload back_mdb
allow bind_anon_dn
database mdb
maxsize 16777216
suffix "${BASE_DN}"
rootdn "${MANAGER_DN}"
rootpw ${MANAGER_PASSWORD}
directory ${join(dir, "data")}
access to attrs=userPassword
  by self write
  by anonymous auth
  by * none
access to *
  by dn.exact="${SERVICE_DN}" read
  by self read
  by * none
`;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });

const listening = async (port: number, child: ChildProcess, log: () => string): Promise<void> => {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`slapd stopped at start:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => {
        resolve(false);
      });
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`slapd did not listen on ${port}:\n${log()}`);
};

/** Duban's settings for the fixture directory at `url`, as the environment would give them. */
export const fixtureDirectory = (url: string): DirectoryConfig => ({
  url,
  bindDn: SERVICE_DN,
  bindPassword: SERVICE_PASSWORD,
  baseDn: BASE_DN,
  userFilter: "(uid={username})",
  usernameAttribute: "uid",
  nameAttribute: "cn",
  source: "environment",
});

export interface Slapd {
  readonly url: string;
  /** Runs `work` bound as the directory's manager: to move and remove people. */
  readonly asManager: <T>(work: (client: Client) => Promise<T>) => Promise<T>;
  readonly addPerson: (person: FixturePerson) => Promise<void>;
  readonly removePerson: (person: FixturePerson) => Promise<void>;
  readonly stop: () => Promise<void>;
}

/**
 * Debian's slapd on a free loopback port with a configuration and a fixture
 * directory of its own in a temporary folder (loaded with slapadd), so it
 * runs alike as root and as a normal user; `stop` ends it and removes it all.
 */
export const startSlapd = async (): Promise<Slapd> => {
  const dir = mkdtempSync(join(tmpdir(), "duban-slapd-"));
  mkdirSync(join(dir, "data"));
  const conf = join(dir, "slapd.conf");
  writeFileSync(conf, slapdConf(dir));
  writeFileSync(join(dir, "fixture.ldif"), fixtureLdif());
  const added = spawnSync("/usr/sbin/slapadd", ["-f", conf, "-l", join(dir, "fixture.ldif")], {
    encoding: "utf8",
  });
  if (added.status !== 0) throw new Error(`slapadd failed: ${added.stderr}`);
  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  let output = "";
  // -d 0: stay in the foreground (the test owns the process) and log nothing.
  const child = spawn("/usr/sbin/slapd", ["-f", conf, "-h", `${url}/`, "-d", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await listening(port, child, () => output);

  const asManager = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ url });
    try {
      await client.bind(MANAGER_DN, MANAGER_PASSWORD);
      return await work(client);
    } finally {
      await client.unbind();
    }
  };
  return {
    url,
    asManager,
    addPerson: (person) =>
      asManager((client) =>
        client.add(
          personDn(person),
          Object.fromEntries(
            Object.entries(
              personAttributes(person).reduce<Record<string, string[]>>((all, [a, v]) => {
                (all[a] ??= []).push(v);
                return all;
              }, {}),
            ),
          ),
        ),
      ),
    removePerson: (person) => asManager((client) => client.del(personDn(person))),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
