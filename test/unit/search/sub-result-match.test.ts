import { describe, expect, it } from 'vitest';
import type { PagefindSubResult } from '~/lib/search/pagefind-client.ts';
import { matchingSubResults, orderedChains, pageWords, type TermMatch } from '~/lib/search/sub-result-match.ts';

function part(id: string, locations: number[], score = 1, anchored = true): PagefindSubResult & { weighted_locations: { balanced_score: number }[] } {
  return {
    title: id, url: `/digests/p/${anchored ? `#${id}` : ''}`, excerpt: '', locations,
    ...(anchored ? { anchor: { id, element: 'h2' } } : {}),
    weighted_locations: locations.map(() => ({ balanced_score: score })),
  };
}

/** A term's positions on page p: a code's pieces (gap 2), else exact positions (pieces 1). */
const term = (text: string, pieces: number, positions: number[], gap = 1, latin: string[] = []): TermMatch => ({ term: text, pieces, gap, latin, positions: new Map([['p', positions]]), pages: new Map([['p', 1]]) });

describe('sections and events listed under a result', () => {
  // The exact search for 可灵 gives its positions 10,11 and 40,41; 20 (可疑) and 30 (可能) are the query's other matches.
  const keling = term('可灵', 1, [10, 11, 40, 41]);

  it('lists only the parts holding the phrase, not those with one of its pieces', () => {
    const subs = [part('s-1', [20], 50), part('e-1', [10, 11]), part('s-2', [30], 50)];
    expect(matchingSubResults(subs, 'p', [keling], 3).map((s) => s.title)).toEqual(['e-1']);
  });

  it('puts the part holding the query most often first, whatever its place on the page', () => {
    const subs = [part('s-1', [10, 11]), part('s-9', [40, 41, 20]), part('e-3', [40, 41, 10, 11])];
    expect(matchingSubResults(subs, 'p', [term('可灵', 1, [10, 11, 40, 41])], 2).map((s) => s.title)).toEqual(['e-3', 's-9']);
  });

  it('needs every term of the query in the part, and leaves out the page before its first anchor', () => {
    const funding = term('融资', 1, [12, 50]);
    const subs = [part('page', [10, 11, 12], 9, false), part('s-1', [10, 11]), part('s-2', [40, 41, 50])];
    expect(matchingSubResults(subs, 'p', [keling, funding], 3).map((s) => s.title)).toEqual(['s-2']);
  });

  it('finds a code in the part where its pieces chain, not where one piece stands alone', () => {
    // 0700 . hk at 10, 12 in s-1; hk alone at 30 in s-2.
    const subs = [part('s-1', [10, 12]), part('s-2', [30], 50)];
    expect(matchingSubResults(subs, 'p', [term('0700.HK', 2, [10, 12, 30], 2)], 3).map((s) => s.title)).toEqual(['s-1']);
  });

  it('counts a Latin term only where its word stands alone, not inside a longer one (ai in OpenAI)', () => {
    // Words by position: 0 OpenAI, 1 发布, 2 AI, 3 。 — s-1 holds only OpenAI, s-2 holds AI.
    const words = ['OpenAI ', '发布', 'AI', '。'];
    const subs = [part('s-1', [0], 50), part('s-2', [2])];
    expect(matchingSubResults(subs, 'p', [term('AI', 1, [0, 2], 1, ['ai'])], 3, words).map((s) => s.title)).toEqual(['s-2']);
    expect(pageWords({ raw_content: 'OpenAI \u200b发布\u200bAI' })).toEqual(['OpenAI ', '发布', 'AI']);
    expect(pageWords({ raw_content: 'plain text' })).toBeNull();
  });

  it('finds a code only where its pieces stand in order (PE-TTM, not PE 2024E PE)', () => {
    const words = ['PE', '-', 'TTM', '为', 'PE', ' ', 'PE', '2024E'];
    const subs = [part('s-1', [0, 2]), part('table-1', [4, 6], 50)];
    expect(matchingSubResults(subs, 'p', [term('PE-TTM', 2, [0, 2, 4, 6], 2, ['pe', 'ttm'])], 3, words).map((s) => s.title)).toEqual(['s-1']);
    expect(orderedChains([0, 2, 4, 6], ['pe', 'ttm'], 2, words)).toBe(1);
  });

  it('lists nothing without a query (a listing by filters alone)', () => {
    expect(matchingSubResults([part('s-1', [])], 'p', [], 3)).toEqual([]);
  });
});
