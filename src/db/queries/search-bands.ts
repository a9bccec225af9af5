import type { SearchKind } from "../../domain/search-kind.js";

/*
 * SQLite keeps each kind's rows of the trigram index (search_fts) in a band
 * of rowids of its own, `band << 40 | entry id`, as migration 0024's
 * triggers write them: a kind's matches are one rowid range, which FTS5
 * reads in order and stops reading when a page is full. The bands are
 * fixed by that migration; test/db/search-bands.test.ts checks they agree.
 */

const BAND_SHIFT = 2 ** 40;

const BANDS: Readonly<Record<SearchKind, number>> = {
  task: 1,
  milestone: 2,
  unit: 3,
  instruction: 4,
  answer: 5,
  review: 6,
  report: 7,
  file: 8,
};

/** The rowids a kind's entries have in search_fts: from `first`, below `end`. */
export const bandOf = (kind: SearchKind): { readonly first: number; readonly end: number } => ({
  first: BANDS[kind] * BAND_SHIFT,
  end: (BANDS[kind] + 1) * BAND_SHIFT,
});
