/**
 * What the search index records about a digest besides its text: the values readers filter by
 * (券商, 行业, 类型, 年份), the date results are sorted by, and the metadata a result shows.
 * The keys match the facets of the search page (search-state.ts).
 */
import type { DigestFrontmatter } from '../../schema/digest.ts';
import type { FacetKey } from './search-state.ts';

/** Sort key of an undated digest: Pagefind drops pages without one from sorted results, so they sort last. */
export const UNDATED_SORT_KEY = '0000-00-00';

export interface SearchIndexFields {
  /** Filter values, at most one per facet. */
  filters: [FacetKey, string][];
  /** Metadata shown with a result (the title comes from the page's h1). */
  meta: [string, string][];
  /** ISO date to sort by. */
  sortDate: string;
}

type IndexedDigest = Pick<DigestFrontmatter, 'broker' | 'sector' | 'reportType' | 'date' | 'rating'>;

/** The filters, metadata and sort key of one digest. */
export function searchIndexFields(digest: IndexedDigest): SearchIndexFields {
  const year = digest.date?.slice(0, 4) ?? null;
  const rating = digest.rating ? [digest.rating.action, digest.rating.value].filter(Boolean).join(' · ') : null;
  const filters: [FacetKey, string | null][] = [
    ['broker', digest.broker],
    ['sector', digest.sector],
    ['type', digest.reportType],
    ['year', year],
  ];
  const meta: [string, string | null][] = [
    ['broker', digest.broker],
    ['date', digest.date],
    ['rating', rating],
  ];
  return {
    filters: filters.filter((entry): entry is [FacetKey, string] => Boolean(entry[1])),
    meta: meta.filter((entry): entry is [string, string] => Boolean(entry[1])),
    sortDate: digest.date ?? UNDATED_SORT_KEY,
  };
}
