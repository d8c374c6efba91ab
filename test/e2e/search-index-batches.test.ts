/**
 * Large archives are indexed in batches whose Pagefind bundles are merged (scripts/lib/search-index.ts),
 * so Pagefind's memory stays bounded. The sample archive fits one batch; here it is forced into many,
 * and the merged index must answer searches, filters and sorts exactly as the one-batch index does.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const run = promisify(execFile);
let browser: Browser;
let batched: StaticSite;
let whole: StaticSite;
let batchedDir: string;

beforeAll(async () => {
  batchedDir = join(await mkdtemp(join(tmpdir(), 'batched-index-')), 'site');
  await cp(inject('siteDir'), batchedDir, { recursive: true, filter: (src) => !src.includes(`${join('site', 'pagefind')}`) });
  const script = `import { indexSite } from ${JSON.stringify(resolve('scripts/lib/search-index.ts'))}; await indexSite(${JSON.stringify(batchedDir)});`;
  // About 200 KB of HTML per batch: the five digests go into several batches.
  await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, SEARCH_INDEX_BATCH_BYTES: '200000' } });
  [batched, whole, browser] = await Promise.all([serveStatic(batchedDir), serveStatic(inject('siteDir')), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([batched?.close(), whole?.close()]);
  await rm(join(batchedDir, '..'), { recursive: true, force: true });
});

/** What a site's index answers: result pages, scores' order, sub-results, filter counts. */
async function answers(site: StaticSite): Promise<unknown> {
  const page = await browser.newPage();
  await page.goto(`${site.url}search/`);
  // A string, not a function: vitest would rewrite a function's dynamic import for Node.
  const result = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    const out = { filters: await pagefind.filters() };
    for (const q of ['可灵 融资', '腾讯控股', 'Codex', '游戏版号', '0700.HK']) {
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.map((r) => r.data()));
      out[q] = data.map((d) => ({ url: d.url, meta: d.meta, subs: d.sub_results.map((s) => s.url) }));
    }
    const sorted = await pagefind.search(null, { sort: { date: 'desc' }, filters: { year: { any: ['2026'] } } });
    out.sorted = await Promise.all(sorted.results.map(async (r) => (await r.data()).url));
    return out;
  })()`);
  await page.close();
  return result;
}

describe('an index built in batches', () => {
  it('answers every search, filter and sort as the index built at once', async () => {
    const [fromBatches, fromWhole] = [await answers(batched), await answers(whole)];
    expect(fromBatches).toEqual(fromWhole);
    expect((fromWhole as Record<string, unknown[]>)['腾讯控股']!.length).toBeGreaterThan(0);
  });
});
