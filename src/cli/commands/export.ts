import type { IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import type { MilestoneStatus } from "../../domain/milestone-status.js";
import type { ExportFormat } from "../../services/exports/export-file.js";
import { exportPlanFile } from "../../services/exports/export-plan-file.js";
import type { ExportFilter } from "../../services/exports/export-request.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { deliverFile } from "../deliver-file.js";
import { errorLine } from "../report-error.js";

export interface ExportOptions extends DatabaseOptions {
  readonly plan: number;
  readonly format: ExportFormat;
  readonly unit?: string;
  readonly asOf?: IsoDate;
  readonly revision?: number;
  readonly bulletin?: boolean;
  readonly responsible?: string;
  readonly role?: ExportFilter["role"];
  readonly status?: readonly MilestoneStatus[];
  readonly dueFrom?: IsoDate;
  readonly dueTo?: IsoDate;
  readonly text?: string;
  readonly output?: string;
}

/**
 * `duban export --plan ID --format docx|xlsx|csv|json|ics [--unit NAME]
 * [--as-of DATE] [--revision N] [--bulletin] [filters] [-o FILE]`: the
 * file the API's /api/plans/:id/export answers, as the shell's
 * administrator. Without -o it goes to the current directory under the
 * API's name (a document's bytes are no use on a terminal); `-o -` writes
 * them to standard output.
 */
export const exportCommand = (
  options: ExportOptions,
  io: CliIo,
  language: Language,
): Promise<number> => {
  if (options.role !== undefined && options.responsible === undefined) {
    io.stderr.write(
      errorLine(
        message(
          "--role 须与 --responsible 同用",
          "--role needs --responsible: the unit whose role it is",
        ),
        language,
      ),
    );
    return Promise.resolve(EXIT.usage);
  }
  return withDatabase(options, io, language, async (db) => {
    const file = await exportPlanFile(
      db,
      cliActor(io.env),
      {
        planId: options.plan,
        format: options.format,
        bulletin: options.bulletin === true,
        ...(options.unit === undefined ? {} : { unit: options.unit }),
        ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
        ...(options.revision === undefined ? {} : { revision: options.revision }),
        filter: {
          ...(options.responsible === undefined ? {} : { responsible: options.responsible }),
          ...(options.role === undefined ? {} : { role: options.role }),
          ...(options.status === undefined ? {} : { status: options.status }),
          ...(options.dueFrom === undefined ? {} : { dueFrom: options.dueFrom }),
          ...(options.dueTo === undefined ? {} : { dueTo: options.dueTo }),
          ...(options.text === undefined ? {} : { text: options.text }),
        },
      },
      (await cliOfficeClock(db, io.env)).today(),
    );
    return deliverFile(file, options.output, io, language);
  });
};
