import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchResponses, transferBytes, type SeenResponse } from '../../../scripts/bench/lib/search-latency.ts';

describe('searchResponses', () => {
  const seen: SeenResponse[] = [
    { path: '/digests/x/', bytes: 9000, afterIdle: false },
    { path: '/_astro/site.css', bytes: 2000, afterIdle: false },
    // Preloaded while the page was idle, before the reader typed: still the search's cost.
    { path: '/pagefind/pagefind.js', bytes: 13000, afterIdle: false },
    { path: '/pagefind/wasm.unknown.pagefind', bytes: 55000, afterIdle: false },
    { path: '/pagefind/index/zh-cn_1.pf_index', bytes: 14000, afterIdle: true },
    // Anything the page fetches once the reader searches counts, inside the bundle or not.
    { path: '/digests/x/page-data.json', bytes: 700, afterIdle: true },
  ];

  it('counts the bundle whenever fetched and everything after idle, not the page itself', () => {
    const paths = searchResponses(seen, '/pagefind/').map((r) => r.path);
    expect(paths).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/pagefind/index/zh-cn_1.pf_index', '/digests/x/page-data.json']);
  });

  it('follows the bundle path of a site under a base', () => {
    const based = seen.map((r) => ({ ...r, path: r.path.replace('/pagefind/', '/base/pagefind/') }));
    expect(searchResponses(based, '/base/pagefind/').reduce((sum, r) => sum + r.bytes, 0)).toBe(13000 + 55000 + 14000 + 700);
    expect(searchResponses(based, '/pagefind/').map((r) => r.path)).toEqual(['/base/pagefind/index/zh-cn_1.pf_index', '/digests/x/page-data.json']);
  });
});

describe('transferBytes', () => {
  it('gzips text and leaves binary as it is', () => {
    const text = Buffer.from('搜索'.repeat(500));
    expect(transferBytes(text, 'text/javascript; charset=utf-8')).toBe(gzipSync(text).length);
    expect(transferBytes(text, 'application/octet-stream')).toBe(text.length);
  });
});
