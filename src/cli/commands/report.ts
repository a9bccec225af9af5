import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { IsoDate } from "../../domain/iso-date.js";
import type { ApiActor } from "../../policies/actor.js";
import { findUnit } from "../../services/plan-status.js";
import { uploadEvidence } from "../../services/workflow/evidence.js";
import { loadMilestoneContext } from "../../services/workflow/milestone-context.js";
import { reportProgress } from "../../services/workflow/report-progress.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";
import { cliOfficeClock } from "../cli-office-clock.js";

export interface ReportOptions extends DatabaseOptions {
  readonly unit: string;
  readonly text: string;
  readonly percent?: number;
  readonly file?: readonly string[];
  /** The day the report counts for; today by default (entering a report made on paper). */
  readonly on?: IsoDate;
  readonly json?: boolean;
}

/**
 * `duban report MILESTONE --unit NAME --text TEXT [--percent N] [--file F]…
 * [--on DATE]`: a progress report entered at the shell for a unit (a report
 * sent on paper or by phone). It is that unit's report, lead or input, as
 * if its staff had made it; the audit log names the shell user.
 */
export const reportCommand = (
  milestoneId: number,
  options: ReportOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const unit = await findUnit(db, options.unit);
    const shell = cliActor(io.env);
    const actor: ApiActor = {
      kind: "proxy",
      name: `${shell.name} for ${unit.name}`,
      unitId: unit.id,
      role: "unit_staff",
    };
    const step = (await cliOfficeClock(db, io.env)).stepTime();
    const now = step.now;
    const today = options.on ?? step.today;
    const files = await Promise.all(
      (options.file ?? []).map(async (path) => ({
        name: basename(path),
        path,
        size: (await stat(path)).size,
      })),
    );
    // The shell is trusted with the database itself: no quota or hourly allowance.
    const attachmentIds =
      files.length === 0
        ? []
        : (
            await uploadEvidence(
              db,
              actor,
              milestoneId,
              files,
              { unitQuotaBytes: 0, userBytesPerHour: 0 },
              now,
            )
          ).map((file) => file.id);
    const { state } = await loadMilestoneContext(db, actor, milestoneId);
    const result = await reportProgress(
      db,
      actor,
      {
        milestoneId,
        version: state.version,
        text: options.text,
        percent: options.percent ?? null,
        attachmentIds,
        cites: [],
      },
      { now, today },
    );
    if (options.json === true) writeJson(io, { milestoneId, on: today, ...result });
    else {
      io.stdout.write(
        language === "zh"
          ? `已为${unit.name}报送节点计划 #${milestoneId} 的${result.official ? "进展" : "配合材料"}（${today}）\n`
          : `Reported ${result.official ? "progress" : "input"} on milestone #${milestoneId} for ${unit.name} (${today})\n`,
      );
    }
    return EXIT.ok;
  });
