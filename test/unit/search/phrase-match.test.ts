import { describe, expect, it } from 'vitest';
import { chains, exactQuery, holdsAsWord, isCode, longestRun, needsTextCheck, phraseResults, piecesOf, rankByPhrase, termPieces } from '~/lib/search/phrase-match.ts';
import { pageConstraints, termMatches } from '~/lib/search/sub-result-match.ts';

/** A search result whose link carries the highlight words Pagefind split the query into, and its page's text. */
const result = (id: string, words: number[], pieces: string[] = [], content = '') => ({
  id, score: 1, words,
  data: async () => ({ url: `/digests/${id}/?${pieces.map((p) => `highlight=${encodeURIComponent(p)}`).join('&')}`, excerpt: '', meta: {}, sub_results: [], content }),
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

describe('terms as Pagefind reads them', () => {
  it('split into the pieces Pagefind searches, punctuation dropped', () => {
    expect(termPieces('GPT-5.5')).toEqual(['gpt', '55']);
    expect(termPieces('0700.HK')).toEqual(['0700', 'hk']);
    expect(termPieces('H100')).toEqual(['h100']);
  });

  it('are codes when punctuation inside them splits them, not words at the ends', () => {
    expect(['0700.HK', 'GPT-5.5', 'o1-mini', '688506.SH'].map(isCode)).toEqual([true, true, true, true]);
    expect(['H100', 'Q1', '688506', '可灵', 'SK', '“可灵”', 'Wind：'].map(isCode)).toEqual([false, false, false, false, false, false, false]);
    expect(exactQuery('可灵')).toBe('"可 灵"'); // as Pagefind's own parser segments it
    expect(exactQuery('Trae.cn')).toBe('"traecn"');
  });
});

describe('a term in a page’s text', () => {
  it('is a whole word when it has a Latin end, anywhere when Chinese', () => {
    expect(holdsAsWord('TechRadar 报道，Kimi tech', 'Tech')).toBe(true);
    expect(holdsAsWord('TechRadar 报道', 'Tech')).toBe(false);
    expect(holdsAsWord('ChatGPT-5.51 与 GPT-4', 'GPT-5.5')).toBe(false);
    expect(holdsAsWord('腾讯控股0700.HK', '0700.HK')).toBe(true);
    expect(holdsAsWord('快手可灵AI', '可灵')).toBe(true);
    expect(['Tech', 'GPT-5.5', '可灵', '可灵AI'].map(needsTextCheck)).toEqual([true, true, false, true]);
  });
});

describe('chains of pieces', () => {
  it('count runs of adjacent positions once each with gap 1', () => {
    expect(chains([], 1)).toBe(0);
    expect(chains([7, 3], 1)).toBe(2);
    expect(chains([10, 11, 12, 40], 1)).toBe(2);
  });

  it('find a code whose pieces sit one position apart (0700 . hk), not pieces far apart', () => {
    // GPT at 10, - at 11, 5.5 at 12: a chain; GPT at 50 and 5.5 at 80 (GPT-4 … 5.5%): none.
    expect(chains([10, 12, 50, 80], 2, 2)).toBe(1);
    expect(chains([50, 80], 2, 2)).toBe(0);
  });
});

describe('results that hold every term', () => {
  const results = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('are those in every term’s pages, best summed score first, Pagefind’s order among equals', () => {
    const keling = new Map([['a', 1], ['b', 3], ['d', 1]]);
    const funding = new Map([['a', 2], ['b', 1], ['c', 9], ['d', 2]]);
    expect(phraseResults(results, [keling, funding]).map((r) => r.id)).toEqual(['b', 'a', 'd']);
  });

  it('keep Pagefind’s order when no term constrains (a listing by filters)', () => {
    expect(phraseResults(results, []).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('count the pieces the index split a term into from the highlight words of a result link', () => {
    expect(piecesOf('/digests/a/?highlight=%E5%8F%AF&highlight=%E7%81%B5#e-1')).toBe(2);
    expect(piecesOf('/digests/a/?highlight=codex')).toBe(1);
  });

  it('take a word’s pages from its exact search and its positions from its plain one', async () => {
    // 可灵 exactly: weekly and strategy (one position each); plainly, computer too (可能 … 灵活).
    const byQuery: Record<string, ReturnType<typeof result>[]> = {
      '"可 灵"': [result('weekly', [20]), result('strategy', [300])],
      可灵: [result('computer', [5, 6], ['可', '灵']), result('weekly', [20, 21, 60, 61], ['可', '灵']), result('strategy', [300, 301], ['可', '灵'])],
    };
    const matches = await termMatches(async (q) => ({ results: byQuery[q] ?? [] }), '可灵 融资');
    expect(matches[0]).toMatchObject({ pieces: 2, gap: 1 });
    expect([...matches[0]!.pages.keys()].sort()).toEqual(['strategy', 'weekly']);
    expect(matches[0]!.positions.get('weekly')).toEqual([20, 21, 60, 61]);
  });

  it('search a code piece by piece exactly, and keep the pages where its pieces chain', async () => {
    const byQuery: Record<string, ReturnType<typeof result>[]> = {
      '"可 灵"': [result('weekly', [20]), result('strategy', [300])],
      可灵: [result('weekly', [20, 21], ['可', '灵']), result('strategy', [300, 301], ['可', '灵'])],
      '"0700"': [result('weekly', [40]), result('computer', [5]), result('strategy', [7]), result('monthly', [3])],
      '"hk"': [result('weekly', [42]), result('computer', [90]), result('strategy', [9])],
      '0700.HK': [result('weekly', [40, 42], [], '腾讯控股(0700.HK)'), result('computer', [5, 90]), result('strategy', [7, 9], [], '0700.HK 腾讯'), result('monthly', [3, 4])],
    };
    const searched: string[] = [];
    const search = async (query: string) => {
      searched.push(query);
      return { results: byQuery[query] ?? [] };
    };
    const whole = { results: [result('computer', [5, 90]), result('strategy', [7, 9, 300]), result('weekly', [20, 21, 40, 42])] };
    const constraints = pageConstraints(await termMatches(search, '可灵 0700.HK', whole));
    expect(searched.sort()).toEqual(['"0700"', '"0700hk"', '"hk"', '"可 灵"', '0700.HK', '可灵']);
    expect(phraseResults(whole.results, constraints).map((r) => r.id).sort()).toEqual(['strategy', 'weekly']);
  });

  it('find a code the index keeps as one word, its pieces compound parts at one position', async () => {
    const byQuery: Record<string, ReturnType<typeof result>[]> = {
      '"zcodex"': [result('computer', [1647])],
      '"z"': [result('computer', [1647])],
      '"codex"': [result('computer', [1647]), result('weekly', [5])],
      'Z-Codex': [result('computer', [1647], [], 'Z-Codex 76%'), result('weekly', [5], [], 'Codex')],
    };
    expect(isCode('Z-Codex')).toBe(true);
    const matches = await termMatches(async (q) => ({ results: byQuery[q] ?? [] }), 'Z-Codex', { results: byQuery['Z-Codex']! });
    expect([...matches[0]!.pages.keys()]).toEqual(['computer']);
  });

  it('check a Latin word found on few pages against their text (the index holds tech inside TechRadar)', async () => {
    const byQuery: Record<string, ReturnType<typeof result>[]> = {
      '"tech"': [result('strategy', [9]), result('computer', [4])],
      Tech: [result('strategy', [9], [], 'Kimi Tech 发布'), result('computer', [4], [], 'TechRadar 报道')],
    };
    const matches = await termMatches(async (q) => ({ results: byQuery[q] ?? [] }), 'Tech 发布');
    expect([...matches[0]!.pages.keys()]).toEqual(['strategy']);
  });

  it('use the query’s own response as a one-term query’s plain search', async () => {
    const searched: string[] = [];
    const whole = { results: [result('weekly', [1, 2], ['可', '灵'])] };
    const matches = await termMatches(async (q) => (searched.push(q), { results: q === '"可 灵"' ? [result('weekly', [1])] : [] }), '可灵', whole);
    expect(searched).toEqual(['"可 灵"']);
    expect([...matches[0]!.pages.keys()]).toEqual(['weekly']);
  });

  it('find nothing for a term no page holds', async () => {
    const whole = { results: [result('a', [1, 2])] };
    expect(phraseResults(whole.results, pageConstraints(await termMatches(async () => ({ results: [] }), '量子 可灵', whole)))).toEqual([]);
  });
});
