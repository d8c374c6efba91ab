import { describe, expect, it } from 'vitest';
import { byDate, countFacets, passesFilters, type FacetIndex } from '~/lib/search/facet-index.ts';
import { facetOptions } from '~/lib/search/facet-view.ts';
import { UNDATED_SORT_KEY, searchIndexFields } from '~/lib/search/index-fields.ts';
import { emptySearchState, toggleFilter } from '~/lib/search/search-state.ts';

const all = { broker: { 国金证券: 2, 国信证券: 2, 华安证券: 1 }, year: { 2023: 1, 2024: 1, 2026: 2 } };

describe('filter options on the search page', () => {
  it('lists values with results, most results first, names breaking ties', () => {
    const counts = { broker: { 国金证券: 1, 国信证券: 2, 华安证券: 0 } };
    expect(facetOptions('broker', all, counts, emptySearchState())).toEqual([
      { value: '国信证券', count: 2, checked: false },
      { value: '国金证券', count: 1, checked: false },
    ]);
  });

  it('keeps a chosen value even when nothing matches it any more', () => {
    const state = toggleFilter(emptySearchState(), 'broker', '华安证券');
    expect(facetOptions('broker', all, { broker: {} }, state)).toEqual([{ value: '华安证券', count: 0, checked: true }]);
  });

  it('lists years newest first', () => {
    expect(facetOptions('year', all, all, emptySearchState()).map((o) => o.value)).toEqual(['2026', '2024', '2023']);
  });
});

describe('what the index records about a digest', () => {
  it('gives the four facets, the metadata a result shows, and the date to sort by', () => {
    const fields = searchIndexFields({
      broker: '国金证券', sector: '互联网', reportType: '行业周报', date: '2026-07-03', rating: { value: '买入', action: '维持' },
    });
    expect(fields).toEqual({
      filters: [['broker', '国金证券'], ['sector', '互联网'], ['type', '行业周报'], ['year', '2026']],
      meta: [['broker', '国金证券'], ['date', '2026-07-03'], ['rating', '维持 · 买入']],
      sortDate: '2026-07-03',
    });
  });

  it('leaves out what a report lacks, and sorts an undated report last', () => {
    const fields = searchIndexFields({ broker: '国金证券', sector: null, reportType: null, date: null, rating: null });
    expect(fields.filters).toEqual([['broker', '国金证券']]);
    expect(fields.meta).toEqual([['broker', '国金证券']]);
    expect(fields.sortDate).toBe(UNDATED_SORT_KEY);
  });
});

describe('filtering and counting phrase-matched results', () => {
  const index: FacetIndex = {
    pages: {
      broker: new Map([['国金证券', new Set(['weekly', 'computer'])], ['国信证券', new Set(['monthly', 'strategy'])]]),
      sector: new Map([['互联网', new Set(['weekly', 'strategy'])]]),
      type: new Map(),
      year: new Map([['2026', new Set(['weekly', 'strategy'])], ['2024', new Set(['monthly'])]]),
    },
    newestFirst: ['weekly', 'strategy', 'monthly', 'computer'],
  };

  it('keeps results with a chosen value of every facet', () => {
    const state = toggleFilter(toggleFilter(emptySearchState(), 'broker', '国信证券'), 'year', '2026');
    expect(['weekly', 'strategy', 'monthly'].filter((id) => passesFilters(id, state, index))).toEqual(['strategy']);
  });

  it("counts each facet's values with the other facets applied, not its own", () => {
    const state = toggleFilter(emptySearchState(), 'broker', '国金证券');
    const counts = countFacets(['weekly', 'computer', 'monthly'], state, index);
    expect(counts.broker).toEqual({ 国金证券: 2, 国信证券: 1 });
    expect(counts.year).toEqual({ 2026: 1 });
  });

  it('orders by date either way, with undated reports last', () => {
    const items = ['computer', 'monthly', 'weekly', 'strategy'].map((id) => ({ id }));
    expect(byDate(items, index, 'newest').map((i) => i.id)).toEqual(['weekly', 'strategy', 'monthly', 'computer']);
    expect(byDate(items, index, 'oldest').map((i) => i.id)).toEqual(['monthly', 'strategy', 'weekly', 'computer']);
  });
});
