/** One page of a list, 1-based; README "Limits" documents the page size cap. */
export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export const pageOf = <T>(all: readonly T[], request: PageRequest): Page<T> => ({
  items: all.slice((request.page - 1) * request.pageSize, request.page * request.pageSize),
  total: all.length,
  page: request.page,
  pageSize: request.pageSize,
});
