import { linkPagePath } from "../../domain/milestone-link.js";
import { publicUrlFromEnv } from "../../server/server-settings.js";
import { issueLink } from "../../services/links/issue-link.js";
import { viewLink } from "../../services/links/manage-links.js";
import { findUnit } from "../../services/plan-status.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface LinkOptions extends DatabaseOptions {
  /** Milestone ids; the option may be given several times. */
  readonly milestone: readonly number[];
  readonly unit: string;
  readonly days?: number;
  readonly json?: boolean;
}

/**
 * `duban link --milestone ID [--milestone ID]… --unit NAME [--days N]`: a
 * milestone link (填报链接) for a unit without an account, issued by the
 * shell user as the office would. Prints the address to send: the server's
 * public address (DUBAN_PUBLIC_URL) and the link's page; without that
 * setting, the page's path and a note to put the address before it.
 */
export const linkCommand = (options: LinkOptions, io: CliIo, language: Language): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const unit = await findUnit(db, options.unit);
    const now = (await cliOfficeClock(db, io.env)).now();
    const { token, row } = await issueLink(
      db,
      cliActor(io.env),
      {
        milestoneIds: options.milestone,
        unitId: unit.id,
        contact: null,
        days: options.days ?? null,
      },
      now,
    );
    const base = publicUrlFromEnv(io.env);
    const url = `${base ?? ""}${linkPagePath(token)}`;
    if (base === undefined) {
      io.stderr.write(
        language === "zh"
          ? "注意：未设置 DUBAN_PUBLIC_URL，以下只是链接的路径，请在前面加上 Duban 的网址\n"
          : "note: DUBAN_PUBLIC_URL is not set; this is the link's path, put Duban's address before it\n",
      );
    }
    if (options.json === true) {
      writeJson(io, { ...(await viewLink(db, row, now)), token, url });
    } else {
      io.stdout.write(`${url}\n`);
      io.stderr.write(
        language === "zh"
          ? `填报链接 #${String(row.id)}：${row.unitName}，${String(row.milestones.length)} 个节点计划，有效期至 ${row.expiresAt}\n`
          : `link #${String(row.id)}: ${row.unitName}, ${String(row.milestones.length)} milestones, expires ${row.expiresAt}\n`,
      );
    }
    return EXIT.ok;
  });
