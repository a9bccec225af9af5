import { readSetting, type Environment } from "../../config/read-settings.js";
import type { Database } from "../../db/database.js";
import {
  readDirectorySettings,
  type StoredDirectorySettings,
} from "../../db/queries/directory-settings.js";

/**
 * Where the directory is and how Duban reads it: `url` is also the provider
 * sessions and links name; an empty bind DN searches anonymously; `{username}`
 * in the user filter is escaped (RFC 4515) before it is put in.
 */
export type DirectoryConfig = StoredDirectorySettings & {
  /** The environment (DUBAN_LDAP_*) wins over the admin screen's settings. */
  readonly source: "environment" | "database";
};

/** The directory the environment configures: DUBAN_LDAP_URL and DUBAN_LDAP_BASE_DN are both needed. */
export const directoryConfigFromEnv = (env: Environment): DirectoryConfig | undefined => {
  const url = readSetting(env, "DUBAN_LDAP_URL");
  const baseDn = readSetting(env, "DUBAN_LDAP_BASE_DN");
  if (url === undefined || baseDn === undefined) return undefined;
  return {
    url,
    bindDn: readSetting(env, "DUBAN_LDAP_BIND_DN") ?? "",
    bindPassword: readSetting(env, "DUBAN_LDAP_BIND_PASSWORD") ?? "",
    baseDn,
    userFilter: readSetting(env, "DUBAN_LDAP_USER_FILTER"),
    usernameAttribute: readSetting(env, "DUBAN_LDAP_USERNAME_ATTRIBUTE"),
    nameAttribute: readSetting(env, "DUBAN_LDAP_NAME_ATTRIBUTE"),
    source: "environment",
  };
};

/**
 * The directory in force: the environment's when it names one, else the one
 * an administrator saved in the admin screen, else none. Read at each use, so
 * a change in the admin screen takes effect on every instance at once.
 */
export const currentDirectory = async (
  db: Database,
  fromEnv: DirectoryConfig | undefined,
): Promise<DirectoryConfig | undefined> => {
  if (fromEnv !== undefined) return fromEnv;
  const stored = await readDirectorySettings(db.kysely);
  return stored && { ...stored, source: "database" };
};
