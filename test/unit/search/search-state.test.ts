import { describe, expect, it } from 'vitest';
import {
  emptySearchState, hasCriteria, pagefindOptions, readSearchParams, searchHref, toSearchParams, toggleFilter,
} from '~/lib/search/search-state.ts';

describe('the search URL', () => {
  it('reads the query, every facet value and the order from the URL', () => {
    const state = readSearchParams(new URLSearchParams('q=%20可灵%20融资%20&broker=国金证券&broker=华安证券&year=2026&sort=newest'));
    expect(state).toEqual({
      query: '可灵 融资',
      filters: { broker: ['国金证券', '华安证券'], sector: [], type: [], year: ['2026'] },
      sort: 'newest',
    });
  });

  it('ignores unknown parameters, unknown orders, blank and repeated values', () => {
    const state = readSearchParams(new URLSearchParams('q=&utm_source=x&sort=random&sector=&sector=互联网&sector=互联网'));
    expect(state).toEqual({ ...emptySearchState(), filters: { ...emptySearchState().filters, sector: ['互联网'] } });
  });

  it('round-trips: writing a state and reading it back gives the same state', () => {
    const state = { query: 'Gemini 3.5 Flash', filters: { broker: ['国信证券'], sector: ['互联网'], type: ['行业投资策略'], year: ['2026', '2024'] }, sort: 'oldest' as const };
    expect(readSearchParams(new URLSearchParams(toSearchParams(state).toString()))).toEqual(state);
  });

  it('writes only what is set, so an empty search is the bare search page', () => {
    expect(searchHref('/search/', emptySearchState())).toBe('/search/');
    expect(searchHref('/research/search/', { ...emptySearchState(), query: '可灵' })).toBe('/research/search/?q=%E5%8F%AF%E7%81%B5');
  });
});

describe('Pagefind options', () => {
  it('matches any chosen value within a facet and every facet together', () => {
    const state = toggleFilter(toggleFilter(toggleFilter(emptySearchState(), 'broker', '国金证券'), 'broker', '华安证券'), 'year', '2026');
    expect(pagefindOptions({ ...state, query: '可灵' })).toEqual({
      filters: { broker: { any: ['国金证券', '华安证券'] }, year: { any: ['2026'] } },
    });
  });

  it('sorts by date when asked, and lists filter-only searches newest first', () => {
    expect(pagefindOptions({ ...emptySearchState(), query: 'Codex', sort: 'oldest' })).toEqual({ sort: { date: 'asc' } });
    expect(pagefindOptions({ ...emptySearchState(), query: 'Codex' })).toEqual({});
    const filterOnly = toggleFilter(emptySearchState(), 'type', '行业周报');
    expect(pagefindOptions(filterOnly).sort).toEqual({ date: 'desc' });
  });

  it('toggling a value twice removes it again', () => {
    const twice = toggleFilter(toggleFilter(emptySearchState(), 'sector', '计算机'), 'sector', '计算机');
    expect(twice.filters.sector).toEqual([]);
    expect(hasCriteria(twice)).toBe(false);
    expect(hasCriteria(toggleFilter(twice, 'sector', '计算机'))).toBe(true);
  });
});
