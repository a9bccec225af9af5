import { Client, InvalidCredentialsError, NoSuchObjectError, type Entry } from "ldapts";
import type {
  DirectoryPerson,
  DirectoryReading,
  DirectoryUnit,
} from "../../domain/directory-sync.js";
import { personFilter } from "../../domain/ldap-filter.js";
import type { DirectoryConfig } from "./directory-config.js";

/** How long the directory has to answer one request. */
const TIMEOUT_MS = 10_000;

/** The directory did not answer, or refused the service account: no verdict on a person. */
export class DirectoryUnreachable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DirectoryUnreachable";
  }
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A client for one piece of work, unbound after it whatever happens. */
const withClient = async <T>(
  config: DirectoryConfig,
  work: (client: Client) => Promise<T>,
): Promise<T> => {
  const client = new Client({ url: config.url, timeout: TIMEOUT_MS, connectTimeout: TIMEOUT_MS });
  try {
    return await work(client);
  } finally {
    await client.unbind().catch(() => undefined);
  }
};

/** Binds as the service account (none configured: the search is anonymous). */
const serviceBind = async (client: Client, config: DirectoryConfig): Promise<void> => {
  if (config.bindDn === "") return;
  try {
    await client.bind(config.bindDn, config.bindPassword);
  } catch (error) {
    throw new DirectoryUnreachable(`service bind as ${config.bindDn}: ${reasonOf(error)}`);
  }
};

/** Runs `work` bound as the service account; any failure is the directory's. */
const asService = <T>(config: DirectoryConfig, work: (client: Client) => Promise<T>): Promise<T> =>
  withClient(config, async (client) => {
    await serviceBind(client, config);
    try {
      return await work(client);
    } catch (error) {
      if (error instanceof DirectoryUnreachable) throw error;
      throw new DirectoryUnreachable(reasonOf(error));
    }
  }).catch((error: unknown) => {
    throw error instanceof DirectoryUnreachable ? error : new DirectoryUnreachable(reasonOf(error));
  });

const firstValue = (entry: Entry, attribute: string): string | undefined => {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attribute.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};

/** Disabled in Active Directory (userAccountControl bit 2) or locked by OpenLDAP's ppolicy. */
const DISABLED_ATTRIBUTES = ["userAccountControl", "pwdAccountLockedTime"];
const isDisabled = (entry: Entry): boolean => {
  const control = Number(firstValue(entry, "userAccountControl") ?? "0");
  return (control & 2) !== 0 || firstValue(entry, "pwdAccountLockedTime") !== undefined;
};

/** The one entry the username finds, or undefined: none, or several (an ambiguous filter). */
const findPersonDn = async (
  client: Client,
  config: DirectoryConfig,
  username: string,
): Promise<string | undefined> => {
  const { searchEntries } = await client.search(config.baseDn, {
    scope: "sub",
    filter: personFilter(config.userFilter, username),
    attributes: ["dn"],
    sizeLimit: 2,
  });
  return searchEntries.length === 1 ? searchEntries[0]?.dn : undefined;
};

/**
 * The DN of the person the username and password prove, or undefined. The
 * entry is searched with the service account, then bound as with the typed
 * password. An empty password is refused here, never sent: many directories
 * take a DN with no password as an anonymous bind, and say yes.
 */
export const authenticateAgainstDirectory = async (
  config: DirectoryConfig,
  username: string,
  password: string,
): Promise<string | undefined> => {
  if (password === "" || username === "") return undefined;
  const dn = await asService(config, (client) => findPersonDn(client, config, username));
  if (dn === undefined) return undefined;
  return withClient(config, async (client) => {
    try {
      await client.bind(dn, password);
      return dn;
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return undefined;
      throw new DirectoryUnreachable(reasonOf(error));
    }
  });
};

/** Whether the entry still exists and is not disabled; throws DirectoryUnreachable. */
export const entryStands = (config: DirectoryConfig, dn: string): Promise<boolean> =>
  asService(config, async (client) => {
    try {
      const { searchEntries } = await client.search(dn, {
        scope: "base",
        filter: "(objectClass=*)",
        attributes: DISABLED_ATTRIBUTES,
      });
      const entry = searchEntries[0];
      return entry !== undefined && !isDisabled(entry);
    } catch (error) {
      if (error instanceof NoSuchObjectError) return false;
      throw error;
    }
  });

/** Whether the service account can bind: the configuration check and the admin screen's test. */
export const directoryProblem = async (config: DirectoryConfig): Promise<string | undefined> => {
  try {
    await asService(config, async (client) => {
      await client.search(config.baseDn, { scope: "base", filter: "(objectClass=*)" });
    });
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
};

/** A DN's RDNs, split at the commas that are not escaped. */
const rdnsOf = (dn: string): string[] => dn.split(/(?<!\\),/).map((rdn) => rdn.trim());
const normalDn = (dn: string): string => rdnsOf(dn).join(",").toLowerCase();

/** The nearest OU above an entry, among the directory's OUs. */
const unitAbove = (dn: string, units: ReadonlyMap<string, DirectoryUnit>): string | null => {
  const rdns = rdnsOf(dn);
  for (let i = 1; i < rdns.length; i += 1) {
    const unit = units.get(rdns.slice(i).join(",").toLowerCase());
    if (unit !== undefined) return unit.name;
  }
  return null;
};

/**
 * The directory's bureaus (organisational units) and people (whoever the user
 * filter finds with any username), for the sync to compare with Duban.
 */
export const readDirectory = (config: DirectoryConfig): Promise<DirectoryReading> =>
  asService(config, async (client) => {
    const ous = await client.search(config.baseDn, {
      scope: "sub",
      filter: "(objectClass=organizationalUnit)",
      attributes: ["ou"],
      paged: true,
    });
    const units: DirectoryUnit[] = ous.searchEntries.flatMap((entry) => {
      const name = firstValue(entry, "ou");
      return name === undefined ? [] : [{ dn: entry.dn, name }];
    });
    const unitByDn = new Map(units.map((unit) => [normalDn(unit.dn), unit]));
    const people = await client.search(config.baseDn, {
      scope: "sub",
      // Every person the login filter could find: its username left open.
      filter: config.userFilter.split("{username}").join("*"),
      attributes: [config.usernameAttribute, config.nameAttribute, ...DISABLED_ATTRIBUTES],
      paged: true,
    });
    const found: DirectoryPerson[] = people.searchEntries.flatMap((entry) => {
      const username = firstValue(entry, config.usernameAttribute);
      if (username === undefined) return [];
      return [
        {
          dn: entry.dn,
          username,
          displayName: firstValue(entry, config.nameAttribute) ?? username,
          unitName: unitAbove(entry.dn, unitByDn),
          disabled: isDisabled(entry),
        },
      ];
    });
    return { units, people: found };
  });
