import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectoryConfig } from "../../src/services/directory/directory-config.js";
import {
  authenticateAgainstDirectory,
  directoryProblem,
  DirectoryUnreachable,
  entryStands,
  readDirectory,
} from "../../src/services/directory/ldap-directory.js";
import {
  BASE_DN,
  FIXTURE_BUREAUS,
  FIXTURE_PEOPLE,
  personDn,
  fixtureDirectory,
  startSlapd,
  type Slapd,
} from "../support/slapd.js";

const [zhang, li] = FIXTURE_PEOPLE as [(typeof FIXTURE_PEOPLE)[0], (typeof FIXTURE_PEOPLE)[0]];

let slapd: Slapd;
let config: DirectoryConfig;

beforeAll(async () => {
  slapd = await startSlapd();
  config = fixtureDirectory(slapd.url);
});
afterAll(() => slapd.stop());

describe("bind authentication against slapd", () => {
  it("finds the entry with the service account and binds as it with the typed password", async () => {
    expect(await authenticateAgainstDirectory(config, zhang.uid, zhang.password)).toBe(
      personDn(zhang),
    );
  });

  it("refuses a wrong password, an unknown user and another person's password alike", async () => {
    expect(await authenticateAgainstDirectory(config, zhang.uid, "wrong-password")).toBeUndefined();
    expect(await authenticateAgainstDirectory(config, "nobody", zhang.password)).toBeUndefined();
    expect(await authenticateAgainstDirectory(config, zhang.uid, li.password)).toBeUndefined();
  });

  it("refuses an empty password, which this slapd would take as an anonymous bind", async () => {
    // The directory itself says yes to the DN with no password (allow bind_anon_dn)…
    const { Client } = await import("ldapts");
    const client = new Client({ url: slapd.url });
    await expect(client.bind(personDn(zhang), "")).resolves.toBeUndefined();
    await client.unbind();
    // …Duban does not ask it.
    expect(await authenticateAgainstDirectory(config, zhang.uid, "")).toBeUndefined();
  });

  it("escapes the username: a filter injection matches nobody", async () => {
    for (const typed of ["*", "zhang*", "*)(uid=*", "zhangsan)(|(uid=*", "\\2a"]) {
      expect(await authenticateAgainstDirectory(config, typed, zhang.password)).toBeUndefined();
    }
  });

  it("reports a directory that does not answer, or a service account it refuses", async () => {
    await expect(
      authenticateAgainstDirectory({ ...config, bindPassword: "wrong" }, zhang.uid, zhang.password),
    ).rejects.toBeInstanceOf(DirectoryUnreachable);
    expect(await directoryProblem({ ...config, bindPassword: "wrong" })).toMatch(/service bind/);
    expect(await directoryProblem({ ...config, url: "ldap://127.0.0.1:1" })).toBeDefined();
    expect(await directoryProblem(config)).toBeUndefined();
  });
});

describe("reading the directory", () => {
  it("reads the bureaus and their people, each in the OU above them", async () => {
    const reading = await readDirectory(config);
    expect(reading.units.map((u) => u.name).sort()).toEqual([...FIXTURE_BUREAUS].sort());
    expect(reading.people.map((p) => [p.username, p.displayName, p.unitName]).sort()).toEqual(
      FIXTURE_PEOPLE.map((p) => [p.uid, p.cn, p.ou]).sort(),
    );
  });

  it("says whether an entry still stands", async () => {
    expect(await entryStands(config, personDn(li))).toBe(true);
    expect(await entryStands(config, `uid=ghost,${BASE_DN}`)).toBe(false);
    await expect(
      entryStands({ ...config, url: "ldap://127.0.0.1:1" }, personDn(li)),
    ).rejects.toBeInstanceOf(DirectoryUnreachable);
  });
});
