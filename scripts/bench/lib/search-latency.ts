/**
 * What a reader's first search costs, measured in Chromium the way a reader searches: open a
 * digest page, type a query into the header box, wait for the first result to show. Reports the
 * bytes the search itself downloaded (everything requested after the page had loaded, as a static
 * host would send it: text gzipped, Pagefind's already-compressed index files as they are) and the
 * time from the last keystroke to the first result on screen. Each run uses a fresh browser
 * context, so nothing is cached between runs.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser } from '../../lib/chromium.ts';
import { serveStatic } from '../../lib/static-server.ts';

export interface FirstSearch {
  query: string;
  /** Median over runs: bytes downloaded because of the search. */
  bytes: number;
  /** Median over runs: requests made because of the search. */
  requests: number;
  /** Median over runs: ms from the last keystroke to the first result on screen. */
  firstResultsMs: number;
  /** Results the header reported. */
  status: string;
}

/** Bytes a static host sends for a response: text compressed with gzip, binary as it is. */
function transferBytes(body: Buffer, contentType: string): number {
  return /text|javascript|json|css|svg|xml/.test(contentType) ? gzipSync(body).length : body.length;
}

interface Sample {
  bytes: number;
  requests: number;
  ms: number;
  status: string;
}

async function searchOnce(browser: Browser, pageUrl: string, query: string): Promise<Sample> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const pending: Promise<number>[] = [];
  const onResponse = (response: Response) => {
    pending.push(response.body().then((body) => transferBytes(body, response.headers()['content-type'] ?? ''), () => 0));
  };
  page.on('response', onResponse);
  const input = page.locator('[data-site-search] input[name="q"]');
  await input.click();
  await input.fill(query);
  const started = await page.evaluate(() => performance.now());
  await page.locator('[data-site-search] .search-result').first().waitFor({ state: 'visible' });
  const ended = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const sizes = await Promise.all(pending);
  const status = (await page.locator('[data-site-search] .search-status').textContent()) ?? '';
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, ms: ended - started, status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface FirstSearchOptions {
  /** The built site. */
  siteDir: string;
  /** Site-relative page to search from (a digest page: what a reader usually has open). */
  pagePath: string;
  query: string;
  runs?: number;
}

/** Measures a first search from `pagePath` in Chromium, `runs` times (default 5), medians reported. */
export async function measureFirstSearch(options: FirstSearchOptions): Promise<FirstSearch> {
  const site = await serveStatic(options.siteDir);
  const browser = await launchBrowser();
  try {
    const samples: Sample[] = [];
    const url = `${site.url}${options.pagePath.replace(/^\//, '')}`;
    for (let run = 0; run < (options.runs ?? 5); run++) samples.push(await searchOnce(browser, url, options.query));
    return {
      query: options.query,
      bytes: median(samples.map((s) => s.bytes)),
      requests: median(samples.map((s) => s.requests)),
      firstResultsMs: median(samples.map((s) => s.ms)),
      status: samples.at(-1)!.status,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
