/**
 * What a search is: the query, the chosen filter values and the order. It lives in the URL
 * (`/search/?q=可灵&broker=国金证券&year=2026&sort=newest`) so a search can be shared, bookmarked
 * and reopened; this module reads and writes that URL and turns it into Pagefind options.
 */

/** The facets a reader can filter by, in display order, with their Chinese labels. */
export const SEARCH_FACETS = [
  { key: 'broker', label: '券商' },
  { key: 'sector', label: '行业' },
  { key: 'type', label: '类型' },
  { key: 'year', label: '年份' },
] as const;

export type FacetKey = (typeof SEARCH_FACETS)[number]['key'];

/** Result orders: Pagefind's relevance ranking, or by report date. */
export const SEARCH_SORTS = [
  { key: 'relevance', label: '相关度' },
  { key: 'newest', label: '最新在前' },
  { key: 'oldest', label: '最早在前' },
] as const;

export type SortKey = (typeof SEARCH_SORTS)[number]['key'];

export interface SearchState {
  /** The words typed, trimmed; empty when the reader only filters. */
  query: string;
  /** Chosen values per facet; a result matches any value within a facet and every facet. */
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

/** The options object Pagefind's `search()` takes. */
export interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

const FACET_KEYS: readonly FacetKey[] = SEARCH_FACETS.map((facet) => facet.key);
const SORT_KEYS: readonly string[] = SEARCH_SORTS.map((sort) => sort.key);

/** The state of an empty search page. */
export function emptySearchState(): SearchState {
  return { query: '', filters: { broker: [], sector: [], type: [], year: [] }, sort: 'relevance' };
}

/** Reads a search from URL parameters; unknown parameters and values are ignored, repeats kept once. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const state = emptySearchState();
  state.query = (params.get('q') ?? '').trim();
  for (const key of FACET_KEYS) {
    state.filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
  }
  const sort = params.get('sort') ?? '';
  if (SORT_KEYS.includes(sort)) state.sort = sort as SortKey;
  return state;
}

/** Writes a search as URL parameters: only what is set, in a stable order, so equal searches share a URL. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The search page URL for a state: `<searchPath>?q=…`, or the bare path for an empty search. */
export function searchHref(searchPath: string, state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query ? `${searchPath}?${query}` : searchPath;
}

/** True when there is something to search for: words, or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || FACET_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind options for a state: any-of within a facet, all facets together, and the order. */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const options: PagefindSearchOptions = {};
  const chosen = FACET_KEYS.filter((key) => state.filters[key].length > 0);
  if (chosen.length > 0) options.filters = Object.fromEntries(chosen.map((key) => [key, { any: state.filters[key] }]));
  // Without words there is no relevance to rank by: filtered lists read newest first.
  const sort = state.sort === 'relevance' && state.query === '' ? 'newest' : state.sort;
  if (sort !== 'relevance') options.sort = { date: sort === 'newest' ? 'desc' : 'asc' };
  return options;
}

/** Adds or removes one filter value, returning a new state. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}
