import { syncDirectory } from "../../services/directory/directory-proposals.js";
import { directoryConfigFromEnv } from "../../services/directory/directory-config.js";
import type { StoredProposal } from "../../services/directory/directory-proposals.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

const KIND_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  unit: ["新建单位", "new unit"],
  user: ["新建用户", "new user"],
  link: ["关联用户", "link user"],
  move: ["调整单位", "move user"],
  disable: ["停用用户", "disable user"],
};

/** One proposal on one line: what it would do, and the entry it comes from. */
const describe = (proposal: StoredProposal, language: Language): string => {
  const d = proposal.details as Record<string, unknown>;
  const [zh, en] = KIND_NAMES[proposal.kind] ?? [proposal.kind, proposal.kind];
  const what = [d.name, d.username, d.displayName, d.fromUnitName, d.unitName]
    .filter((v): v is string => typeof v === "string")
    .join(" → ");
  return `#${proposal.id}\t${language === "zh" ? zh : en}\t${what}\t${proposal.subject}`;
};

/**
 * `duban ldap-sync`: reads the directory and stores what it proposes (units,
 * users, links, moves, disables) for an administrator to accept in the web
 * app; changes nothing itself.
 */
export const ldapSyncCommand = (
  options: DatabaseOptions & { readonly json?: boolean },
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const proposals = await syncDirectory(
      db,
      cliActor(io.env),
      directoryConfigFromEnv(io.env),
      (await cliOfficeClock(db, io.env)).now(),
    );
    if (options.json === true) {
      writeJson(io, { proposals });
      return EXIT.ok;
    }
    for (const proposal of proposals) io.stdout.write(`${describe(proposal, language)}\n`);
    io.stdout.write(
      language === "zh"
        ? `共 ${proposals.length} 条建议，未做任何修改：请在“管理 › LDAP 目录”中接受或拒绝。\n`
        : `${proposals.length} proposals; nothing was changed: accept or reject them under Admin › LDAP directory.\n`,
    );
    return EXIT.ok;
  });
