import { describe, expect, it } from 'vitest';
import { longestRun, phrasePages, phraseResults, piecesOf, rankByPhrase, splittableTerms } from '~/lib/search/phrase-match.ts';
import { pageConstraints, termMatches } from '~/lib/search/sub-result-match.ts';

/** A search result whose link carries the highlight words Pagefind split the query into. */
const result = (id: string, words: number[], pieces: string[] = []) => ({
  id, score: 1, words,
  data: async () => ({ url: `/digests/${id}/?${pieces.map((p) => `highlight=${encodeURIComponent(p)}`).join('&')}`, excerpt: '', meta: {}, sub_results: [] }),
});

describe('runs of adjacent matched words', () => {
  it('measures the longest run, in any order of discovery', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([40, 7])).toBe(1);
    expect(longestRun([12, 10, 11, 30, 31])).toBe(3);
  });

  it('puts the page holding a split phrase side by side before a page with its pieces scattered', () => {
    // 游戏版号 is searched as 游戏 + 版 + 号: a long page with scattered pieces scores higher in Pagefind.
    const scattered = { id: 'weekly-2023', words: [3, 50, 51, 90, 400] };
    const phrase = { id: 'strategy-2024', words: [200, 201, 202] };
    expect(rankByPhrase([scattered, phrase]).map((r) => r.id)).toEqual(['strategy-2024', 'weekly-2023']);
  });

  it("keeps Pagefind's order among results with equal runs", () => {
    const results = [{ id: 'a', words: [1] }, { id: 'b', words: [9] }, { id: 'c', words: [4, 5] }, { id: 'd', words: [2] }];
    expect(rankByPhrase(results).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('terms the index may split', () => {
  it('are Chinese terms of two or more characters', () => {
    expect(splittableTerms('可灵 融资')).toEqual(['可灵', '融资']);
    expect(splittableTerms('0700.HK 腾讯')).toEqual(['腾讯']);
    expect(splittableTerms('Gemini 3.5 Flash')).toEqual([]);
    expect(splittableTerms('Codex 灵 PDD')).toEqual([]);
  });
});

describe('pages that hold a term as a phrase', () => {
  it('count the pieces the index split a term into from the highlight words of a result link', () => {
    expect(piecesOf('/digests/a/?highlight=%E5%8F%AF&highlight=%E7%81%B5#e-1')).toBe(2);
    expect(piecesOf('/digests/a/?highlight=codex')).toBe(1);
  });

  it('are those with a run at least as long as the term has pieces, even when another page runs longer', () => {
    // 可灵可以… gives a run of 3 for the two pieces 可 + 灵: both pages hold 可灵.
    const pages = phrasePages([result('weekly', [10, 11]), result('monthly', [5, 6, 7]), result('computer', [3, 90])], 2);
    expect([...pages!].sort()).toEqual(['monthly', 'weekly']);
  });

  it('constrain nothing when the index keeps the term whole', () => {
    expect(phrasePages([result('a', [1, 9])], 1)).toBeNull();
  });

  it('filter a query to the pages holding each split term, searching each term once', async () => {
    const byTerm: Record<string, ReturnType<typeof result>[]> = {
      可灵: [result('weekly', [20, 21], ['可', '灵']), result('computer', [5, 70], ['可', '灵'])],
      融资: [result('weekly', [22], ['融资']), result('computer', [71], ['融资']), result('hazq', [9], ['融资'])],
    };
    const searched: string[] = [];
    const search = async (term: string) => {
      searched.push(term);
      return { results: byTerm[term] ?? [] };
    };
    const whole = { results: [result('computer', [5, 70, 71]), result('weekly', [20, 21, 22])] };
    const constraints = pageConstraints(await termMatches(search, '可灵 融资', whole));
    expect(searched).toEqual(['可灵', '融资']);
    expect(phraseResults(whole.results, constraints).map((r) => r.id)).toEqual(['weekly']);
  });

  it('finds nothing for a split term no page holds', async () => {
    const whole = { results: [] };
    expect(phraseResults(whole.results, pageConstraints(await termMatches(async () => ({ results: [] }), '量子 可灵', whole)))).toEqual([]);
  });
});
