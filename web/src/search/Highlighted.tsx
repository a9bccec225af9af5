import type { ReactNode } from "react";
import type { SearchHit } from "./search-answer.js";

/**
 * The snippet with each match the server found in <mark>, as text (never
 * HTML). Offsets are UTF-16 units of the snippet, as String.slice counts.
 */
export const Highlighted = ({ snippet, highlights }: Pick<SearchHit, "snippet" | "highlights">) => {
  const parts: ReactNode[] = [];
  let at = 0;
  const ordered = [...highlights].sort((a, b) => a.start - b.start);
  for (const { start, length } of ordered) {
    if (start < at || length <= 0) continue;
    if (start > at) parts.push(snippet.slice(at, start));
    parts.push(<mark key={start}>{snippet.slice(start, start + length)}</mark>);
    at = start + length;
  }
  if (at < snippet.length) parts.push(snippet.slice(at));
  return <>{parts}</>;
};
