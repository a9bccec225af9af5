import { TERMS } from "../../domain/glossary.js";
import type { Message } from "../../domain/message.js";
import { createNextYearPlan } from "../../services/next-year/create-next-year-plan.js";
import {
  proposeNextYear,
  type CarryOverCandidate,
  type DeadlineShown,
  type NextYearProposal,
} from "../../services/next-year/next-year-proposal.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import { say, type Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";

export type CarryChoice = "open" | "none";

export interface NextYearOptions extends DatabaseOptions {
  readonly plan: number;
  readonly year: number;
  readonly carry: CarryChoice;
  readonly apply?: boolean;
}

const STATUS = {
  done: TERMS.done,
  overdue: TERMS.overdue,
  due_soon: TERMS.dueSoon,
  in_progress: TERMS.inProgress,
  not_started: TERMS.notStarted,
} as const;

const HEAD = {
  zh: ["序号", "节点计划", "责任单位", "状态", "原完成时限 → 新完成时限"],
  en: ["no.", "milestone", "units", "status", "old deadline → new deadline"],
};

const deadlineCell = (deadline: DeadlineShown, language: Language): string =>
  deadline.text === ""
    ? language === "zh"
      ? "（无）"
      : "(none)"
    : deadline.due === null || deadline.text.includes(deadline.due)
      ? deadline.text
      : `${deadline.text}（${deadline.due}）`;

const row = (c: CarryOverCandidate, language: Language): string[] => [
  c.ref,
  c.text,
  c.units.join("、"),
  c.carriedTo === null
    ? say(STATUS[c.status], language)
    : say(
        {
          zh: `已结转至计划 #${String(c.carriedTo.planId)}`,
          en: `carried into plan #${String(c.carriedTo.planId)}`,
        },
        language,
      ),
  `${deadlineCell(c.oldDeadline, language)} → ${deadlineCell(c.newDeadline, language)}`,
];

/** The milestones `--carry` picks: every unfinished one not carried already, or none. */
const pickedBy = (proposal: NextYearProposal, carry: CarryChoice): CarryOverCandidate[] =>
  carry === "none" ? [] : proposal.candidates.filter((c) => c.carriedTo === null);

/** The warning a year without its holidays deserves, wherever the plan is started from. */
export const missingHolidays = (year: number): Message => ({
  zh: `警告：工作日历中没有${String(year)}年的节假日安排（国务院办公厅通知尚未载入），按工作日计算的提醒和临期只按周末计算；通知发布后请管理员在“工作日历”中录入`,
  en: `warning: the working-day calendar holds no holidays for ${String(year)} (the State Council notice is not loaded); working-day reminders and due-soon windows count weekends only until an administrator enters them under Working days`,
});

const summary = (proposal: NextYearProposal, picked: number, language: Language): string =>
  say(
    {
      zh: `从「${proposal.from.title}」结转到「${proposal.title}」：未完成节点 ${String(proposal.candidates.length)} 个，结转 ${String(picked)} 个（状态截至 ${proposal.asOf}）\n`,
      en: `From "${proposal.from.title}" into "${proposal.title}": ${String(proposal.candidates.length)} unfinished milestone(s), ${String(picked)} to carry (status as of ${proposal.asOf})\n`,
    },
    language,
  );

/**
 * `duban next-year --plan ID --year YYYY [--carry open|none] [--apply]`:
 * without --apply, what next year's plan would carry (nothing changes); with
 * it, the plan created, its id alone on stdout for scripts, the rest on stderr.
 */
export const nextYearCommand = (
  options: NextYearOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const actor = cliActor(io.env);
    const office = await cliOfficeClock(db, io.env);
    const input = { planId: options.plan, year: options.year, asOf: office.today() };
    const proposal = await proposeNextYear(db, actor, input);
    const picked = pickedBy(proposal, options.carry);
    const warning = proposal.holidaysLoaded
      ? ""
      : `${say(missingHolidays(options.year), language)}\n`;
    if (options.apply !== true) {
      io.stdout.write(summary(proposal, picked.length, language));
      if (proposal.candidates.length > 0) {
        io.stdout.write(
          renderListTable(
            HEAD[language],
            proposal.candidates.map((c) => row(c, language)),
          ),
        );
      }
      io.stdout.write(
        say(
          {
            zh: "未作任何改动；加 --apply 新建计划。\n",
            en: "Nothing changed; add --apply to create the plan.\n",
          },
          language,
        ),
      );
      io.stderr.write(warning);
      return EXIT.ok;
    }
    const created = await createNextYearPlan(
      db,
      actor,
      { ...input, milestoneIds: picked.map((c) => c.milestoneId) },
      office.now(),
    );
    io.stdout.write(`${String(created.planId)}\n`);
    io.stderr.write(summary(proposal, created.carried.length, language));
    io.stderr.write(
      say(
        {
          zh: `已新建计划 #${String(created.planId)}「${created.title}」，结转节点 ${String(created.carried.length)} 个\n`,
          en: `Created plan #${String(created.planId)} "${created.title}" carrying ${String(created.carried.length)} milestone(s)\n`,
        },
        language,
      ),
    );
    io.stderr.write(warning);
    return EXIT.ok;
  });
