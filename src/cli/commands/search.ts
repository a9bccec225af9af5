import { SEARCH_KIND_NAMES, SEARCH_KINDS, type SearchKind } from "../../domain/search-kind.js";
import { message } from "../../domain/message.js";
import { reindexSearch, search, type SearchHit, type SearchFields } from "../../services/search.js";
import { cliActor } from "../cli-actor.js";
import { cliOfficeClock } from "../cli-office-clock.js";
import { EXIT, type CliIo } from "../io.js";
import type { Language } from "../language.js";
import { withDatabase, type DatabaseOptions } from "../open-database.js";
import { renderListTable } from "../render-list-table.js";
import { errorLine } from "../report-error.js";
import { writeJson } from "../write-json.js";

export interface SearchOptions extends DatabaseOptions {
  readonly plan?: number;
  readonly kind?: SearchKind;
  readonly limit?: number;
  readonly archived?: boolean;
  readonly reindex?: boolean;
  readonly json?: boolean;
}

/** The options that gave each input, for the errors. */
const FIELDS: SearchFields = {
  q: "TEXT",
  plan: "--plan",
  unit: "--unit",
  range: "--to",
  limit: "--limit",
};

const HEAD = {
  zh: ["类别", "计划", "序号", "单位", "日期", "内容"],
  en: ["kind", "plan", "no.", "units", "day", "text"],
} as const;

/** 204, or 205（3） as the table numbers a milestone. */
const numberOf = (hit: SearchHit): string => {
  if (hit.taskNo === null) return "";
  return hit.milestoneSeq === null ? String(hit.taskNo) : `${hit.taskNo}（${hit.milestoneSeq}）`;
};

/** The snippet with each match in 【】, since a terminal table has no bold. */
const marked = (hit: SearchHit): string => {
  let text = "";
  let at = 0;
  for (const { start, length } of hit.highlights) {
    text += `${hit.snippet.slice(at, start)}【${hit.snippet.slice(start, start + length)}】`;
    at = start + length;
  }
  return text + hit.snippet.slice(at);
};

const totalsLine = (totals: Readonly<Record<SearchKind, number>>, language: Language): string => {
  const parts = SEARCH_KINDS.filter((kind) => totals[kind] > 0).map(
    (kind) => `${SEARCH_KIND_NAMES[kind][language]} ${totals[kind]}`,
  );
  if (parts.length === 0) return language === "zh" ? "没有找到。\n" : "Nothing found.\n";
  return language === "zh" ? `共找到：${parts.join("，")}\n` : `Found: ${parts.join(", ")}\n`;
};

/**
 * `duban search TEXT [--plan ID] [--kind K] [--limit N] [--archived] [--json]`:
 * what the shell finds (it sees everything), ranked as the API ranks it;
 * `duban search --reindex` builds the index again from the stored data.
 */
export const searchCommand = (
  text: string | undefined,
  options: SearchOptions,
  io: CliIo,
  language: Language,
): Promise<number> =>
  withDatabase(options, io, language, async (db) => {
    if (options.reindex === true) {
      const rows = await reindexSearch(db);
      if (options.json === true) writeJson(io, { indexed: rows });
      else
        io.stdout.write(
          language === "zh" ? `已重建索引：${rows} 条\n` : `Reindexed: ${rows} rows\n`,
        );
      return EXIT.ok;
    }
    if (text === undefined) {
      io.stderr.write(
        errorLine(message("请给出要查找的内容", "Give the text to search for"), language),
      );
      return EXIT.inputErrors;
    }
    const office = await cliOfficeClock(db, io.env);
    const results = await search(
      db,
      cliActor(io.env),
      {
        q: text,
        ...(options.plan === undefined ? {} : { planId: options.plan }),
        ...(options.kind === undefined ? {} : { kind: options.kind }),
        ...(options.limit === undefined ? {} : { limit: options.limit }),
        ...(options.archived === undefined ? {} : { withArchived: options.archived }),
      },
      office.timeZone,
      FIELDS,
    );
    if (options.json === true) {
      writeJson(io, results);
      return EXIT.ok;
    }
    if (results.items.length > 0) {
      io.stdout.write(
        renderListTable(
          HEAD[language],
          results.items.map((hit) => [
            SEARCH_KIND_NAMES[hit.kind][language],
            hit.plan?.title ?? "",
            numberOf(hit),
            hit.units.join("、"),
            hit.day ?? "",
            marked(hit),
          ]),
        ),
      );
    }
    io.stdout.write(totalsLine(results.totals, language));
    return EXIT.ok;
  });
