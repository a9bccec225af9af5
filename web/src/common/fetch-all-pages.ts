import { api } from "../api.js";

/** The API's largest page. */
const PAGE_SIZE = 200;
/** 200 × 100 = 20,000 items: a province-scale plan, and a bound on what one screen loads. */
const MAX_PAGES = 100;

interface Paged<T> {
  readonly items: readonly T[];
  readonly total: number;
}

const pageOf = <T>(path: string, query: URLSearchParams, page: number): Promise<Paged<T>> => {
  const params = new URLSearchParams(query);
  params.set("pageSize", String(PAGE_SIZE));
  params.set("page", String(page));
  return api<Paged<T>>("GET", `${path}?${params.toString()}`);
};

/**
 * Every item of a paged list (`{ items, total }`) in its order: the first
 * page says how many there are, the others are asked for together.
 */
export const fetchAllPages = async <T>(
  path: string,
  query: URLSearchParams | Readonly<Record<string, string>>,
): Promise<T[]> => {
  const params = new URLSearchParams(query);
  const first = await pageOf<T>(path, params, 1);
  const pages = Math.min(Math.ceil(first.total / PAGE_SIZE), MAX_PAGES);
  const rest = await Promise.all(
    Array.from({ length: Math.max(pages - 1, 0) }, (_, index) =>
      pageOf<T>(path, params, index + 2),
    ),
  );
  return [first, ...rest].flatMap((page) => page.items);
};
