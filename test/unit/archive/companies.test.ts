import { describe, expect, it } from 'vitest';
import { companiesByDigest, companiesOf, companyKey, companyPath, companySlug, isIndexName, normalizeTicker } from '~/lib/companies.ts';

type Named = { name: string; ticker: string | null };
interface Spec {
  date?: string | null;
  subject?: Named | null;
  companies?: Named[];
  movers?: { name: string; change: number; section?: string | null }[];
  events?: { id: string; date: string | null; companies: string[] }[];
}

const digest = (id: string, spec: Spec) => ({
  id,
  data: {
    title: `研报 ${id}`,
    broker: '国金证券',
    date: spec.date === undefined ? '2026-07-03' : spec.date,
    subject: spec.subject ?? null,
    companies: spec.companies ?? [],
    movers: (spec.movers ?? []).map((m) => ({ section: null, ...m })),
    events: (spec.events ?? []).map((e) => ({ ...e, title: `事件 ${e.id}` })),
  },
});

const byName = (list: ReturnType<typeof companiesOf>, name: string) => list.find((c) => c.names.includes(name));

describe('names and tickers', () => {
  it('drops Hong Kong share-class suffixes when comparing names', () => {
    expect(['快手-W', '京东集团-SW', '网易-S', '某公司-SWR', '快手', '快手 - W'].map(companyKey)).toEqual(['快手', '京东集团', '网易', '某公司', '快手', '快手']);
    expect(companyKey('谷歌 A')).toBe('谷歌 A');
  });

  it('spells tickers one way', () => {
    expect(normalizeTicker('700.hk')).toBe('0700.HK');
    expect(normalizeTicker('0700. HK')).toBe('0700.HK');
    expect(normalizeTicker('09988.HK')).toBe('9988.HK');
    expect(normalizeTicker('pdd.o')).toBe('PDD.O');
  });

  it('recognises market indices, which are not companies', () => {
    expect(['上证指数', '创业板指', '沪深300', '沪深 300', '纳斯达克指数'].every(isIndexName)).toBe(true);
    expect(['腾讯控股', '指南针', '中证数据'].some(isIndexName)).toBe(false);
  });

  it('makes readable slugs from tickers and stable fingerprints from names', () => {
    expect(companySlug('腾讯控股', '0700.HK')).toBe('0700-hk');
    expect(companySlug('拼多多', 'PDD.O')).toBe('pdd-o');
    const slug = companySlug('耀才证券金融', null);
    expect(slug).toMatch(/^c-[0-9a-f]{8}$/);
    expect(companySlug('耀才证券金融', null)).toBe(slug);
    expect(companySlug('老虎证券', null)).not.toBe(slug);
    expect(companyPath('0700-hk')).toBe('/companies/0700-hk/');
  });
});

describe('companiesOf', () => {
  const digests = [
    digest('weekly', {
      date: '2026-07-03',
      companies: [{ name: '腾讯控股', ticker: null }, { name: '快手', ticker: null }],
      movers: [{ name: '腾讯控股', change: 4.71, section: 's1-1' }, { name: '上证指数', change: 1.2 }, { name: '快手', change: -1 }],
      events: [{ id: 'e-2026-07-01-x', date: '2026-07-01', companies: ['腾讯控股', '快手'] }, { id: 'e-undated-y', date: null, companies: ['腾讯控股'] }],
    }),
    digest('strategy', { date: '2026-05-30', companies: [{ name: '腾讯控股', ticker: '0700.HK' }, { name: '快手-W', ticker: '1024.HK' }] }),
    digest('old', {
      date: '2023-07-16',
      companies: [{ name: '快手-W', ticker: '1024.HK' }, { name: '腾讯控股', ticker: '0700.HK' }],
      events: [{ id: 'e-2023-07-13-z', date: '2023-07-13', companies: ['快手-W', '腾讯控股'] }],
    }),
    digest('note', { date: null, subject: { name: '老虎证券', ticker: null } }),
  ];
  const companies = companiesOf(digests);

  it('lists, for each digest, the companies it names with the slug of their page', () => {
    const byDigest = companiesByDigest(companies);
    expect(byDigest.get('weekly')).toEqual([
      { slug: '0700-hk', name: '腾讯控股', ticker: '0700.HK' },
      { slug: '1024-hk', name: '快手-W', ticker: '1024.HK' },
    ]);
    expect(byDigest.get('note')?.map((c) => c.name)).toEqual(['老虎证券']);
  });

  it("orders a digest's companies as the report first names them, whatever the rest of the archive covers", () => {
    // 'old' names 快手-W first; across the archive 腾讯控股 is covered more.
    expect(companiesByDigest(companies).get('old')?.map((c) => c.name)).toEqual(['快手-W', '腾讯控股']);
    const more = [...digests, ...['a', 'b', 'c'].map((id) => digest(id, { date: '2026-01-01', companies: [{ name: '快手-W', ticker: '1024.HK' }] }))];
    expect(companiesByDigest(companiesOf(more)).get('weekly')).toEqual(companiesByDigest(companies).get('weekly'));
  });

  it('merges a name with the ticker the data pairs it with, across digests', () => {
    const tencent = byName(companies, '腾讯控股')!;
    expect(tencent).toMatchObject({ slug: '0700-hk', name: '腾讯控股', ticker: '0700.HK', tickers: ['0700.HK'] });
    expect(tencent.digests.map((d) => d.id)).toEqual(['weekly', 'strategy', 'old']);
  });

  it('treats 快手 and 快手-W as one company named by its most frequent form', () => {
    const kuaishou = companies.filter((c) => c.names.some((n) => companyKey(n) === '快手'));
    expect(kuaishou).toHaveLength(1);
    expect(kuaishou[0]).toMatchObject({ slug: '1024-hk', name: '快手-W', names: ['快手-W', '快手'] });
  });

  it('lists every event naming the company, newest first, undated last', () => {
    const tencent = byName(companies, '腾讯控股')!;
    expect(tencent.events.map((e) => [e.digest.id, e.event.id])).toEqual([
      ['weekly', 'e-2026-07-01-x'],
      ['old', 'e-2023-07-13-z'],
      ['weekly', 'e-undated-y'],
    ]);
    expect(byName(companies, '快手')!.events.map((e) => e.event.id)).toEqual(['e-2026-07-01-x', 'e-2023-07-13-z']);
  });

  it('keeps each reported price move with its digest and section', () => {
    const moves = byName(companies, '腾讯控股')!.moves;
    expect(moves.map((m) => [m.digest.id, m.name, m.change, m.section])).toEqual([['weekly', '腾讯控股', 4.71, 's1-1']]);
  });

  it('leaves indices out and gives a company without a ticker a name fingerprint', () => {
    expect(companies.some((c) => c.names.includes('上证指数'))).toBe(false);
    const tiger = byName(companies, '老虎证券')!;
    expect(tiger.slug).toBe(companySlug('老虎证券', null));
    expect(tiger.digests.map((d) => d.id)).toEqual(['note']);
  });

  it('gives each company a unique slug that does not depend on the other companies', () => {
    const slugs = companies.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const alone = companiesOf([digests[3]!]);
    expect(alone.map((c) => c.slug)).toEqual([byName(companies, '老虎证券')!.slug]);
  });

  it('sorts the most-mentioned companies first', () => {
    expect(companies.map((c) => c.name)).toEqual(['腾讯控股', '快手-W', '老虎证券']);
  });

  it('accepts digests without a companies list (older frontmatter)', () => {
    const { companies: _omitted, ...data } = digests[1]!.data;
    const listed = companiesOf([{ id: 'x', data: { ...data, subject: { name: '拼多多', ticker: 'PDD.O' } } }]);
    expect(listed.map((c) => c.slug)).toEqual(['pdd-o']);
  });
});
