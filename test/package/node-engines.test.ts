import { existsSync, readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

/**
 * Every Node.js line that package.json's engines names must be one that every
 * installed dependency admits too: a bump to a release that drops a supported
 * line (as cookie 2, content-disposition 3 and nanoid 6 dropped Node 20) fails
 * here rather than as an EBADENGINE warning nobody reads.
 */

const ROOT = new URL("../../", import.meta.url);

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly engines?: { readonly node?: string };
}

interface Lockfile {
  readonly packages: Readonly<Record<string, Manifest>>;
}

const text = (path: string): string => readFileSync(new URL(path, ROOT), "utf8");
const readManifest = (path: string): Manifest => JSON.parse(text(path)) as Manifest;

const supported = readManifest("package.json").engines?.node ?? "";

/** The installed packages, as the lockfile places them; optional ones for other platforms are absent. */
const installed = (): { path: string; manifest: Manifest }[] =>
  Object.keys((JSON.parse(text("package-lock.json")) as Lockfile).packages)
    .filter((path) => path.startsWith("node_modules/"))
    .filter((path) => existsSync(new URL(`${path}/package.json`, ROOT)))
    .map((path) => ({ path, manifest: readManifest(`${path}/package.json`) }));

describe("the supported Node.js lines", () => {
  it("are the LTS lines 20.19+, 22.13+ and 24", () => {
    expect(supported).toBe("^20.19.0 || ^22.13.0 || ^24.0.0");
    for (const version of ["20.19.0", "22.13.0", "24.0.0"]) {
      expect(semver.satisfies(version, supported), version).toBe(true);
    }
  });

  it("are what the README says", () => {
    const readme = text("README.md");
    expect(readme.includes(`\`${supported}\``), "README.md names the range in backquotes").toBe(
      true,
    );
  });

  it("are admitted by every installed package's engines", () => {
    const packages = installed();
    expect(packages.length).toBeGreaterThan(100);
    const refusing = packages
      .filter(({ manifest }) => manifest.engines?.node !== undefined)
      .filter(({ manifest }) => !semver.subset(supported, manifest.engines?.node ?? "*"))
      .map(
        ({ path, manifest }) => `${path}@${manifest.version} wants node ${manifest.engines?.node}`,
      );
    expect(refusing).toEqual([]);
  });
});
