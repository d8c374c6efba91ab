import { describe, expect, it } from 'vitest';
import { digestText } from '../../../scripts/bench/lib/search-quality/digest-text.ts';
import { chineseWords, latinWordsAndCodes, makeQueries } from '../../../scripts/bench/lib/search-quality/queries.ts';
import { occurrences, relevantDigests, scoreSearch } from '../../../scripts/bench/lib/search-quality/scoring.ts';

const page = (body: string) => `<html><body><header>页眉 可灵</header><article data-pagefind-body>${body}</article></body></html>`;

describe('queries made from an archive’s text', () => {
  it('takes codes whole, with their dots and dashes, and leaves plain numbers out', () => {
    const text = '腾讯控股(0700.HK)发布 GPT-5.5，采购 H100；Q1 营收增长 3.2%，688506.SH 与 688506，2024 年。';
    expect(latinWordsAndCodes(text)).toEqual(['0700.HK', 'GPT-5.5', 'H100', 'Q1', '688506.SH', '688506']);
  });

  it('leaves out runs longer than a reader types (chart labels read as one)', () => {
    expect(latinWordsAndCodes('图表 427.30x2.942.892.772.672.160.91 与 H20')).toEqual(['H20']);
  });

  it('takes Chinese words of two characters or more from the segmenter', () => {
    const words = chineseWords('国家新闻出版署公布了 11 月游戏版号');
    expect(words).toContain('游戏');
    expect(words.every((w) => /^[\u3400-\u9fff]{2,}$/.test(w))).toBe(true);
  });

  it('makes the same queries for the same seed, other ones for another, each of its kind', () => {
    const texts = ['可灵首轮外部融资落地，快手 Q1 收入增长', '腾讯控股 0700.HK 游戏版号下发', '英伟达 H100 与 GPT-5.5 推理需求'];
    const queries = makeQueries(texts, 3, 7);
    expect(makeQueries(texts, 3, 7)).toEqual(queries);
    expect(makeQueries(texts, 3, 8)).not.toEqual(queries);
    for (const q of queries) expect(texts.some((t) => q.terms.every((term) => t.includes(term)))).toBe(true);
    expect(queries.filter((q) => q.kind === 'code').every((q) => /[A-Za-z0-9]/.test(q.text))).toBe(true);
    expect(queries.filter((q) => q.kind === 'two').every((q) => q.terms.length === 2)).toBe(true);
  });
});

describe('a digest’s indexed text', () => {
  const text = digestText(page(
    '<section class="summary-card"><h1>可灵融资</h1><dl><dt>券商</dt><dd>国金证券</dd></dl></section>' +
      '<p>前言</p><h2 id="s-1">行情<a data-pagefind-ignore>#</a></h2><p>可疑活动</p><article id="e-1" data-pagefind-title="快手：可灵"><h4>快手：可灵</h4><p>可灵 可灵</p></article>',
  ));

  it('is the indexed article only, cut at each sub-result, ignored elements left out', () => {
    expect(text.parts.get('s-1')).toBe('行情\n可疑活动');
    expect(text.parts.get('e-1')).toBe('快手：可灵\n可灵 可灵');
    expect(text.text).not.toContain('页眉');
    expect(text.text).not.toContain('#');
  });

  it('starts a part only where Pagefind starts a sub-result: a heading with an id and text, or an element with data-pagefind-title', () => {
    const cut = digestText(page(
      '<h2 id="s-1">行情</h2><p>一</p><figure id="fig-1"><figcaption>来源：研究所</figcaption></figure>' +
        '<article id="e-1" data-pagefind-title="事件"><h4>事件</h4><p>二</p></article><h2 id="empty"></h2><p>三</p>',
    ));
    expect([...cut.parts.keys()]).toEqual(['', 's-1', 'e-1']);
    expect(cut.parts.get('s-1')).toBe('行情\n一\n来源：研究所');
    expect(cut.parts.get('e-1')).toBe('事件\n二\n三');
  });

  it('keeps blocks apart, so a label never runs into its value', () => {
    expect(text.head).toBe('可灵融资\n券商\n国金证券');
  });
});

describe('scoring a search', () => {
  const digests = new Map([
    ['a', digestText(page('<section class="summary-card"><h1>可灵融资</h1></section><h2 id="s-1">一</h2><p>可灵</p><h2 id="s-2">二</h2><p>可疑</p><h2 id="s-3">三</h2><p>可灵 可灵</p>'))],
    ['b', digestText(page('<h1>周报</h1><p>可灵</p>'))],
    ['c', digestText(page('<h1>月报</h1><p>可能</p>'))],
  ]);
  const query = { kind: 'zh' as const, text: '可灵', terms: ['可灵'] };

  it('counts a digest relevant when its text holds every term, ignoring case', () => {
    expect([...relevantDigests(digests, query)].sort()).toEqual(['a', 'b']);
    expect(occurrences('GPT-5.5 与 gpt-5.5', ['GPT-5.5'])).toBe(2);
    expect(occurrences('可灵', ['可灵', '融资'])).toBe(0);
  });

  it('finds a Latin term only as a whole word, a Chinese one anywhere', () => {
    expect(occurrences('SK 海力士的 risk 与 SKT', ['SK'])).toBe(1);
    expect(occurrences('Windows 与 Wind 数据', ['wind'])).toBe(1);
    expect(occurrences('Q1、Q12 与 2025Q1', ['Q1'])).toBe(1);
    expect(occurrences('腾讯控股0700.HK，0700.HKD', ['0700.HK'])).toBe(1);
    expect(occurrences('快手可灵AI', ['可灵'])).toBe(1);
    expect(occurrences('发布 GPT-5.5 与 GPT-5.51', ['GPT-5.5'])).toBe(1);
  });

  it('scores precision, recall, count, top-1, sub-results and head-first order', () => {
    const shown = { total: 3, results: [{ slug: 'b', subAnchors: [] }, { slug: 'c', subAnchors: [] }, { slug: 'a', subAnchors: ['s-2', 's-1'] }] };
    const score = scoreSearch(query, shown, digests);
    expect(score).toMatchObject({ relevant: 2, recall: 1, countExact: false, top1: true, subListed: 2, subHolding: 1, subLists: 1, subBestFirst: 0, headFirst: false });
    expect(score.precision).toBeCloseTo(2 / 3);
  });

  it('counts the best sub-result first when the first listed holds the terms most often', () => {
    const shown = { total: 2, results: [{ slug: 'a', subAnchors: ['s-3', 's-1'] }, { slug: 'b', subAnchors: [] }] };
    expect(scoreSearch(query, shown, digests)).toMatchObject({ precision: 1, countExact: true, subHolding: 2, subBestFirst: 1, headFirst: true });
  });
});
