/**
 * The header search box on the real built site, queried the way readers query a Chinese research
 * archive: Chinese phrases, company names and tickers, English product names, numbers. Each query
 * must bring the right digest first and, where the match is an event or a section, link straight
 * to it. Expected digests and anchors come from the same build's JSON export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { digestUrl } from '~/lib/urls.ts';
import { digestText, holds } from '../../scripts/bench/lib/search-quality/digest-text.ts';
import { exportedReports, reportTitled } from '../helpers/exported-reports.ts';
import { searchInHeader, shownResults } from '../helpers/search-ui.ts';
import { closeSite, openSite } from '../helpers/site-under-test.ts';
import type { StaticSite } from '../helpers/static-server.ts';

const reports = exportedReports(inject('jsonDir'));
const internetWeekly = reportTitled(reports, '可灵首轮外部融资落地');
const hkMonthly = reportTitled(reports, '互联网行业 2024 年 12 月投资策略');
const strategy = reportTitled(reports, '模型厂商商业模式逐渐闭环');
const computerWeekly = reportTitled(reports, '如何看 META 做云');
const pathOf = (slug: string) => digestUrl(slug, '/');
const namingTencentCount = () => reports.filter((r) => r.companies.some((c) => c.name === '腾讯控股')).length;
/** A digest's original report text as published beside it, without the extractor's line breaks. */
const originalText = (slug: string) => readFileSync(join(inject('siteDir'), 'digests', slug, 'original.txt'), 'utf8').replace(/\s+/g, '');
/** The indexed text of each section and event of a built digest page, by anchor. */
const pageParts = (slug: string) => digestText(readFileSync(join(inject('siteDir'), 'digests', slug, 'index.html'), 'utf8')).parts;

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  ({ site, browser } = await openSite(inject('siteDir')));
  page = await browser.newPage();
  await page.goto(`${site.url}digests/${computerWeekly.slug}/`);
});

afterAll(async () => {
  await closeSite({ site, browser });
});

describe('Chinese words and phrases', () => {
  it('可灵 融资: the 国金 internet weekly first, linking its 可灵 financing event', async () => {
    const event = internetWeekly.events.find((e) => e.title.includes('可灵首轮外部融资'))!;
    const { results } = await searchInHeader(page, '可灵 融资');
    expect(results[0]!.path).toBe(pathOf(internetWeekly.slug));
    expect(results[0]!.meta).toBe('国金证券 · 2026-07-03 · 维持 · 买入');
    expect(results[0]!.subResults.map((s) => s.hash)).toContain(`#${event.id}`);
  });

  it('可灵: exactly the digests whose text holds 可灵, not those with 可 and 灵 apart', async () => {
    // Pagefind splits the unknown word 可灵 into 可 + 灵; phrase matching keeps only real mentions.
    const holding = reports.filter((r) => originalText(r.slug).includes('可灵'));
    expect(holding.length).toBeGreaterThan(0);
    const { results } = await searchInHeader(page, '可灵');
    expect(results.map((r) => r.path).sort()).toEqual(holding.map((r) => pathOf(r.slug)).sort());
  });

  it('游戏版号: a digest reporting 游戏版号 first, not the weekly that only says 游戏 often', async () => {
    const { results } = await searchInHeader(page, '游戏版号');
    expect(results[0]!.path).toBe(pathOf(hkMonthly.slug));
    expect(results[1]!.path).toBe(pathOf(strategy.slug));
  });

  it('游戏版号: lists only sections and events holding 游戏版号, the event reporting it three times first', async () => {
    // The monthly has three parts holding it (s-12's heading, s-13, and the event inside s-13, which
    // says it in its headline and twice in its text) and many holding only 游戏 or 版.
    const event = hkMonthly.events.find((e) => e.title.includes('游戏版号'))!;
    const parts = pageParts(hkMonthly.slug);
    const { results } = await searchInHeader(page, '游戏版号');
    const listed = results[0]!.subResults.map((s) => s.hash.slice(1));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id) => !holds(parts.get(id) ?? '', '游戏版号'))).toEqual([]);
    expect(listed[0]).toBe(event.id);
  });

  it('可灵: under each result, only the sections and events holding 可灵 (not 可疑 or 可能)', async () => {
    const { results } = await searchInHeader(page, '可灵');
    const slugOf = (path: string) => reports.find((r) => pathOf(r.slug) === path)!.slug;
    for (const result of results) {
      const parts = pageParts(slugOf(result.path));
      expect(result.subResults.filter((s) => !holds(parts.get(s.hash.slice(1)) ?? '', '可灵'))).toEqual([]);
    }
    expect(results.flatMap((r) => r.subResults).length).toBeGreaterThan(0);
  });

  it('恒生科技: the monthly whose title is about the 恒生科技 index first', async () => {
    const { results } = await searchInHeader(page, '恒生科技');
    expect(results[0]!.path).toBe(pathOf(hkMonthly.slug));
  });
});

describe('companies and tickers', () => {
  const namingTencent = reports.filter((r) => r.companies.some((c) => c.name === '腾讯控股'));

  it('腾讯控股: exactly the digests naming 腾讯控股, not the one that only mentions 腾讯', async () => {
    expect(namingTencent).toHaveLength(4);
    expect(originalText(computerWeekly.slug)).toContain('腾讯');
    const { results } = await searchInHeader(page, '腾讯控股');
    expect(results.map((r) => r.path).sort()).toEqual(namingTencent.map((r) => pathOf(r.slug)).sort());
  });

  it('0700.HK: every digest naming 腾讯控股, also the one whose text prints no ticker (its company list does)', async () => {
    const printing = reports.filter((r) => r.companies.some((c) => c.ticker === '0700.HK'));
    expect(printing.length).toBeLessThan(namingTencent.length);
    const { results } = await searchInHeader(page, '0700.HK');
    expect(results.map((r) => r.path).sort()).toEqual(namingTencent.map((r) => pathOf(r.slug)).sort());
  });

  it('PDD: exactly the digests that print PDD (tables included) or name 拼多多', async () => {
    const printing = reports.filter((r) => originalText(r.slug).includes('PDD') || r.companies.some((c) => c.name === '拼多多'));
    expect(printing.length).toBeGreaterThan(2);
    const { results } = await searchInHeader(page, 'PDD');
    expect(results.map((r) => r.path).sort()).toEqual(printing.map((r) => pathOf(r.slug)).sort());
  });
});

describe('English product names and numbers', () => {
  it('Codex: the computer weekly, linking the section that discusses Codex', async () => {
    const { status, results } = await searchInHeader(page, 'Codex');
    expect(status).toBe('找到 1 篇相关研报');
    expect(results[0]!.path).toBe(pathOf(computerWeekly.slug));
    expect(results[0]!.subResults.map((s) => s.hash)).toContain('#s3-2');
  });

  it('Gemini 3.5 Flash: the strategy report, linking its Gemini 3.5 Flash section', async () => {
    const section = strategy.sections.find((s) => s.title.includes('Gemini 3.5 Flash'))!;
    const { results } = await searchInHeader(page, 'Gemini 3.5 Flash');
    expect(results[0]!.path).toBe(pathOf(strategy.slug));
    expect(results[0]!.subResults.map((s) => s.hash)).toContain(`#${section.id}`);
  });

  it('WorkBuddy: the computer weekly', async () => {
    const { results } = await searchInHeader(page, 'WorkBuddy');
    expect(results.map((r) => r.path)).toEqual([pathOf(computerWeekly.slug)]);
  });

  it('4.71: the weekly where 腾讯控股 rose 4.71%', async () => {
    const { results } = await searchInHeader(page, '4.71');
    expect(results[0]!.path).toBe(pathOf(internetWeekly.slug));
  });
});

describe('the box itself', () => {
  it('says plainly when nothing matches', async () => {
    const { status, results } = await searchInHeader(page, 'Rivian');
    expect(status).toBe('没有找到与“Rivian”相关的研报。');
    expect(results).toEqual([]);
  });

  it('focuses on /, walks results with the arrow keys, and closes on Escape', async () => {
    await page.goto(`${site.url}digests/${strategy.slug}/`);
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const input = page.locator('[data-site-search] input[name="q"]');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('Codex');
    await page.locator('[data-site-search] .search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('result-title');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-site-search] .search-panel').isHidden()).resolves.toBe(true);
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('lists the first result’s sections at once, a later result’s when the reader points at it', async () => {
    // Each result's sections come from its page's fragment (the whole page text): the header loads
    // the first at once and the others on demand, so a first search stays small (issue #13).
    const { results } = await searchInHeader(page, '腾讯控股');
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]!.subResults.length).toBeGreaterThan(0);
    expect(results[1]!.subResults).toEqual([]);
    const second = page.locator('[data-site-search] .search-result').nth(1);
    await second.hover();
    await second.locator('.sub-result').first().waitFor();
    const [, pointed] = await shownResults(page.locator('[data-site-search] .search-results'));
    const parts = pageParts(reports.find((r) => pathOf(r.slug) === pointed!.path)!.slug);
    expect(pointed!.subResults.filter((s) => !holds(parts.get(s.hash.slice(1)) ?? '', '腾讯控股'))).toEqual([]);
    expect(pointed!.highlight.length).toBeGreaterThan(0);
  });

  it('starts no search on the pinyin letters of an IME composition, and searches what it commits', async () => {
    await page.goto(`${site.url}digests/${strategy.slug}/`);
    await page.locator('[data-site-search] input[name="q"]').click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'tengxun', selectionStart: 7, selectionEnd: 7 });
    await expect(page.locator('[data-site-search] input[name="q"]').inputValue()).resolves.toBe('tengxun');
    await expect(page.locator('[data-site-search] .search-panel').isHidden()).resolves.toBe(true);
    await cdp.send('Input.insertText', { text: '腾讯控股' });
    const status = page.locator('[data-site-search] .search-status').filter({ hasText: /找到/ });
    await status.waitFor({ timeout: 15_000 });
    await expect(status.textContent()).resolves.toBe(`找到 ${namingTencentCount()} 篇相关研报`);
    await cdp.detach();
  });

  it('opens the search page with the query on Enter', async () => {
    await searchInHeader(page, '可灵');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('可灵');
  });
});

describe('landing on a digest from a result', () => {
  it('highlights the matched words in the digest, under the Content-Security-Policy', async () => {
    await page.goto(`${site.url}digests/${computerWeekly.slug}/`);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    const { results } = await searchInHeader(page, '可灵 融资');
    await page.locator('[data-site-search] .result-title').first().click();
    await page.waitForURL((url) => url.pathname === results[0]!.path);
    expect(new URL(page.url()).searchParams.getAll('highlight').length).toBeGreaterThan(0);
    const marks = page.locator('article.digest mark.pagefind-highlight');
    await marks.first().waitFor();
    const marked = await marks.allTextContents();
    expect(marked).toContain('融资');
    expect(violations).toEqual([]);
  });
});
