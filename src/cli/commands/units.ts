import { listUnitsFor } from "../../services/units.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { writeJson } from "../write-json.js";

export interface UnitsOptions extends DatabaseOptions {
  readonly json?: boolean;
}

const HEAD = {
  zh: ["单位", "类型", "别名", "成员"],
  en: ["unit", "kind", "aliases", "members"],
} as const;

const KIND = { zh: { unit: "单位", group: "单位组" }, en: { unit: "unit", group: "group" } };

const EMPTY = {
  zh: "单位目录是空的；导入一张分解表时，表中的单位会加入目录。\n",
  en: "The unit directory is empty; importing a table adds the units it names.\n",
};

/** `duban units [--json]`: the unit directory with aliases and group members. */
export const unitsCommand = (
  options: UnitsOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const units = (await listUnitsFor(db, cliActor(io.env))).map(
      ({ name, kind, aliases, members }) => ({
        name,
        kind,
        aliases,
        members,
      }),
    );
    const separator = language === "zh" ? "、" : ", ";
    if (options.json === true) writeJson(io, units);
    else if (units.length === 0) io.stdout.write(EMPTY[language]);
    else {
      io.stdout.write(
        renderListTable(
          HEAD[language],
          units.map((u) => [
            u.name,
            KIND[language][u.kind],
            u.aliases.join(separator),
            u.members.join(separator),
          ]),
        ),
      );
    }
    return EXIT.ok;
  });
