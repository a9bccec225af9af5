import { foldWidth } from "./normalize-text.js";

/**
 * How alike two texts read, for recognising a row of a revised table. Chinese
 * has no word boundaries, so texts are compared as sets of character bigrams
 * (Sørensen–Dice). Whitespace, punctuation and full-width variants are dropped
 * first: revisions often re-punctuate a step without changing what it says.
 */

const NOT_CONTENT = /[\s\p{P}]+/gu;

/**
 * The text as compared: without whitespace and punctuation, width-folded.
 * Punctuation goes first, which leaves folding little to do.
 */
export const similarityText = (text: string): string => foldWidth(text.replace(NOT_CONTENT, ""));

/** The distinct bigrams of a text, ascending; see `bigramsOf`. */
export type Bigrams = readonly number[];

/**
 * The distinct bigrams of a reduced text (`similarityText`), each two code
 * points as one number: numbers hash and compare far faster than strings.
 */
export const bigramsOf = (reduced: string): number[] => {
  const codes: number[] = [];
  for (const char of reduced) codes.push(char.codePointAt(0) ?? 0);
  const grams = new Float64Array(Math.max(0, codes.length - 1));
  grams.forEach((_, k) => (grams[k] = (codes[k] ?? 0) * 0x110000 + (codes[k + 1] ?? 0)));
  const distinct: number[] = [];
  for (const gram of grams.sort()) if (gram !== distinct[distinct.length - 1]) distinct.push(gram);
  return distinct;
};

/** Elements two ascending lists share. */
const sharedCount = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const d = (a[i] ?? 0) - (b[j] ?? 0);
    if (d <= 0) i += 1;
    if (d >= 0) j += 1;
    if (d === 0) shared += 1;
  }
  return shared;
};

const dice = (a: ArrayLike<number>, b: ArrayLike<number>): number =>
  (2 * sharedCount(a, b)) / (a.length + b.length);

/** 0–1; texts equal once reduced score 1, even when too short to have a bigram. */
export const textSimilarity = (a: string, b: string): number => {
  const reducedA = similarityText(a);
  const reducedB = similarityText(b);
  if (reducedA === reducedB) return 1;
  const gramsA = bigramsOf(reducedA);
  const gramsB = bigramsOf(reducedB);
  return gramsA.length === 0 || gramsB.length === 0 ? 0 : dice(gramsA, gramsB);
};

export interface SimilarPair {
  readonly old: number;
  readonly new: number;
  readonly similarity: number;
}

/**
 * Every pair (index into `olds`, index into `news`, each a text's bigrams so
 * callers compute them once over several passes) whose similarity reaches
 * `minSimilarity` (0 < m ≤ 1), ordered by new then old index; null when that
 * would take more than `maxComparisons` text comparisons. Texts with no bigram
 * never pair: too short to recognise.
 *
 * Comparing all pairs is quadratic. Prefix filtering keeps it exact but
 * cheaper: a pair reaching Dice m shares at least m·|A|/(2−m) bigrams of A, so
 * with bigrams in one global order (rarest first) the pair shares one among
 * the first |A| − that + 1 of each side, and only such pairs are compared. Texts
 * built of the same stock phrases still share many bigrams, hence the budget:
 * a wrong file imported as a revision must not hold the server for minutes.
 */
export const similarPairs = (
  oldGrams: readonly Bigrams[],
  newGrams: readonly Bigrams[],
  minSimilarity: number,
  maxComparisons = Infinity,
): SimilarPair[] | null => {
  if (!(minSimilarity > 0 && minSimilarity <= 1)) {
    throw new RangeError(`minSimilarity must be in (0, 1], got ${minSimilarity}`);
  }
  const everyPair = oldGrams.length * newGrams.length;
  // Building the index costs more than comparing a handful of texts outright.
  const candidates =
    everyPair <= Math.min(SMALL, maxComparisons)
      ? newGrams.map(() => oldGrams.map((_, i) => i))
      : prefixCandidates(oldGrams, newGrams, minSimilarity, maxComparisons);
  if (candidates === null) return null;
  const pairs: SimilarPair[] = [];
  newGrams.forEach((grams, j) => {
    for (const i of candidates[j] ?? []) {
      const other = oldGrams[i] ?? [];
      if (grams.length === 0 || other.length === 0) continue;
      const similarity = dice(other, grams);
      if (similarity >= minSimilarity) pairs.push({ old: i, new: j, similarity });
    }
  });
  return pairs;
};

const SMALL = 4096;

/** For each new text the old ones sharing a prefix bigram, ascending; null over budget. */
const prefixCandidates = (
  oldGrams: readonly Bigrams[],
  newGrams: readonly Bigrams[],
  minSimilarity: number,
  maxComparisons: number,
): number[][] | null => {
  const rank = new Map<number, number>();
  for (const grams of [...oldGrams, ...newGrams]) {
    for (const gram of grams) rank.set(gram, (rank.get(gram) ?? 0) + 1);
  }
  // Bigrams become ranks, rarest first, so a text's sorted ranks start with its prefix.
  [...rank].sort(([a, m], [b, n]) => m - n || a - b).forEach(([gram], r) => rank.set(gram, r));
  const prefixOf = (grams: Bigrams): Int32Array => {
    const ranks = new Int32Array(grams.length);
    grams.forEach((gram, k) => (ranks[k] = rank.get(gram) ?? 0));
    // The epsilon keeps float error from demanding one shared bigram too many.
    const needed = Math.ceil((minSimilarity * grams.length) / (2 - minSimilarity) - 1e-9);
    return ranks.sort().subarray(0, grams.length - needed + 1);
  };
  const postings: number[][] = Array.from({ length: rank.size }, () => []);
  oldGrams.forEach((grams, i) => {
    for (const r of prefixOf(grams)) postings[r]?.push(i);
  });
  const newPrefixes = newGrams.map(prefixOf);
  let bound = 0;
  for (const prefix of newPrefixes) for (const r of prefix) bound += postings[r]?.length ?? 0;
  if (bound > maxComparisons) return null;

  const seenBy = new Int32Array(oldGrams.length).fill(-1);
  return newPrefixes.map((prefix, j) => {
    const candidates: number[] = [];
    for (const r of prefix) {
      for (const i of postings[r] ?? []) {
        if (seenBy[i] !== j) candidates.push(i);
        seenBy[i] = j;
      }
    }
    return candidates.sort((a, b) => a - b);
  });
};
