import { describe, expect, it } from 'vitest';
import type { PagefindSubResult } from '~/lib/search/pagefind-client.ts';
import { resultHref, resultMetaLine, topSubResults } from '~/lib/search/result-view.ts';

function sub(title: string, scores: number[], anchored = true): PagefindSubResult & { weighted_locations: { balanced_score: number }[] } {
  return {
    title,
    url: `/digests/x/${anchored ? `#${title}` : ''}`,
    excerpt: '',
    ...(anchored ? { anchor: { id: title, element: 'article' } } : {}),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  };
}

describe('sub-results under a search result', () => {
  it('keeps the strongest matches, shown in page order, and leaves out the page itself', () => {
    const subs = [sub('page', [90], false), sub('s1', [1]), sub('event', [40, 30]), sub('s2', [5]), sub('s3', [20])];
    expect(topSubResults(subs, 2).map((s) => s.title)).toEqual(['event', 's3']);
  });

  it('returns all anchored parts when there are fewer than the limit', () => {
    expect(topSubResults([sub('s1', [1])], 3).map((s) => s.title)).toEqual(['s1']);
  });
});

describe('result links and metadata', () => {
  it('drops an empty highlight parameter but keeps real ones and the anchor', () => {
    expect(resultHref('/digests/a/?highlight=')).toBe('/digests/a/');
    expect(resultHref('/digests/a/?highlight=#e-1')).toBe('/digests/a/#e-1');
    expect(resultHref('/digests/a/?highlight=%E5%8F%AF#e-1')).toBe('/digests/a/?highlight=%E5%8F%AF#e-1');
  });

  it('shows broker, date and rating, skipping what is missing', () => {
    expect(resultMetaLine({ broker: '国金证券', date: '2026-07-03', rating: '维持 · 买入', title: 't' })).toBe('国金证券 · 2026-07-03 · 维持 · 买入');
    expect(resultMetaLine({ broker: '国金证券', title: 't' })).toBe('国金证券');
  });
});
