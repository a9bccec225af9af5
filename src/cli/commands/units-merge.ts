import { mergeUnits } from "../../services/merge-units.js";
import { cliActor } from "../cli-actor.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { writeJson } from "../write-json.js";

export interface UnitsMergeOptions extends DatabaseOptions {
  readonly json?: boolean;
}

/**
 * `duban units merge KEEP OTHER [--json]`: OTHER is another name of KEEP;
 * what OTHER was responsible for moves to KEEP, and tables that still write
 * OTHER resolve to KEEP from now on.
 */
export const unitsMergeCommand = (
  keep: string,
  other: string,
  options: UnitsMergeOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    const merged = await mergeUnits(db, { keep, other, actor: cliActor(io.env) });
    if (options.json === true) writeJson(io, merged);
    else {
      io.stdout.write(
        language === "zh"
          ? `已将「${other}」并入「${merged.name}」。「${merged.name}」的别名：${merged.aliases.join("、")}\n`
          : `Merged "${other}" into "${merged.name}". Aliases of "${merged.name}": ${merged.aliases.join(", ")}\n`,
      );
    }
    return EXIT.ok;
  });
