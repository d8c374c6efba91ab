/**
 * The walking skeleton end to end: the home page lists the default archive, a digest opens,
 * and the site search box finds it again by a Chinese word from its body.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSite, openSite } from '../helpers/site-under-test.ts';
import type { StaticSite } from '../helpers/static-server.ts';

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

describe('the sample archive', () => {
  it('lists the five seed digests on the home page', async () => {
    await page.goto(site.url);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    const links = page.locator('.digest-item a');
    await expect(links.count()).resolves.toBe(5);
  });

  it('opens a digest from the home page', async () => {
    await page.goto(site.url);
    const link = page.locator('.digest-item a').filter({ hasText: 'Meta 拟出租闲置算力，可灵首轮外部融资落地' });
    await link.click();
    await page.waitForURL(/\/digests\/[a-z0-9-]+\/$/);
    await expect(page.locator('article.digest').innerText()).resolves.toContain('快手公告可灵首轮外部融资落地');
  });

  it('finds that digest again by searching a Chinese word from its body in the header search box', async () => {
    const digestPath = new URL(page.url()).pathname;
    await page.goto(site.url);
    await page.locator('[data-site-search] input[name="q"]').fill('可灵');
    const result = page.locator('[data-site-search] .result-title').first();
    await result.waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('[data-site-search] .result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.map((h) => h.replace(/#.*$/, ''))).toContain(digestPath);
  });
});
