/**
 * Report text is untrusted: an archive whose report is full of MDX, JSX and HTML syntax builds,
 * shows every piece of that syntax as literal text, and runs none of it in the browser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSite, openSite } from '../helpers/site-under-test.ts';
import type { StaticSite } from '../helpers/static-server.ts';

let browser: Browser;
let site: StaticSite;
let page: Page;
let text: string;

beforeAll(async () => {
  ({ site, browser } = await openSite(inject('hostileSiteDir')));
  page = await browser.newPage();
  await page.goto(site.url);
  await page.locator('.digest-item a').first().click();
  await page.waitForURL(/\/digests\//);
  text = await page.locator('article.digest').innerText();
});

afterAll(async () => {
  await closeSite({ site, browser });
});

describe('a report full of code-like text', () => {
  it('runs none of it in the reader’s browser', async () => {
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('article.digest script, article.digest iframe, article.digest img, article.digest svg[onload]').count()).resolves.toBe(0);
  });

  it('shows MDX and JSX syntax as literal text', () => {
    for (const literal of ['import fs from "node:fs"', 'export const secret', '{process.exit(1)}', '<Component />', '{/* 注释 */}']) {
      expect(text).toContain(literal);
    }
  });

  it('shows HTML as literal text', () => {
    for (const literal of ['<script>window.__pwned = 5</script>', '<iframe src="javascript:window.__pwned = 4"></iframe>', '<!-- 注释 -->']) {
      expect(text).toContain(literal);
    }
  });

  it('keeps hostile table cells as text', async () => {
    const cells = await page.locator('article.digest td').allInnerTexts();
    expect(cells).toEqual(expect.arrayContaining(['{x}', '<i>1%</i>']));
  });
});
