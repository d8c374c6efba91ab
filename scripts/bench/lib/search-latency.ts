/**
 * What a reader's first search costs, measured in Chromium the way issue #13 states it: on a warm
 * page (a digest page that has loaded, then an idle callback has run and no request has been in
 * flight for 500 ms), the reader clicks
 * the header box and the query arrives as one input (as an IME commits a Chinese word); the clock
 * starts at that input, inside the page, and stops at the first frame after the first result is
 * in the list. Bytes are everything the search costs, whenever it was fetched: every response from
 * Pagefind's bundle since the page opened (a runtime preloaded while the page was idle counts) and
 * every other response after the page had gone idle; as a static host would send them: text
 * gzipped, Pagefind's already-compressed files as they are. Each run uses a fresh browser
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
  /**
   * Median over runs: CPU ms of the page's main thread over that time (Chromium's ThreadTime), the
   * figure to compare on a shared machine, where wall time carries other processes' load.
   */
  firstResultsCpuMs: number;
  /** Results the header reported. */
  status: string;
}

/** Bytes a static host sends for a response: text compressed with gzip, binary as it is. */
export function transferBytes(body: Buffer, contentType: string): number {
  return /text|javascript|json|css|svg|xml/.test(contentType) ? gzipSync(body).length : body.length;
}

/** One response the page received, in arrival order. */
export interface SeenResponse {
  /** Path on the site, e.g. `/pagefind/pagefind.js`. */
  path: string;
  bytes: number;
  /** True when it arrived after the page had loaded and gone idle. */
  afterIdle: boolean;
}

/** The responses a first search costs: Pagefind's bundle whenever fetched, anything else once the page was idle. */
export function searchResponses(seen: readonly SeenResponse[], bundlePath: string): SeenResponse[] {
  return seen.filter((r) => r.afterIdle || r.path.startsWith(bundlePath));
}

interface Sample {
  bytes: number;
  requests: number;
  ms: number;
  cpuMs: number;
  status: string;
}

/** In the page: puts `query` into the focused header box as one input, resolves with ms until the first result is painted. */
function typeAndTime(query: string): Promise<number> {
  const root = document.querySelector<HTMLElement>('[data-site-search]')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLElement>('.search-results')!;
  return new Promise((resolve) => {
    const shown = () => list.querySelector('.search-result') !== null;
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(list, { childList: true, subtree: true });
    input.value = query;
    const started = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
  });
}

/** Resolves once the browser has been idle and no request has been in flight for `quietMs`: the page is warm. */
async function settle(page: Page, quietMs = 500): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
  let inFlight = 0; // requests already under way when this starts are waited for by the idle callback and quiet time
  let lastChange = Date.now();
  const change = (delta: number) => () => {
    inFlight += delta;
    lastChange = Date.now();
  };
  const started = change(1), ended = change(-1);
  page.on('request', started).on('requestfinished', ended).on('requestfailed', ended);
  while (inFlight > 0 || Date.now() - lastChange < quietMs) await new Promise((r) => setTimeout(r, 50));
  page.off('request', started).off('requestfinished', ended).off('requestfailed', ended);
}

/**
 * In the page: replaces the header box's query with `query` as one input; resolves with ms until
 * the list shows this query's results (its first change with a result in it) or the status says
 * there are none.
 */
function retypeAndTime(query: string): Promise<number> {
  const root = document.querySelector<HTMLElement>('[data-site-search]')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLElement>('.search-results')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      const listed = records.some((r) => r.target === list && r.type === 'childList') && list.querySelector('.search-result') !== null;
      if (!listed && !(status.textContent ?? '').startsWith('没有找到')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    input.value = query;
    const started = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
  });
}

/** Waits until the header's search has finished (its status final). */
async function headerSettled(page: Page): Promise<void> {
  await page.locator('[data-site-search] .search-panel:not([aria-busy]) .search-status').filter({ hasText: /找到/ }).waitFor({ timeout: 30_000 });
}

/**
 * Later searches: on one warm page, after a first search, each query typed into the header box in
 * turn (as one input, once the last one has finished); ms from that input to its results listed.
 */
export async function measureLaterSearches(siteDir: string, pagePath: string, queries: readonly string[]): Promise<number[]> {
  const site = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}${pagePath.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
    await settle(page);
    await page.locator('[data-site-search] input[name="q"]').click();
    const times: number[] = [];
    for (const [i, query] of queries.entries()) {
      const ms = await page.evaluate(retypeAndTime, query);
      if (i > 0) times.push(ms); // the first search warms the page; it is measured by measureFirstSearch
      await headerSettled(page);
    }
    return times;
  } finally {
    await browser.close();
    await site.close();
  }
}

async function searchOnce(browser: Browser, pageUrl: string, query: string, bundlePath: string): Promise<Sample> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const seen: Promise<SeenResponse>[] = [];
  let idle = false;
  page.on('response', (response: Response) => {
    const afterIdle = idle;
    const path = new URL(response.url()).pathname;
    const bytes = response.body().then((body) => transferBytes(body, response.headers()['content-type'] ?? ''), () => 0);
    seen.push(bytes.then((b) => ({ path, bytes: b, afterIdle })));
  });
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await settle(page);
  idle = true;
  const input = page.locator('[data-site-search] input[name="q"]');
  await input.click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const cpuBefore = await threadTime();
  const ms = await page.evaluate(typeAndTime, query);
  const cpuMs = (await threadTime()) - cpuBefore;
  // The first results can come before the rest (sections and events): count every byte of the search.
  await headerSettled(page);
  await settle(page);
  const status = (await page.locator('[data-site-search] .search-status').textContent()) ?? '';
  const costs = searchResponses(await Promise.all(seen), bundlePath);
  await context.close();
  return { bytes: costs.reduce((sum, r) => sum + r.bytes, 0), requests: costs.length, ms, cpuMs, status };
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
  /** Where Pagefind's bundle is on the site (default `/pagefind/`). */
  bundlePath?: string;
}

/** Measures a first search from `pagePath` in Chromium, `runs` times (default 5), medians reported. */
export async function measureFirstSearch(options: FirstSearchOptions): Promise<FirstSearch> {
  const site = await serveStatic(options.siteDir);
  const browser = await launchBrowser();
  try {
    const samples: Sample[] = [];
    const url = `${site.url}${options.pagePath.replace(/^\//, '')}`;
    const bundlePath = options.bundlePath ?? '/pagefind/';
    for (let run = 0; run < (options.runs ?? 5); run++) samples.push(await searchOnce(browser, url, options.query, bundlePath));
    return {
      query: options.query,
      bytes: median(samples.map((s) => s.bytes)),
      requests: median(samples.map((s) => s.requests)),
      firstResultsMs: median(samples.map((s) => s.ms)),
      firstResultsCpuMs: median(samples.map((s) => s.cpuMs)),
      status: samples.at(-1)!.status,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
