import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cardHref, cardShardOf, loadCards } from '~/lib/search/result-cards.ts';
import { resultCards, writeResultCards } from '../../../scripts/lib/search-cards.ts';

/** A fragment file as Pagefind 1.6 writes it: gzip of the signature and the page's JSON. */
const fragment = (url: string, meta: Record<string, string>) =>
  gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url, content: '正文'.repeat(200), meta, anchors: [] }))]));

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function bundle(fragments: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cards-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'fragment'));
  for (const [name, body] of Object.entries(fragments)) writeFileSync(join(dir, 'fragment', name), body);
  return dir;
}

describe('result cards at build', () => {
  const dir = bundle({
    'zh-cn_27de51c.pf_fragment': fragment('/digests/a/', { title: '互联网行业月报', broker: '国信证券', date: '2024-12-02' }),
    'zh-cn_277dd31.pf_fragment': fragment('/digests/b/', { title: '面板价格延续强势', broker: '长城证券', date: '2021-05-09', rating: '强于大市' }),
    'zh-cn_c9e737b.pf_fragment': fragment('/digests/c/', { title: '计算机周报' }),
  });

  it('keeps each page’s URL and metadata, not its text, in the shard of its hash’s first two characters', () => {
    const shards = resultCards(dir);
    expect([...shards.keys()].sort()).toEqual(['zh-cn_27', 'zh-cn_c9']);
    expect(shards.get('zh-cn_27')!['zh-cn_277dd31']).toEqual({ url: '/digests/b/', meta: { title: '面板价格延续强势', broker: '长城证券', date: '2021-05-09', rating: '强于大市' } });
    expect(JSON.stringify([...shards.values()])).not.toContain('正文');
  });

  it('writes one JSON file per shard, replacing an earlier build’s', () => {
    mkdirSync(join(dir, 'cards'));
    writeFileSync(join(dir, 'cards', 'zh-cn_ff.json'), '{}');
    expect(writeResultCards(dir)).toBe(2);
    expect(readdirSync(join(dir, 'cards')).sort()).toEqual(['zh-cn_27.json', 'zh-cn_c9.json']);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'cards', 'zh-cn_27.json'), 'utf8'))).sort()).toEqual(['zh-cn_277dd31', 'zh-cn_27de51c']);
  });
});

describe('result cards in the browser', () => {
  it('names the shard by language and the hash’s first two characters', () => {
    expect(cardShardOf('zh-cn_27de51c')).toBe('zh-cn_27');
    expect(cardShardOf('en_0a1')).toBe('en_0a');
  });

  it('links the page with each word of the query as a highlight parameter', () => {
    expect(cardHref({ url: '/digests/a/', meta: {} }, ' 可灵  融资 ', 'highlight')).toBe(`/digests/a/?highlight=${encodeURIComponent('可灵')}&highlight=${encodeURIComponent('融资')}`);
    expect(cardHref({ url: 'https://example.com/r/digests/a/', meta: {} }, 'Codex', 'highlight')).toBe('https://example.com/r/digests/a/?highlight=Codex');
  });

  it('loads each shard once, and gives no cards when one is missing (an index built without them)', async () => {
    const requested: string[] = [];
    const shards: Record<string, object> = { '/b/cards/zh-cn_27.json': { 'zh-cn_27de51c': { url: '/digests/a/', meta: { title: 'A' } }, 'zh-cn_277dd31': { url: '/digests/b/', meta: {} } } };
    globalThis.fetch = (async (url: string) => {
      requested.push(url);
      return shards[url] ? new Response(JSON.stringify(shards[url])) : new Response('', { status: 404 });
    }) as typeof fetch;
    const cards = await loadCards('/b/', ['zh-cn_27de51c', 'zh-cn_277dd31']);
    expect(cards?.map((c) => c.url)).toEqual(['/digests/a/', '/digests/b/']);
    expect(requested).toEqual(['/b/cards/zh-cn_27.json']);
    expect(await loadCards('/b/', ['zh-cn_27de51c', 'zh-cn_c9e737b'])).toBeNull();
  });
});
