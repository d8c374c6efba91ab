/**
 * The search page on the real built site: the URL opens a search and follows every change, so a
 * search can be shared and walked back; filters narrow results and show counts; dates order them;
 * the empty and no-result states say what to do. Facts come from the build's JSON export.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { digestUrl } from '~/lib/urls.ts';
import { exportedReports, reportTitled } from '../helpers/exported-reports.ts';
import { searchPageResults } from '../helpers/search-ui.ts';
import { closeSite, openSite } from '../helpers/site-under-test.ts';
import type { StaticSite } from '../helpers/static-server.ts';

const reports = exportedReports(inject('jsonDir'));
const internetWeekly = reportTitled(reports, '可灵首轮外部融资落地');
const pathOf = (slug: string) => digestUrl(slug, '/');

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  ({ site, browser } = await openSite(inject('siteDir')));
  page = await browser.newPage();
});

afterAll(async () => {
  await closeSite({ site, browser });
});

async function open(query: string) {
  await page.goto(`${site.url}search/${query}`);
  return searchPageResults(page);
}

function facetBox(facet: string, value: string) {
  return page.locator(`.facet[data-facet="${facet}"] input[value="${value}"]`);
}

async function facetCounts(facet: string): Promise<Record<string, number>> {
  return page.locator(`.facet[data-facet="${facet}"] label`).evaluateAll((labels) =>
    Object.fromEntries(labels.map((l) => [l.querySelector('input')!.value, Number(l.querySelector('.facet-count')!.textContent)])),
  );
}

describe('a shared search URL', () => {
  it('reopens the search it names: query, filter and results', async () => {
    const { status, results } = await open('?q=%E5%8F%AF%E7%81%B5&broker=%E5%9B%BD%E9%87%91%E8%AF%81%E5%88%B8');
    await expect(page.locator('[data-search-page] input[name="q"]').inputValue()).resolves.toBe('可灵');
    await expect(facetBox('broker', '国金证券').isChecked()).resolves.toBe(true);
    expect(status).toBe('找到 1 篇与“可灵”相关的研报');
    expect(results.map((r) => r.path)).toEqual([pathOf(internetWeekly.slug)]);
  });

  it('follows each change in the URL, and Back returns to the previous search', async () => {
    await open('?q=%E6%B8%B8%E6%88%8F');
    await facetBox('year', '2026').check();
    await page.waitForURL((url) => url.searchParams.get('year') === '2026');
    const narrowed = await searchPageResults(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('游戏');
    expect(narrowed.results.every((r) => r.meta.includes('2026-'))).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('year'));
    await expect(facetBox('year', '2026').isChecked()).resolves.toBe(false);
  });
});

describe('filters', () => {
  it('narrow the results to the chosen broker, and count what each value would give', async () => {
    const all = await open('?q=%E6%B8%B8%E6%88%8F');
    const byBroker = (broker: string) => reports.filter((r) => r.broker === broker && all.results.some((x) => x.path === pathOf(r.slug))).length;
    await expect(facetCounts('broker')).resolves.toEqual({ 国信证券: byBroker('国信证券'), 国金证券: byBroker('国金证券'), 华安证券: byBroker('华安证券') });
    await facetBox('broker', '国信证券').check();
    await page.waitForURL((url) => url.searchParams.get('broker') === '国信证券');
    const narrowed = await searchPageResults(page);
    expect(narrowed.results).toHaveLength(byBroker('国信证券'));
    expect(narrowed.results.every((r) => r.meta.startsWith('国信证券'))).toBe(true);
    // Other brokers still show what choosing them too would add.
    await expect(facetCounts('broker')).resolves.toMatchObject({ 国金证券: byBroker('国金证券') });
  });

  it('browse without words: a year lists its digests newest first', async () => {
    const in2026 = reports.filter((r) => r.date?.startsWith('2026')).sort((a, b) => b.date!.localeCompare(a.date!));
    const { status, results } = await open('?year=2026');
    expect(status).toBe(`找到 ${in2026.length} 篇符合筛选条件的研报`);
    expect(results.map((r) => r.path)).toEqual(in2026.map((r) => pathOf(r.slug)));
  });
});

describe('order', () => {
  it('sorts by report date when asked, oldest first or newest first', async () => {
    const oldest = await open('?q=%E6%B8%B8%E6%88%8F&sort=oldest');
    const dates = oldest.results.map((r) => /\d{4}-\d{2}-\d{2}/.exec(r.meta)?.[0] ?? 'undated');
    // Dated reports oldest first; a report without a date comes last either way.
    expect(dates).toEqual([...dates].sort());
    await page.locator('[data-search-page] select[name="sort"]').selectOption('newest');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
    const newest = await searchPageResults(page);
    const newestDates = newest.results.map((r) => /\d{4}-\d{2}-\d{2}/.exec(r.meta)?.[0] ?? 'undated');
    expect(newestDates).toEqual([...dates.filter((d) => d !== 'undated')].reverse().concat(dates.filter((d) => d === 'undated')));
  });
});

describe('states', () => {
  it('an empty search page offers example searches', async () => {
    const { status } = await open('');
    expect(status).toBe('输入关键词开始搜索，或选择筛选条件浏览。');
    await expect(page.locator('.search-hint a').allTextContents()).resolves.toContain('游戏版号');
  });

  it('no result says so, and offers to clear the filters that excluded everything', async () => {
    const { status, results } = await open('?q=Codex&year=2023');
    expect(results).toEqual([]);
    expect(status).toBe('没有找到与“Codex”相关的研报。试试更短或不同的关键词，或清除筛选。');
    await page.locator('.search-clear').click();
    const cleared = await searchPageResults(page);
    expect(cleared.results).toHaveLength(1);
    expect(new URL(page.url()).search).toBe('?q=Codex');
  });

  it('works from the keyboard alone: type, submit, tick a filter with Space', async () => {
    await open('');
    await page.locator('[data-search-page] input[name="q"]').focus();
    await page.keyboard.type('游戏');
    await page.keyboard.press('Enter');
    await searchPageResults(page);
    await facetBox('broker', '华安证券').focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('broker') === '华安证券');
    const { results } = await searchPageResults(page);
    expect(results.every((r) => r.meta.startsWith('华安证券'))).toBe(true);
  });
});
