import { addDays, dayStartIn, localTimeText, type IsoDate } from "../../domain/iso-date.js";
import { message } from "../../domain/message.js";
import { exportAuditCsv, listAuditFor } from "../../services/audit-log.js";
import { unitNamed } from "../../services/units.js";
import { userNamed } from "../../services/users.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { deliverFile } from "../deliver-file.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { errorLine } from "../report-error.js";
import { writeJson } from "../write-json.js";

export interface AuditOptions extends DatabaseOptions {
  /** A username. */
  readonly user?: string;
  /** A unit's name or alias. */
  readonly unit?: string;
  readonly action?: string;
  readonly object?: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly limit?: number;
  readonly csv?: boolean;
  readonly json?: boolean;
  readonly output?: string;
}

const HEAD = {
  zh: ["时间", "操作人", "单位", "操作", "对象"],
  en: ["time", "person", "unit", "action", "object"],
} as const;

/**
 * `duban audit [--user NAME] [--unit NAME] [--action A] [--object TYPE]
 * [--from DAY] [--to DAY] [--limit N] [--csv [-o FILE]] [--json]`: the
 * audit log, newest first, as the shell's administrator reads it; days are
 * where the office is (DUBAN_TIMEZONE), both included.
 */
export const auditCommand = (options: AuditOptions, io: CliIo, language: Language) =>
  withDatabase(options, io, language, async (db) => {
    const office = await cliOfficeClock(db, io.env);
    const { timeZone } = office;
    const user = options.user === undefined ? undefined : await userNamed(db, options.user);
    const unit = options.unit === undefined ? undefined : await unitNamed(db, options.unit);
    const unknown =
      options.user !== undefined && user === undefined
        ? message(`没有用户名为 ${options.user} 的用户`, `there is no user ${options.user}`)
        : options.unit !== undefined && unit === undefined
          ? message(`没有名为 ${options.unit} 的单位`, `there is no unit ${options.unit}`)
          : null;
    if (unknown !== null) {
      io.stderr.write(errorLine(unknown, language));
      return EXIT.inputErrors;
    }
    const filter: Parameters<typeof listAuditFor>[2] = {
      ...(user === undefined ? {} : { userId: user.id }),
      ...(unit === undefined ? {} : { unitId: unit.id }),
      ...(options.action === undefined ? {} : { action: options.action }),
      ...(options.object === undefined ? {} : { objectType: options.object }),
      ...(options.from === undefined ? {} : { from: dayStartIn(options.from, timeZone) }),
      ...(options.to === undefined ? {} : { to: dayStartIn(addDays(options.to, 1), timeZone) }),
    };
    const actor = cliActor(io.env);
    if (options.csv === true) {
      const file = await exportAuditCsv(db, actor, filter, { timeZone, today: office.today() });
      return deliverFile(file, options.output, io, language);
    }
    const { items, total } = await listAuditFor(db, actor, filter, {
      page: 1,
      pageSize: options.limit ?? 50,
    });
    if (options.json === true) {
      writeJson(io, { total, items });
      return EXIT.ok;
    }
    io.stdout.write(
      renderListTable(
        HEAD[language],
        items.map((entry) => [
          localTimeText(entry.at, timeZone),
          entry.userName ?? entry.token?.name ?? entry.actor,
          entry.unitName ?? "",
          entry.actionName[language],
          `${entry.objectName[language]} ${entry.objectId}`,
        ]),
      ),
    );
    if (total > items.length) {
      io.stdout.write(
        language === "zh"
          ? `共 ${String(total)} 条，显示最近 ${String(items.length)} 条；--csv 导出全部\n`
          : `${String(total)} entries, the latest ${String(items.length)} shown; --csv exports them all\n`,
      );
    }
    return EXIT.ok;
  });
