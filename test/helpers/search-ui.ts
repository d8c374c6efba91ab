/** Driving the site's search as a reader does, and reading back what it shows. */
import type { Locator, Page } from 'playwright-core';

/** One result as shown: its link (path and query) and the links of its sub-results. */
export interface ShownResult {
  title: string;
  /** Pathname of the digest. */
  path: string;
  /** The highlight words the link carries. */
  highlight: string[];
  meta: string;
  subResults: { title: string; hash: string }[];
}

/** Reads every result in a results list. */
export async function shownResults(list: Locator): Promise<ShownResult[]> {
  return list.locator('.search-result').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('.result-title')!;
      const url = new URL(link.href);
      return {
        title: link.textContent ?? '',
        path: url.pathname,
        highlight: url.searchParams.getAll('highlight'),
        meta: item.querySelector('.result-meta')?.textContent ?? '',
        subResults: [...item.querySelectorAll<HTMLAnchorElement>('.sub-result-title')].map((a) => ({ title: a.textContent ?? '', hash: new URL(a.href).hash })),
      };
    }),
  );
}

/** Types `query` into the header box and waits until it reports the outcome. */
export async function searchInHeader(page: Page, query: string): Promise<{ status: string; results: ShownResult[] }> {
  const box = page.locator('[data-site-search]');
  await box.locator('input[name="q"]').fill(query);
  const status = box.locator('.search-status');
  await status.filter({ hasText: /找到|没有找到|索引/ }).waitFor({ timeout: 15_000 });
  return { status: (await status.textContent()) ?? '', results: await shownResults(box.locator('.search-results')) };
}

/** Waits for the search page to settle (not busy, status final) and reads its results. */
export async function searchPageResults(page: Page): Promise<{ status: string; results: ShownResult[] }> {
  const root = page.locator('[data-search-page]:not([aria-busy])');
  await root.waitFor({ timeout: 15_000 });
  const status = (await root.locator('.search-status').textContent()) ?? '';
  return { status, results: await shownResults(root.locator('.search-results')) };
}
