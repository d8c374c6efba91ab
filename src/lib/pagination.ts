/**
 * The home page's paging: page 1 is `/`, later pages are `/page/2/`, `/page/3/` …
 * Paths are site-relative; pass them through `withBase` when linking.
 */

/** Digests per home page: the one place to change it. */
export const PAGE_SIZE = 20;

/** One page of a paged list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, even for an empty list). */
  total: number;
  /** The items on this page. */
  items: T[];
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}

/** Site-relative path of a home page: `/` for page 1, `/page/<n>/` after. */
export function pagePath(number: number): string {
  return number <= 1 ? '/' : `/page/${number}/`;
}

/** Links for a pager: previous and next page paths (null at either end). */
export function pagerLinks(page: Pick<Page<unknown>, 'number' | 'total'>): { prev: string | null; next: string | null } {
  return {
    prev: page.number > 1 ? pagePath(page.number - 1) : null,
    next: page.number < page.total ? pagePath(page.number + 1) : null,
  };
}
