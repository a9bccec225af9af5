import type { LookupAddress, LookupOptions } from "node:dns";
import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { normalHost, type HostAllowance, type Network } from "../config/host-allowance.js";
import { readSetting, type Environment } from "../config/read-settings.js";
import type { SettingName } from "../config/settings.js";

/*
 * Where a webhook or robot may be sent: a contact's URL is typed by a person, so without a
 * guard Duban would POST (and report back) to anything its server can reach — its own
 * loopback, the cloud's metadata service at 169.254.169.254, the office network. Only
 * public unicast addresses pass, unless an administrator allows a host or network by
 * name (DUBAN_WEBHOOK_ALLOW_HOSTS), as an on-premise robot needs.
 */

export const ALLOW_HOSTS_VARIABLE = "DUBAN_WEBHOOK_ALLOW_HOSTS" satisfies SettingName;

/** Every address a host name resolves to, as dns.lookup({all: true}) answers. */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface DestinationPolicy {
  /** Host names an administrator allows, whatever they resolve to: lower case, no final dot. */
  readonly hosts: ReadonlySet<string>;
  /** Addresses and networks an administrator allows. */
  readonly networks: readonly Network[];
  readonly resolve: Resolver;
}

/** Why a URL may not be sent to; `describeRefusal` words it. */
export type Refusal =
  | { readonly kind: "invalid_url" }
  | { readonly kind: "scheme"; readonly scheme: string }
  | { readonly kind: "credentials" }
  | { readonly kind: "unresolvable"; readonly host: string }
  | {
      readonly kind: "internal";
      readonly host: string;
      readonly address: string;
      /** ipaddr.js's name of the range: "loopback", "private", "linkLocal", … */
      readonly range: string;
    };

/** Thrown by the guarded lookup, so a delivery can tell a refusal from a network failure. */
export class RefusedDestination extends Error {
  constructor(readonly refusal: Refusal) {
    super(describeRefusal(refusal));
    this.name = "RefusedDestination";
  }
}

const systemResolve: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

const policyOf = (allowance: HostAllowance, resolve: Resolver): DestinationPolicy => ({
  hosts: allowance.hosts,
  networks: allowance.networks,
  resolve,
});

/**
 * The policy allowing `allowHosts` (comma-separated host names, IP addresses and CIDR
 * networks) besides the public internet. An entry that is none of these throws: a typo
 * must not silently leave a robot unreachable or, worse, read as a wider allowance.
 */
export const destinationPolicy = (
  allowHosts = "",
  resolve: Resolver = systemResolve,
): DestinationPolicy =>
  policyOf(readSetting({ [ALLOW_HOSTS_VARIABLE]: allowHosts }, ALLOW_HOSTS_VARIABLE), resolve);

/**
 * The allowance as `destinationPolicy` reads it, for a thread that builds the
 * policy again (a policy holds functions and cannot be posted to it); that
 * policy resolves names with the system's resolver.
 */
export const allowanceOf = (policy: DestinationPolicy): string =>
  [
    ...policy.hosts,
    ...policy.networks.map(([address, bits]) => `${address.toString()}/${String(bits)}`),
  ].join(",");

/** Public destinations only: what a server without the setting allows. */
export const DEFAULT_DESTINATIONS = destinationPolicy();

export const destinationsFromEnv = (env: Environment): DestinationPolicy =>
  policyOf(readSetting(env, ALLOW_HOSTS_VARIABLE), systemResolve);

/** The range an address is refused for, or undefined when it may be connected to. */
const refusedRange = (address: string, policy: DestinationPolicy): string | undefined => {
  // process() reads an IPv4-mapped IPv6 address (::ffff:127.0.0.1) as the IPv4 one it is.
  const parsed = ipaddr.process(address);
  const allowed = policy.networks.some(
    ([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits),
  );
  if (allowed) return undefined;
  const range = parsed.range();
  return range === "unicast" ? undefined : range;
};

/**
 * The checks that need no DNS: the URL as fetch and browsers parse it (WHATWG: so
 * 0x7f000001, 2130706433 and 0177.0.0.1 all read as 127.0.0.1), its scheme, no user name or
 * password, and an address written as the host. A host name is left to `checkHost`.
 */
export const inspectDestination = (
  raw: string,
  policy: DestinationPolicy,
): { readonly url: URL; readonly host: string } | Refusal => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: "invalid_url" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { kind: "scheme", scheme: url.protocol };
  }
  if (url.username !== "" || url.password !== "") return { kind: "credentials" };
  const host = normalHost(url.hostname);
  if (ipaddr.isValid(host) && !policy.hosts.has(host)) {
    const range = refusedRange(host, policy);
    if (range !== undefined) return { kind: "internal", host, address: host, range };
  }
  return { url, host };
};

/**
 * The addresses a host name resolves to, each of them checked; throws a RefusedDestination
 * when any is refused (one public address among private ones is no reason to connect).
 */
export const checkHost = async (
  host: string,
  policy: DestinationPolicy,
): Promise<readonly LookupAddress[]> => {
  const name = normalHost(host);
  const addresses = await policy.resolve(name);
  if (addresses.length === 0) throw new RefusedDestination({ kind: "unresolvable", host: name });
  if (policy.hosts.has(name)) return addresses;
  for (const { address } of addresses) {
    const range = refusedRange(address, policy);
    if (range !== undefined)
      throw new RefusedDestination({ kind: "internal", host, address, range });
  }
  return addresses;
};

/**
 * For a contact being saved: undefined when its URL may be sent to now, else why not. The
 * same checks run again at each delivery, since what a name resolves to can change.
 */
export const checkDestination = async (
  raw: string,
  policy: DestinationPolicy,
): Promise<Refusal | undefined> => {
  const inspected = inspectDestination(raw, policy);
  if ("kind" in inspected) return inspected;
  if (ipaddr.isValid(inspected.host)) return undefined;
  try {
    await checkHost(inspected.host, policy);
    return undefined;
  } catch (error) {
    if (error instanceof RefusedDestination) return error.refusal;
    return { kind: "unresolvable", host: inspected.host };
  }
};

/**
 * A `lookup` for node:http that resolves, checks and hands over only checked addresses:
 * the connection goes to the address that passed, so a name that resolves to a public
 * address for the check and to an internal one a moment later (DNS rebinding) gets nowhere.
 */
export const guardedLookup =
  (policy: DestinationPolicy): LookupFunction =>
  (hostname: string, options: LookupOptions, callback) => {
    checkHost(hostname, policy).then(
      (addresses) => {
        const family = options.family === 4 || options.family === 6 ? options.family : undefined;
        const usable = addresses.filter((a) => family === undefined || a.family === family);
        const first = usable[0];
        if (options.all === true) callback(null, [...usable]);
        else if (first === undefined)
          callback(new RefusedDestination({ kind: "unresolvable", host: hostname }), "", 0);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => {
        // The resolver's own error (ENOTFOUND, EAI_AGAIN) or a RefusedDestination.
        callback(error as NodeJS.ErrnoException, "", 0);
      },
    );
  };

const RANGE_WORDS: Readonly<Record<string, string>> = {
  loopback: "a loopback address",
  private: "a private (RFC 1918) address",
  linkLocal: "a link-local address",
  uniqueLocal: "a unique local (fc00::/7) address",
  carrierGradeNat: "a shared (100.64.0.0/10) address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
};

/** The range in words, for people: "a loopback address". */
export const rangeInWords = (range: string): string =>
  RANGE_WORDS[range] ?? `a special-purpose (${range}) address`;

/** For the delivery log and operators: never the URL's path or query, which hold keys. */
export const describeRefusal = (refusal: Refusal): string => {
  switch (refusal.kind) {
    case "invalid_url":
      return "the URL is not a valid URL";
    case "scheme":
      return `the URL must be http(s), not ${refusal.scheme}`;
    case "credentials":
      return "the URL must not carry a user name or password";
    case "unresolvable":
      return `the host ${refusal.host} does not resolve`;
    case "internal":
      return refusal.host === refusal.address
        ? `${refusal.address} is ${rangeInWords(refusal.range)}, not allowed (${ALLOW_HOSTS_VARIABLE})`
        : `${refusal.host} resolves to ${refusal.address}, ${rangeInWords(refusal.range)}, not allowed (${ALLOW_HOSTS_VARIABLE})`;
  }
};
