import { settingsFromEnv, deliveryOptionsOf } from "../../server/server-settings.js";
import { distributePlan } from "../../services/distribution/distribute-plan.js";
import type { DistributionView } from "../../services/distribution/list-distributions.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface DistributeOptions extends DatabaseOptions {
  readonly plan: number;
  readonly onlyFailed?: boolean;
  readonly json?: boolean;
}

const render = (view: DistributionView, language: Language): string => {
  const zh = language === "zh";
  const lines = view.units.map((part) => {
    const deliveries =
      part.deliveries.length === 0
        ? [zh ? "  （无联系方式，未发送）" : "  (no contact: not sent)"]
        : part.deliveries.map(
            (d) =>
              `  ${d.channel} ${d.destination}: ${d.status}${d.error === null ? "" : ` ${d.error}`}`,
          );
    return [`${part.unit} ${part.fileName}`, ...deliveries].join("\n");
  });
  const reached = view.units.filter((p) => p.received).length;
  lines.push(
    zh
      ? `第 ${view.id} 次下发：${view.units.length} 个单位，送达 ${reached} 个`
      : `distribution ${view.id}: ${view.units.length} units, ${reached} reached`,
  );
  return `${lines.join("\n")}\n`;
};

/**
 * `duban distribute --plan ID [--only-failed]`: 下发 from the shell, through the channels
 * and public URL the server's environment configures (DUBAN_SMTP_*, DUBAN_PUBLIC_URL).
 */
export const distributeCommand = (
  options: DistributeOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const settings = settingsFromEnv(io.env);
    const now = (await cliOfficeClock(db, io.env)).now();
    const view = await distributePlan(
      db,
      cliActor(io.env),
      { planId: options.plan, ...(options.onlyFailed === true ? { only: "failed" } : {}) },
      () => now,
      { publicUrl: settings.publicUrl, delivery: deliveryOptionsOf(settings.reminders) },
    );
    if (options.json === true) writeJson(io, view);
    else io.stdout.write(render(view, language));
    return EXIT.ok;
  });
