import { describe, expect, it } from 'vitest';
import type { PagefindSubResult } from '~/lib/search/pagefind-client.ts';
import { matchingSubResults, phraseRuns, type TermMatch } from '~/lib/search/sub-result-match.ts';

function part(id: string, locations: number[], score = 1, anchored = true): PagefindSubResult & { weighted_locations: { balanced_score: number }[] } {
  return {
    title: id, url: `/digests/p/${anchored ? `#${id}` : ''}`, excerpt: '', locations,
    ...(anchored ? { anchor: { id, element: 'h2' } } : {}),
    weighted_locations: locations.map(() => ({ balanced_score: score })),
  };
}

const term = (text: string, pieces: number, positions: number[]): TermMatch => ({ term: text, pieces, positions: new Map([['p', positions]]) });

describe('runs of a phrase inside a part', () => {
  it('counts each run of at least the term’s pieces once', () => {
    expect(phraseRuns([], 2)).toBe(0);
    expect(phraseRuns([1, 5, 9], 2)).toBe(0);
    expect(phraseRuns([1, 2, 3, 9, 10, 20], 2)).toBe(2);
    expect(phraseRuns([7, 3], 1)).toBe(2);
  });
});

describe('sections and events listed under a result', () => {
  // 可灵 is 可 + 灵 to the index: positions 10,11 and 40,41 hold it; 20 (可疑) and 30 (可能) do not.
  const keling = term('可灵', 2, [10, 11, 20, 30, 40, 41]);

  it('lists only the parts holding the phrase, not those with one of its pieces', () => {
    const subs = [part('s-1', [20], 50), part('e-1', [10, 11]), part('s-2', [30], 50)];
    expect(matchingSubResults(subs, 'p', [keling], 3).map((s) => s.title)).toEqual(['e-1']);
  });

  it('puts the part holding the query most often first, whatever its place on the page', () => {
    const subs = [part('s-1', [10, 11]), part('s-9', [40, 41, 20]), part('e-3', [40, 41, 10, 11])];
    expect(matchingSubResults(subs, 'p', [term('可灵', 2, [10, 11, 20, 40, 41])], 2).map((s) => s.title)).toEqual(['e-3', 's-9']);
  });

  it('needs every term of the query in the part, and leaves out the page before its first anchor', () => {
    const funding = term('融资', 1, [12, 50]);
    const subs = [part('page', [10, 11, 12], 9, false), part('s-1', [10, 11]), part('s-2', [40, 41, 50])];
    expect(matchingSubResults(subs, 'p', [keling, funding], 3).map((s) => s.title)).toEqual(['s-2']);
  });

  it('lists nothing without a query (a listing by filters alone)', () => {
    expect(matchingSubResults([part('s-1', [])], 'p', [], 3)).toEqual([]);
  });
});
