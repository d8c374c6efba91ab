import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight, SiteFiles } from '../../../scripts/bench/lib/page-weight.ts';

const PAGEFIND_GZIP = gzipSync(Buffer.from('pretend index data'));

/** A built site with one digest page: its own CSS and JS (one import deep) and a search box. */
const SITE: Record<string, string | Buffer> = {
  'digests/x/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>' +
    '<div id="site-search"></div><script type="module" src="/_astro/search.js"></script>' +
    '<p>正文</p><script type="module">import "/_astro/copy.js";</script></body></html>',
  '_astro/site.css': 'body{margin:0}',
  '_astro/copy.js': 'import{a}from"./shared.js";a()',
  '_astro/shared.js': 'export const a=()=>1',
  '_astro/search.js': 'import{r}from"./results.js";await import(`/pagefind/pagefind.js`)',
  '_astro/results.js': 'export const r=1',
  'pagefind/pagefind.js': 'export const search=()=>[]',
  'pagefind/pagefind-entry.json': JSON.stringify({ languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null } } }),
  'pagefind/wasm.unknown.pagefind': PAGEFIND_GZIP,
  'pagefind/pagefind.zh-cn_1.pf_meta': PAGEFIND_GZIP,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, content] of Object.entries(SITE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pageWeight', () => {
  it('counts the page’s own assets without search, and search code and its imports with it', async () => {
    const weight = await pageWeight(new SiteFiles(dir), 'digests/x/index.html');
    const counted = (search: boolean) => weight.files.filter((f) => f.search === search).map((f) => f.path).sort();
    expect(counted(false)).toEqual(['(html)', '/_astro/copy.js', '/_astro/shared.js', '/_astro/site.css']);
    expect(counted(true)).toEqual(['/_astro/results.js', '/_astro/search.js']);
  });

  it('weighs Pagefind’s runtime apart: this page loads it only on first search', async () => {
    const weight = await pageWeight(new SiteFiles(dir), 'digests/x/index.html');
    const entry = gzipSync(SITE['pagefind/pagefind-entry.json']!).length;
    const script = gzipSync(SITE['pagefind/pagefind.js']!).length;
    expect(weight.searchRuntime).toBe(script + entry + 2 * PAGEFIND_GZIP.length);
  });

  it('counts files that are gzip already as stored, the rest gzipped', async () => {
    const site = new SiteFiles(dir);
    expect((await site.read('/pagefind/wasm.unknown.pagefind'))!.gzipBytes).toBe(PAGEFIND_GZIP.length);
    expect((await site.read('/_astro/site.css'))!.gzipBytes).toBe(gzipSync('body{margin:0}').length);
  });

  it('weighs the page without search as less than with it, the difference being the search files and tags', async () => {
    const weight = await pageWeight(new SiteFiles(dir), 'digests/x/index.html');
    const searchFiles = weight.files.filter((f) => f.search).reduce((sum, f) => sum + f.gzipBytes, 0);
    expect(weight.withoutSearch).toBeLessThan(weight.withSearch);
    expect(weight.withSearch - weight.withoutSearch).toBeGreaterThanOrEqual(searchFiles);
  });
});
