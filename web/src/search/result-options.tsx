import { Typography } from "antd";
import type { Text } from "../i18n.js";
import { Highlighted } from "./Highlighted.js";
import { KIND_LABEL } from "./kind-labels.js";
import { positionOf, type SearchHit } from "./search-answer.js";
import type { GroupedResults, SearchGroup } from "./search-groups.js";

const LINE_STYLE = { whiteSpace: "normal", lineHeight: 1.5 } as const;

/** A value per result, unique across kinds: the option the list selects. */
const valueOf = (hit: SearchHit): string => `${hit.kind}:${String(hit.refId)}`;

/** Units named at most on a result's line; the rest are counted. */
const UNITS_SHOWN = 3;

const ResultLine = ({ hit, t }: { hit: SearchHit; t: (text: Text) => string }) => {
  const position = positionOf(hit);
  const rest = hit.units.length - UNITS_SHOWN;
  const units =
    hit.units.slice(0, UNITS_SHOWN).join("、") +
    (rest > 0
      ? t({ zh: ` 等 ${String(hit.units.length)} 个单位`, en: ` and ${String(rest)} more` })
      : "");
  const where = [position, hit.plan?.title, units, hit.day]
    .filter((part) => part !== null && part !== undefined && part !== "")
    .join(" · ");
  return (
    <div style={LINE_STYLE} data-testid="search-result" data-kind={hit.kind}>
      <div>
        <Highlighted snippet={hit.snippet} highlights={hit.highlights} />
      </div>
      {where !== "" && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {where}
        </Typography.Text>
      )}
    </div>
  );
};

const groupTitle = (group: SearchGroup, capped: boolean, t: (text: Text) => string): string => {
  const name = t(KIND_LABEL[group.kind]);
  const more = group.total - group.hits.length;
  if (more <= 0) return name;
  const count = `${String(more)}${capped ? "+" : ""}`;
  return `${name} · ${t({ zh: `还有 ${count} 条`, en: `${count} more` })}`;
};

/**
 * The AutoComplete's options: a group per kind, titled with its name and
 * how many more matched than it shows, and the way back from a chosen value to its hit.
 */
export const resultOptions = (results: GroupedResults | null, t: (text: Text) => string) => {
  const groups = results?.groups ?? [];
  const byValue = new Map(groups.flatMap((group) => group.hits.map((hit) => [valueOf(hit), hit])));
  const capped = results?.capped ?? false;
  return {
    options: groups.map((group) => ({
      label: <span data-testid={`search-group-${group.kind}`}>{groupTitle(group, capped, t)}</span>,
      options: group.hits.map((hit) => ({
        value: valueOf(hit),
        label: <ResultLine hit={hit} t={t} />,
      })),
    })),
    hitOf: (value: string): SearchHit | undefined => byValue.get(value),
  };
};
