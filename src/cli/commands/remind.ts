import { destinationsFromEnv } from "../../channels/destinations.js";
import { publicUrlFromEnv } from "../../server/server-settings.js";
import { smtpSettingsFromEnv } from "../../channels/email.js";
import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import { DubanError } from "../../services/duban-error.js";
import {
  holdReminderLease,
  releaseReminderLease,
} from "../../services/reminders/reminder-lease.js";
import { runReminders, type ReminderRunOutcome } from "../../services/reminders/run-reminders.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";
import { cliOfficeClock } from "../cli-office-clock.js";

export interface RemindOptions extends DatabaseOptions {
  readonly asOf?: IsoDate;
  readonly dryRun?: boolean;
  readonly json?: boolean;
}

/** Long enough for a run; a crashed command lets the servers take over after it. */
const LEASE_MS = 10 * 60_000;

const remindJson = (outcome: ReminderRunOutcome) => ({
  day: outcome.day,
  digests: outcome.digests.map((d) => ({
    unit: d.unit,
    contacts: d.contacts.map((c) => ({ label: c.label, kind: c.contact.kind })),
    reminders: d.reminders.map((r) => ({
      key: r.item.key,
      kind: r.item.kind,
      taskNo: r.taskNo,
      seq: r.seq,
      due: r.item.due,
      level: r.item.level?.name ?? null,
    })),
    title: d.message.title,
    text: d.message.text,
  })),
  deliveries: outcome.deliveries,
});

const render = (outcome: ReminderRunOutcome, dryRun: boolean, language: Language): string => {
  const lines: string[] = [];
  for (const digest of outcome.digests) {
    const to =
      digest.contacts.length === 0
        ? language === "zh"
          ? "（无联系方式，未发送）"
          : "(no contacts: not sent)"
        : digest.contacts.map((c) => `${c.label} <${c.contact.kind}>`).join(", ");
    lines.push(`${digest.message.title} → ${to}`, digest.message.text, "");
  }
  for (const delivery of outcome.deliveries) {
    lines.push(`${delivery.key} ${delivery.contact}: ${delivery.state} ${delivery.result}`);
  }
  const summary =
    language === "zh"
      ? `${outcome.day}：${dryRun ? "将生成" : "已生成"} ${outcome.digests.length} 份提醒${dryRun ? "（预演，未发送）" : `，发送 ${outcome.deliveries.length} 次`}`
      : `${outcome.day}: ${outcome.digests.length} digests ${dryRun ? "would be made (dry run, nothing sent)" : `made, ${outcome.deliveries.length} deliveries tried`}`;
  lines.push(summary);
  return `${lines.join("\n")}\n`;
};

/**
 * `duban remind [--as-of DATE] [--dry-run] [--json]`: the day's reminders,
 * printed (dry run) or sent, as the server's scheduler sends them. Sending
 * takes the same lease as the servers, so they never send at once.
 */
export const remindCommand = (
  options: RemindOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const { now, today } = (await cliOfficeClock(db, io.env)).stepTime();
    const day = options.asOf ?? today;
    const dryRun = options.dryRun === true;
    const holder = `cli:${process.pid}`;
    if (!dryRun && !(await holdReminderLease(db, holder, now, LEASE_MS))) {
      throw new DubanError(
        "reminders.busy",
        message(
          "另一个 Duban 实例正在发送提醒，请稍后再试（或用 --dry-run 查看）",
          "Another Duban instance is sending reminders; try again later (or look with --dry-run)",
        ),
      );
    }
    try {
      const smtp = smtpSettingsFromEnv(io.env);
      const outcome = await runReminders(db, {
        day,
        now,
        dryRun,
        delivery: {
          timeoutMs: 15_000,
          destinations: destinationsFromEnv(io.env),
          ...(smtp === undefined ? {} : { smtp }),
        },
        publicUrl: publicUrlFromEnv(io.env),
      });
      if (options.json === true) writeJson(io, remindJson(outcome));
      else io.stdout.write(render(outcome, dryRun, language));
      return EXIT.ok;
    } finally {
      if (!dryRun) await releaseReminderLease(db, holder);
    }
  });
