import type { Setting } from "../../config/setting.js";
import { SETTINGS } from "../../config/settings.js";
import type { Database } from "../../db/database.js";
import { appendAudit } from "../../db/queries/audit.js";
import {
  deleteDirectorySettings,
  readDirectorySettings,
  saveDirectorySettings as saveRow,
} from "../../db/queries/directory-settings.js";
import { writeTransaction } from "../../db/write-transaction.js";
import { message } from "../../domain/message.js";
import type { Actor } from "../../policies/actor.js";
import { auditActor, authorize } from "../authorize.js";
import { DubanError } from "../duban-error.js";
import { currentDirectory, type DirectoryConfig } from "./directory-config.js";
import { directoryNotConfigured } from "./directory-errors.js";
import { directoryProblem } from "./ldap-directory.js";

/** The directory settings as the admin screen shows them: never the password, only whether it is set. */
export interface DirectorySettingsView {
  readonly source: "environment" | "database" | "none";
  readonly url: string | null;
  readonly bindDn: string;
  readonly bindPasswordSet: boolean;
  readonly baseDn: string;
  readonly userFilter: string;
  readonly usernameAttribute: string;
  readonly nameAttribute: string;
}

const DEFAULTS = {
  userFilter: SETTINGS.DUBAN_LDAP_USER_FILTER.read(undefined, "").value,
  usernameAttribute: SETTINGS.DUBAN_LDAP_USERNAME_ATTRIBUTE.read(undefined, "").value,
  nameAttribute: SETTINGS.DUBAN_LDAP_NAME_ATTRIBUTE.read(undefined, "").value,
};

export const directorySettingsView = async (
  db: Database,
  actor: Actor,
  fromEnv: DirectoryConfig | undefined,
): Promise<DirectorySettingsView> => {
  authorize(actor, { action: "user.manage" });
  const directory = await currentDirectory(db, fromEnv);
  if (directory === undefined) {
    return {
      source: "none",
      url: null,
      bindDn: "",
      bindPasswordSet: false,
      baseDn: "",
      ...DEFAULTS,
    };
  }
  const { bindPassword, ...shown } = directory;
  return { ...shown, bindPasswordSet: bindPassword !== "" };
};

export interface DirectorySettingsInput {
  readonly url: string;
  readonly bindDn: string;
  /** Omitted: the stored one is kept (the screen never has it). */
  readonly bindPassword?: string;
  readonly baseDn: string;
  readonly userFilter: string;
  readonly usernameAttribute: string;
  readonly nameAttribute: string;
}

/** A field read as its environment variable would be: the same rules, named by the field. */
const checked = <T>(setting: Setting<T>, raw: string, field: string): T => {
  const { value, problems } = setting.read(raw, field);
  const first = problems[0];
  if (first !== undefined) {
    throw new DubanError("directory.invalid_input", first.text, { field: `body.${field}` });
  }
  return value;
};

const required = (
  value: string | undefined,
  field: string,
  name: ReturnType<typeof message>,
): string => {
  if (value !== undefined && value.trim() !== "") return value.trim();
  throw new DubanError(
    "directory.invalid_input",
    message(`请填写${name.zh}`, `Enter the ${name.en}`),
    { field: `body.${field}` },
  );
};

const configuredByEnvironment = (): DubanError =>
  new DubanError(
    "directory.invalid_input",
    message(
      "LDAP 目录由环境变量 DUBAN_LDAP_* 配置，环境变量优先：请在服务器上修改",
      "The LDAP directory is configured by the DUBAN_LDAP_* environment variables, which win: change them on the server",
    ),
  );

/**
 * An administrator saves the directory settings, each checked by the rule
 * of its environment variable. The environment wins: while DUBAN_LDAP_URL
 * names a directory, the screen's settings are refused rather than kept unused.
 */
export const saveDirectorySettings = async (
  db: Database,
  actor: Actor,
  fromEnv: DirectoryConfig | undefined,
  input: DirectorySettingsInput,
  now: Date,
): Promise<DirectorySettingsView> => {
  authorize(actor, { action: "user.manage" });
  if (fromEnv !== undefined) throw configuredByEnvironment();
  const url = required(
    checked(SETTINGS.DUBAN_LDAP_URL, input.url, "url"),
    "url",
    message("目录地址", "directory URL"),
  );
  const baseDn = required(input.baseDn, "baseDn", message("搜索起点（Base DN）", "base DN"));
  const settings = {
    url,
    bindDn: input.bindDn.trim(),
    bindPassword:
      input.bindPassword ?? (await readDirectorySettings(db.kysely))?.bindPassword ?? "",
    baseDn,
    userFilter: checked(SETTINGS.DUBAN_LDAP_USER_FILTER, input.userFilter, "userFilter"),
    usernameAttribute: checked(
      SETTINGS.DUBAN_LDAP_USERNAME_ATTRIBUTE,
      input.usernameAttribute,
      "usernameAttribute",
    ),
    nameAttribute: checked(
      SETTINGS.DUBAN_LDAP_NAME_ATTRIBUTE,
      input.nameAttribute,
      "nameAttribute",
    ),
  };
  await writeTransaction(db, async (trx) => {
    const stamp = now.toISOString();
    await saveRow(trx, settings, stamp);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "directory.settings_saved",
        objectType: "directory",
        objectId: 1,
        after: { url, bindDn: settings.bindDn, baseDn, userFilter: settings.userFilter },
      },
      stamp,
    );
  });
  return directorySettingsView(db, actor, fromEnv);
};

export const removeDirectorySettings = async (
  db: Database,
  actor: Actor,
  fromEnv: DirectoryConfig | undefined,
  now: Date,
): Promise<void> => {
  authorize(actor, { action: "user.manage" });
  if (fromEnv !== undefined) throw configuredByEnvironment();
  await writeTransaction(db, async (trx) => {
    const stamp = now.toISOString();
    await deleteDirectorySettings(trx);
    await appendAudit(
      trx,
      auditActor(actor),
      {
        action: "directory.settings_removed",
        objectType: "directory",
        objectId: 1,
        after: { url: null },
      },
      stamp,
    );
  });
};

/** Whether the directory in force answers and takes the service account: null when it does. */
export const testDirectory = async (
  db: Database,
  actor: Actor,
  fromEnv: DirectoryConfig | undefined,
): Promise<string | null> => {
  authorize(actor, { action: "user.manage" });
  const directory = await currentDirectory(db, fromEnv);
  if (directory === undefined) throw directoryNotConfigured();
  return (await directoryProblem(directory)) ?? null;
};
