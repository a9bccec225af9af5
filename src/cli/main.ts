import { Command, Option } from "commander";
import { CONTENT_TYPES } from "../services/exports/export-file.js";
import type { auditCommand } from "./commands/audit.js";
import type { backupCommand } from "./commands/backup.js";
import type { checkCommand } from "./commands/check.js";
import type { configCheckCommand } from "./commands/config-check.js";
import type { distributeCommand } from "./commands/distribute.js";
import type { exportCommand } from "./commands/export.js";
import type { importCommand } from "./commands/import.js";
import type { linkCommand } from "./commands/link.js";
import type { migrateCommand } from "./commands/migrate.js";
import type { nextYearCommand } from "./commands/next-year.js";
import type { noticeCommand } from "./commands/notice.js";
import type { parseCommand } from "./commands/parse.js";
import type { planLifecycleCommand } from "./commands/plan-lifecycle.js";
import type { plansCommand } from "./commands/plans.js";
import type { searchCommand } from "./commands/search.js";
import type { remindCommand } from "./commands/remind.js";
import type { reportCommand } from "./commands/report.js";
import type { resetPasswordCommand } from "./commands/reset-password.js";
import type { ldapSyncCommand } from "./commands/ldap-sync.js";
import type { restoreCommand } from "./commands/restore.js";
import type { serveCommand } from "./commands/serve.js";
import type { showCommand } from "./commands/show.js";
import type { sliceCommand } from "./commands/slice.js";
import type { statusCommand } from "./commands/status.js";
import type { targetsCommand } from "./commands/targets.js";
import type { unitsMergeCommand } from "./commands/units-merge.js";
import type { unitsCommand } from "./commands/units.js";
import {
  auditLimit,
  DEFAULT_HOST,
  DEFAULT_PORT,
  isoDayOption,
  milestoneArgument,
  percentOption,
  portOption,
  positiveInteger,
  searchKindOption,
  searchLimit,
  statusListOption,
  withDatabaseOptions,
  withJsonOption,
  withReadOptions,
  yearOption,
} from "./command-options.js";
import { hasFatal, loadEnvironment, type LoadedEnvironment } from "../config/env-file.js";
import { EXIT, type CliIo } from "./io.js";
import { renderProblems } from "./render-problems.js";
import { languageFrom } from "./language.js";
import { VERSION } from "../version.js";

/** A settings file that cannot be read: its problems are printed, the command does not run. */
class SettingsFileRefused extends Error {}

const INTERCHANGE_JSON = "print Duban's JSON interchange format instead of a table";

/**
 * Runs the `duban` command line and returns its exit status; the streams
 * and environment come in, so tests run it in-process. Every command and
 * its options are declared here, so --help lists them all; a command's
 * implementation (and what it needs: the database drivers, Fastify, the
 * importers) is loaded only when that command runs, so that `duban --version`
 * or `duban parse` does not pay for the server's modules.
 */
export const runCli = async (argv: readonly string[], given: CliIo): Promise<number> => {
  let exitCode: number = EXIT.ok;
  // The process's environment until the settings file is read, before any command runs.
  let loaded: LoadedEnvironment = { env: given.env, file: undefined, problems: [] };
  const io: CliIo = {
    stdout: given.stdout,
    stderr: given.stderr,
    get env() {
      return loaded.env;
    },
  };
  const program = new Command("duban")
    .description("督办 Duban: supervise key work tasks from the decomposition table as issued")
    .version(VERSION)
    .addOption(new Option("--lang <lang>", "language of messages").choices(["zh", "en"]))
    .option(
      "--env-file <path>",
      "read settings (KEY=VALUE lines) from this file (default DUBAN_ENV_FILE, else ./duban.env if present)",
    )
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();

  const language = (): ReturnType<typeof languageFrom> =>
    languageFrom(program.opts<{ lang?: string }>().lang, io.env);

  // `config check` lists a broken settings file with everything else; any other command stops on it.
  program.hook("preAction", (_program, action) => {
    loaded = loadEnvironment(given.env, {
      envFile: program.opts<{ envFile?: string }>().envFile,
      cwd: given.cwd ?? process.cwd(),
    });
    const checking = action.name() === "check" && action.parent?.name() === "config";
    if (!checking && hasFatal(loaded.problems)) {
      io.stderr.write(renderProblems(loaded.problems, language()));
      throw new SettingsFileRefused();
    }
  });

  /** A command that uses the database: --data, and --json with what it prints. */
  const storeCommand = (name: string, description: string, json?: string): Command =>
    withJsonOption(withDatabaseOptions(program.command(name).description(description)), json);

  withJsonOption(
    withReadOptions(
      program
        .command("parse")
        .description(
          "read a responsibility document (.docx, .xlsx, .csv, .txt, .html: a table or numbered prose) and print it",
        ),
    ),
    INTERCHANGE_JSON,
  )
    .argument("<file>", "the table to read")
    .action(async (file: string, options: Parameters<typeof parseCommand>[1]) => {
      exitCode = await (
        await import("./commands/parse.js")
      ).parseCommand(file, options, io, language());
    });

  withReadOptions(
    storeCommand(
      "slice",
      "print the part of a table, or of a stored plan, that one unit leads",
      INTERCHANGE_JSON,
    ),
  )
    .argument("[file]", "the table to read (or --plan)")
    .option("--plan <id>", "slice a stored plan instead of a file", positiveInteger)
    .requiredOption("--unit <name>", "the unit, e.g. 市科技局")
    .action(async (file: string | undefined, options: Parameters<typeof sliceCommand>[1]) => {
      exitCode = await (
        await import("./commands/slice.js")
      ).sliceCommand(file, options, io, language());
    });

  storeCommand("migrate", "bring the database schema up to date (every command also does)")
    .option("--dry-run", "list the pending migrations, change nothing")
    .action(async (options: Parameters<typeof migrateCommand>[0]) => {
      exitCode = await (
        await import("./commands/migrate.js")
      ).migrateCommand(options, io, language());
    });

  withReadOptions(storeCommand("import", "store a table: a new plan, a revision, or nothing new"))
    .argument("<file>", "the table to import")
    .option("--plan <id>", "import as a revision of this plan", positiveInteger)
    .option(
      "--parent-milestone <id>",
      "import as the sub-plan (子计划) of this milestone: deadlines no later than its own",
      positiveInteger,
    )
    .option("--dry-run", "work out and print what would change, write nothing")
    .option(
      "--confirm-removals",
      "let the revision remove milestones that have history, evidence or open requests",
    )
    .option(
      "--corrections <file.json>",
      "apply these corrections (a JSON array, as the web preview makes them) to the table as read",
    )
    .action(async (file: string, options: Parameters<typeof importCommand>[1]) => {
      exitCode = await (
        await import("./commands/import.js")
      ).importCommand(file, options, io, language());
    });

  storeCommand(
    "search",
    "find tasks (by 序号 too), milestones, units, reports, review comments, instructions, answers and evidence file names",
  )
    .argument("[text]", "what to find: any part of a text, or a 序号 (204, 205（3）)")
    .option("--plan <id>", "only this plan (duban plans lists them)", positiveInteger)
    .option(
      "--kind <kind>",
      "only this kind: task, milestone, unit, instruction, answer, review, report, file",
      searchKindOption,
    )
    .option("--limit <n>", "how many to show (default 20, at most 100)", searchLimit)
    .option("--archived", "archived plans too")
    .option("--reindex", "build the search index again from the stored data")
    .action(async (text: string | undefined, options: Parameters<typeof searchCommand>[1]) => {
      exitCode = await (
        await import("./commands/search.js")
      ).searchCommand(text, options, io, language());
    });

  storeCommand("plans", "list the stored plans").action(
    async (options: Parameters<typeof plansCommand>[0]) => {
      exitCode = await (await import("./commands/plans.js")).plansCommand(options, io, language());
    },
  );

  const plan = program.command("plan").description("archive, restore or delete a stored plan");
  for (const [step, description] of [
    ["archive", "archive a plan: read-only, out of reminders and the picker, still exportable"],
    ["unarchive", "bring an archived plan back into use"],
    ["delete", "delete a wrongly imported plan, while nothing has been done on it"],
  ] as const) {
    withJsonOption(withDatabaseOptions(plan.command(step)))
      .description(description)
      .argument("<plan>", "the plan id (duban plans lists them)", positiveInteger)
      .action(async (planId: number, options: Parameters<typeof planLifecycleCommand>[2]) => {
        exitCode = await (
          await import("./commands/plan-lifecycle.js")
        ).planLifecycleCommand(step, planId, options, io, language());
      });
  }

  withDatabaseOptions(
    program
      .command("next-year")
      .description(
        "start next year's plan from an old one (结转): list the unfinished milestones it would carry, or create it with --apply",
      ),
  )
    .requiredOption("--plan <id>", "the old plan (duban plans lists them)", positiveInteger)
    .requiredOption("--year <year>", "the new plan's year, after the old plan's", yearOption)
    .addOption(
      new Option("--carry <which>", "carry every unfinished milestone, or none (settings only)")
        .choices(["open", "none"])
        .default("open"),
    )
    .option("--apply", "create the plan and print its id (details on stderr)")
    .action(async (options: Parameters<typeof nextYearCommand>[0]) => {
      exitCode = await (
        await import("./commands/next-year.js")
      ).nextYearCommand(options, io, language());
    });

  storeCommand("show", "print a stored plan and its revisions")
    .argument("<plan>", "the plan id (duban plans lists them)", positiveInteger)
    .option("--revision <n>", "the plan as it stood at this revision", positiveInteger)
    .action(async (planId: number, options: Parameters<typeof showCommand>[1]) => {
      exitCode = await (
        await import("./commands/show.js")
      ).showCommand(planId, options, io, language());
    });

  const units = storeCommand(
    "units",
    "list the unit directory: names, aliases, group members",
  ).action(async (options: Parameters<typeof unitsCommand>[0]) => {
    exitCode = await (await import("./commands/units.js")).unitsCommand(options, io, language());
  });
  withJsonOption(withDatabaseOptions(units.command("merge")))
    .description("make OTHER another name of KEEP, moving everything OTHER is responsible for")
    .argument("<keep>", "the unit that stays")
    .argument("<other>", "the unit that becomes an alias of KEEP")
    .action(async (keep: string, other: string, _options: unknown, command: Command) => {
      // The parent `units` takes --data and --json wherever they are written.
      const options = command.optsWithGlobals<Parameters<typeof unitsMergeCommand>[2]>();
      exitCode = await (
        await import("./commands/units-merge.js")
      ).unitsMergeCommand(keep, other, options, io, language());
    });

  storeCommand("status", "every milestone's status and light on a day, with the counts")
    .requiredOption("--plan <id>", "the plan id (duban plans lists them)", positiveInteger)
    .option("--as-of <date>", "the day, YYYY-MM-DD (default today)", isoDayOption)
    .option("--unit <name>", "one unit's figures: what it leads, and what it shares apart")
    .action(async (options: Parameters<typeof statusCommand>[0]) => {
      exitCode = await (
        await import("./commands/status.js")
      ).statusCommand(options, io, language());
    });

  storeCommand(
    "targets",
    "each quantitative target of a plan: subject, comparison, value, unit, source words, latest actual, light",
  )
    .requiredOption("--plan <id>", "the plan id (duban plans lists them)", positiveInteger)
    .option(
      "--as-of <date>",
      "the day progress is shown for, YYYY-MM-DD (default today)",
      isoDayOption,
    )
    .action(async (options: Parameters<typeof targetsCommand>[0]) => {
      exitCode = await (
        await import("./commands/targets.js")
      ).targetsCommand(options, io, language());
    });

  withDatabaseOptions(
    program
      .command("export")
      .description(
        "write a plan's table (.docx, .xlsx) or its milestones with status (.csv, .json) to a file",
      ),
  )
    .requiredOption("--plan <id>", "the plan id (duban plans lists them)", positiveInteger)
    .addOption(
      new Option("--format <format>", "the file's format")
        .choices(Object.keys(CONTENT_TYPES))
        .makeOptionMandatory(),
    )
    .option("--unit <name>", "one unit's part (its 牵头部分), e.g. 市科技局")
    .option(
      "--as-of <date>",
      "the day statuses are computed for, YYYY-MM-DD (default today)",
      isoDayOption,
    )
    .option("--revision <n>", "the plan as it stood at this revision", positiveInteger)
    .option("--bulletin", "the progress bulletin (进展情况通报) instead of the table or data")
    .option("--responsible <unit>", "filter: milestones this unit leads or shares")
    .addOption(
      new Option("--role <role>", "with --responsible: only where it leads, or cooperates").choices(
        ["lead", "cooperating"],
      ),
    )
    .option(
      "--status <list>",
      "filter: statuses on the day, e.g. overdue,due_soon",
      statusListOption,
    )
    .option("--due-from <date>", "filter: due on or after this day", isoDayOption)
    .option("--due-to <date>", "filter: due on or before this day", isoDayOption)
    .option("--text <words>", "filter: words in the milestone or its task")
    .option(
      "-o, --output <file>",
      "where to write it; - for standard output (default: its own name here)",
    )
    .action(async (options: Parameters<typeof exportCommand>[0]) => {
      exitCode = await (
        await import("./commands/export.js")
      ).exportCommand(options, io, language());
    });

  storeCommand("audit", "the audit log: who did what when, newest first; --csv for Excel")
    .option("--user <username>", "filter: what this user did")
    .option("--unit <name>", "filter: what this unit's people did")
    .option("--action <action>", "filter: one action, e.g. milestone.completion_approved")
    .option("--object <type>", "filter: one kind of object, e.g. plan, milestone, user")
    .option("--from <date>", "filter: from this day, YYYY-MM-DD", isoDayOption)
    .option("--to <date>", "filter: up to this day, included", isoDayOption)
    .option("--limit <n>", "how many of the latest to show (default 50, at most 200)", auditLimit)
    .option("--csv", "write every matching entry as CSV for Excel instead")
    .option("-o, --output <file>", "with --csv: where to write it; - for standard output")
    .action(async (options: Parameters<typeof auditCommand>[0]) => {
      exitCode = await (await import("./commands/audit.js")).auditCommand(options, io, language());
    });

  storeCommand("report", "enter a unit's progress report on a milestone (from paper or phone)")
    .argument("<milestone>", "the milestone id (duban status --json lists them)", positiveInteger)
    .requiredOption("--unit <name>", "the unit that reports")
    .requiredOption("--text <text>", "the report")
    .option("--percent <n>", "how far along, 0–100", percentOption)
    .option("--file <path...>", "evidence files (PDF, images, Office, OFD)")
    .option("--on <date>", "the day the report counts for (default today)", isoDayOption)
    .action(async (milestone: number, options: Parameters<typeof reportCommand>[1]) => {
      exitCode = await (
        await import("./commands/report.js")
      ).reportCommand(milestone, options, io, language());
    });

  storeCommand(
    "notice",
    "issue a supervision notice (督办通知单) for an overdue milestone, as .docx",
  )
    .argument(
      "<milestone>",
      "the milestone: its id, or its number in the table such as 204（1）",
      milestoneArgument,
    )
    .option(
      "-o, --output <file>",
      "where to write it; - for standard output (default: its name, here)",
    )
    .option(
      "--plan <id>",
      "the plan a number such as 204（1） is in, when several have it",
      positiveInteger,
    )
    .action(
      async (
        milestone: Parameters<typeof noticeCommand>[0],
        options: Parameters<typeof noticeCommand>[1],
      ) => {
        exitCode = await (
          await import("./commands/notice.js")
        ).noticeCommand(milestone, options, io, language());
      },
    );

  storeCommand(
    "link",
    "issue a link (填报链接) for a unit without an account to read milestones and send input",
  )
    .requiredOption(
      "--milestone <id>",
      "a milestone the link reaches (give it again for several)",
      (value: string, ids: readonly number[] | undefined) => [
        ...(ids ?? []),
        positiveInteger(value),
      ],
    )
    .requiredOption("--unit <name>", "the unit it is for: one the milestones name, not their lead")
    .option("--days <n>", "days until it expires (default 14, at most 60)", positiveInteger)
    .action(async (options: Parameters<typeof linkCommand>[0]) => {
      exitCode = await (await import("./commands/link.js")).linkCommand(options, io, language());
    });

  storeCommand("remind", "send the day's reminders (催办), or print them with --dry-run")
    .option("--as-of <date>", "the day, YYYY-MM-DD (default today)", isoDayOption)
    .option("--dry-run", "print what would be sent; send and record nothing")
    .action(async (options: Parameters<typeof remindCommand>[0]) => {
      exitCode = await (
        await import("./commands/remind.js")
      ).remindCommand(options, io, language());
    });

  storeCommand(
    "distribute",
    "send every unit its part of a plan (下发): .docx by e-mail, a link by robot",
  )
    .requiredOption("--plan <id>", "the plan", positiveInteger)
    .option("--only-failed", "only the units the plan's last distribution did not reach")
    .action(async (options: Parameters<typeof distributeCommand>[0]) => {
      exitCode = await (
        await import("./commands/distribute.js")
      ).distributeCommand(options, io, language());
    });

  withDatabaseOptions(
    program
      .command("reset-password")
      .description("give a user a new generated password (and lift a lockout)"),
  )
    .argument("<username>", "the user, e.g. admin")
    .action(async (username: string, options: Parameters<typeof resetPasswordCommand>[1]) => {
      exitCode = await (
        await import("./commands/reset-password.js")
      ).resetPasswordCommand(username, options, io, language());
    });

  storeCommand(
    "ldap-sync",
    "read the LDAP directory and propose units, users, links, moves and disables for an administrator to accept (changes nothing)",
  ).action(async (options: Parameters<typeof ldapSyncCommand>[0]) => {
    exitCode = await (
      await import("./commands/ldap-sync.js")
    ).ldapSyncCommand(options, io, language());
  });

  storeCommand("backup", "copy the whole database to FILE while it runs, or --verify a backup")
    .argument("<file>", "the backup file to write (with --verify: to check)")
    .option("--force", "replace FILE if it exists")
    .option(
      "--verify",
      "restore FILE into a scratch database and run duban check on it; the live database is untouched",
    )
    .option(
      "--into <url>",
      "with --verify: the PostgreSQL server (postgres://…) to make the scratch database on",
    )
    .action(async (file: string, options: Parameters<typeof backupCommand>[1]) => {
      exitCode = await (
        await import("./commands/backup.js")
      ).backupCommand(file, options, io, language());
    });

  storeCommand("restore", "replace the whole database with a backup (stop the server first)")
    .argument("<file>", "a file written by duban backup")
    .option("--force", "replace a database that holds plans")
    .action(async (file: string, options: Parameters<typeof restoreCommand>[1]) => {
      exitCode = await (
        await import("./commands/restore.js")
      ).restoreCommand(file, options, io, language());
    });

  storeCommand("check", "check the database: migrations, integrity, consistency").action(
    async (options: Parameters<typeof checkCommand>[0]) => {
      exitCode = await (await import("./commands/check.js")).checkCommand(options, io, language());
    },
  );

  withJsonOption(
    withDatabaseOptions(
      program
        .command("config")
        .description("the settings: environment variables and duban.env")
        .command("check")
        .description(
          "validate every setting and what it points at (database, schema, migrations, SMTP); exit 1 on a fatal problem",
        ),
    ),
  ).action(async (options: Parameters<typeof configCheckCommand>[0]) => {
    exitCode = await (
      await import("./commands/config-check.js")
    ).configCheckCommand(options, loaded, io, language());
  });

  withDatabaseOptions(program.command("serve"))
    .description("serve the HTTP API (and its docs at /api/docs) until stopped with Ctrl-C")
    .option("--port <n>", "the port to listen on (0: any free port)", portOption, DEFAULT_PORT)
    .option("--host <host>", "the address to listen on", DEFAULT_HOST)
    .option("--no-demo", "do not import the demo plan into an empty database")
    .action(async (options: Parameters<typeof serveCommand>[0]) => {
      exitCode = await (
        await import("./commands/serve.js")
      ).serveCommand(options, loaded, io, language());
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof SettingsFileRefused) return EXIT.inputErrors;
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version") return EXIT.ok;
    if (code?.startsWith("commander.")) return EXIT.usage;
    throw error;
  }
  return exitCode;
};
