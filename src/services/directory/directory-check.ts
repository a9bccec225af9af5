import type { Database } from "../../db/database.js";
import type { AuthSettings } from "../auth/auth-settings.js";
import type { ProviderCheck } from "../auth/provider-check.js";
import { currentDirectory } from "./directory-config.js";
import { DirectoryUnreachable, entryStands } from "./ldap-directory.js";

/**
 * The recheck of a session a directory opened: its entry still there and
 * not disabled stands; removed, disabled, or a directory no longer
 * configured at that address (the administrator stopped trusting it) is
 * gone; no answer keeps the session.
 */
export const directoryCheck =
  (db: Database, settings: AuthSettings): ProviderCheck =>
  async (signIn) => {
    const directory = await currentDirectory(db, settings.directory);
    if (directory?.url !== signIn.provider) return "gone";
    try {
      return (await entryStands(directory, signIn.subject)) ? "stands" : "gone";
    } catch (error) {
      if (error instanceof DirectoryUnreachable) return "unreachable";
      throw error;
    }
  };
