/**
 * Which pages carry which facet value, and every page's place in date order, read once from the
 * Pagefind index (filter-only searches return ids without downloading any page). With it the search
 * page filters, counts and sorts the phrase-matched results itself, so the counts beside each filter
 * always agree with the results shown.
 */
import type { Pagefind } from './pagefind-client.ts';
import { SEARCH_FACETS, type FacetKey, type SearchState } from './search-state.ts';

export interface FacetIndex {
  /** Page ids per facet value. */
  pages: Record<FacetKey, Map<string, Set<string>>>;
  /** Every page id, newest report first (undated last). */
  newestFirst: string[];
}

const FACET_KEYS: readonly FacetKey[] = SEARCH_FACETS.map((facet) => facet.key);

/** Reads the facet index: one filter-only search per facet value, one date-sorted listing. */
export async function loadFacetIndex(pagefind: Pagefind): Promise<FacetIndex> {
  const values = await pagefind.filters();
  const pages = { broker: new Map(), sector: new Map(), type: new Map(), year: new Map() } as FacetIndex['pages'];
  await Promise.all(
    FACET_KEYS.flatMap((key) =>
      Object.keys(values[key] ?? {}).map(async (value) => {
        const response = await pagefind.search(null, { filters: { [key]: { any: [value] } } });
        pages[key].set(value, new Set(response.results.map((r) => r.id)));
      }),
    ),
  );
  const listing = await pagefind.search(null, { sort: { date: 'desc' } });
  return { pages, newestFirst: listing.results.map((r) => r.id) };
}

/** True when page `id` has one of the chosen values of every facet (except `skip`). */
export function passesFilters(id: string, state: SearchState, index: FacetIndex, skip?: FacetKey): boolean {
  return FACET_KEYS.every((key) => key === skip || state.filters[key].length === 0 || state.filters[key].some((v) => index.pages[key].get(v)?.has(id)));
}

/** Counts per facet value among `candidates`: each facet's own choices left out, every other facet applied. */
export function countFacets(candidates: readonly string[], state: SearchState, index: FacetIndex): Record<FacetKey, Record<string, number>> {
  const counts = { broker: {}, sector: {}, type: {}, year: {} } as Record<FacetKey, Record<string, number>>;
  for (const key of FACET_KEYS) {
    const eligible = candidates.filter((id) => passesFilters(id, state, index, key));
    for (const [value, ids] of index.pages[key]) {
      const count = eligible.filter((id) => ids.has(id)).length;
      if (count > 0) counts[key][value] = count;
    }
  }
  return counts;
}

/** Reorders items by report date, either way; undated reports (no year) stay last. */
export function byDate<T extends { id: string }>(items: readonly T[], index: FacetIndex, order: 'newest' | 'oldest'): T[] {
  const dated = new Set([...index.pages.year.values()].flatMap((ids) => [...ids]));
  const position = new Map(index.newestFirst.map((id, i) => [id, order === 'newest' ? i : -i]));
  const key = (id: string) => (dated.has(id) ? (position.get(id) ?? 0) : Infinity);
  return [...items].sort((a, b) => key(a.id) - key(b.id));
}
