import { writeFile } from "node:fs/promises";
import { chineseDate } from "../../domain/iso-date.js";
import { milestoneIdByRef } from "../../services/milestone-ref.js";
import { issueNotice } from "../../services/notices/issue-notice.js";
import { noticeFile, noticeRecord } from "../../services/notices/notices.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import type { MilestoneArgument } from "../command-options.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface NoticeOptions extends DatabaseOptions {
  /** Where to write the .docx; "-" for standard output; default its own name here. */
  readonly output?: string;
  /** The plan a reference such as "204（1）" is looked up in. */
  readonly plan?: number;
  readonly json?: boolean;
}

/**
 * `duban notice MILESTONE [-o FILE]`: the office issues a supervision notice
 * (督办通知单) for an overdue milestone and writes it as .docx. The notice
 * is recorded as any other: numbered, in the milestone's history and the
 * audit log, under the shell user's name.
 */
export const noticeCommand = (
  milestone: MilestoneArgument,
  options: NoticeOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const milestoneId =
      "id" in milestone ? milestone.id : await milestoneIdByRef(db, milestone.ref, options.plan);
    const actor = cliActor(io.env);
    const step = (await cliOfficeClock(db, io.env)).stepTime();
    const notice = await issueNotice(db, actor, { milestoneId }, step);
    const file = await noticeFile(db, actor, notice.id);
    const body = file.body as Uint8Array;
    const target = options.output ?? file.fileName;
    if (target === "-") io.stdout.write(body);
    else await writeFile(target, body);
    // Standard output carries the document itself with -o -: the account goes to standard error.
    const say = target === "-" ? io.stderr : io.stdout;
    if (options.json === true && target !== "-") {
      writeJson(io, { ...noticeRecord(notice), file: target });
    } else {
      say.write(
        language === "zh"
          ? `已向${notice.recipientUnit}发出督办通知单${notice.numberText}（逾期${String(notice.daysOverdue)}天，${chineseDate(notice.replyDue)}前反馈）${target === "-" ? "" : `，已写入 ${target}`}\n`
          : `Issued supervision notice ${notice.numberText} to ${notice.recipientUnit} (${String(notice.daysOverdue)} days overdue, reply by ${notice.replyDue})${target === "-" ? "" : `; written to ${target}`}\n`,
      );
    }
    return EXIT.ok;
  });
