/**
 * Drives the real search page (/search/) in Chromium: types each query, submits it, and reads
 * back what the page shows once it has settled, with the time the page took (submit to results
 * on screen, measured inside the page; the typing pause is not part of it).
 */
import type { Page } from 'playwright-core';
import type { ShownSearch } from './scoring.ts';

export interface TimedSearch extends ShownSearch {
  ms: number;
}

/** Opens the search page and waits until its index is loaded. */
export async function openSearchPage(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}search/`);
  await page.locator('[data-search-page]:not([aria-busy]) .search-status').filter({ hasText: '输入关键词' }).waitFor({ timeout: 60_000 });
}

/** Submits `query` on the open search page and reads the first page of results. */
export async function searchOnPage(page: Page, query: string): Promise<TimedSearch> {
  const shown = await page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = q;
    const started = performance.now();
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await new Promise<void>((resolve) => {
      const done = () => !root.hasAttribute('aria-busy');
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const ms = performance.now() - started;
    const status = root.querySelector('.search-status')?.textContent ?? '';
    const results = [...root.querySelectorAll('.search-result')].map((item) => ({
      path: new URL(item.querySelector<HTMLAnchorElement>('.result-title')!.href).pathname,
      subAnchors: [...item.querySelectorAll<HTMLAnchorElement>('.sub-result-title')].map((a) => decodeURIComponent(new URL(a.href).hash.slice(1))),
    }));
    return { ms, status, results };
  }, query);
  const total = Number(/找到 (\d+) 篇/.exec(shown.status)?.[1] ?? 0);
  const results = shown.results.map((r) => ({ slug: /\/digests\/([^/]+)\//.exec(r.path)?.[1] ?? r.path, subAnchors: r.subAnchors }));
  return { ms: shown.ms, total, results };
}
