import ipaddr from "ipaddr.js";

/** An address and its prefix length: one allowed network. */
export type Network = [ipaddr.IPv4 | ipaddr.IPv6, number];

export interface HostAllowance {
  /** Host names, lower case, no final dot. */
  readonly hosts: ReadonlySet<string>;
  readonly networks: readonly Network[];
  /** Entries that are neither a host name nor an address or network, as written. */
  readonly unreadable: readonly string[];
}

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/;

/** "[::1]" → "::1", "Robot.LAN." → "robot.lan": the form hosts are compared in. */
export const normalHost = (host: string): string =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");

/**
 * DUBAN_WEBHOOK_ALLOW_HOSTS read: comma-separated host names, IP addresses and
 * CIDR networks. What cannot be read is kept apart, for the caller to refuse: a
 * typo must not silently leave a robot unreachable or read as a wider allowance.
 */
export const parseHostAllowance = (text: string): HostAllowance => {
  const hosts = new Set<string>();
  const networks: Network[] = [];
  const unreadable: string[] = [];
  for (const raw of text.split(",")) {
    const entry = normalHost(raw);
    if (entry === "") continue;
    if (ipaddr.isValidCIDR(entry)) {
      networks.push(ipaddr.parseCIDR(entry));
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      networks.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (HOST_NAME.test(entry)) {
      hosts.add(entry);
    } else {
      unreadable.push(raw.trim());
    }
  }
  return { hosts, networks, unreadable };
};
