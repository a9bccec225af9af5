const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export const utf8Length = (text: string): number => Buffer.byteLength(text, "utf8");

/**
 * The text cut to at most maxBytes of UTF-8, ending in the ellipsis when it was cut. It cuts
 * between user-perceived characters (grapheme clusters), so neither a multi-byte character
 * (a Chinese character is 3 bytes), a surrogate pair, nor an emoji sequence is split.
 */
export const truncateUtf8 = (text: string, maxBytes: number, ellipsis = "…"): string => {
  if (utf8Length(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Length(ellipsis);
  if (budget < 0) return "";
  let used = 0;
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (used + size > budget) break;
    used += size;
    kept += segment;
  }
  return kept + ellipsis;
};
