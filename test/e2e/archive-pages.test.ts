/**
 * The archive as a reader meets it, at desktop (1280 px) and phone (375 px) widths: every page
 * type renders without sideways scrolling, links land where they say, links can be copied and
 * shared, feeds parse, and no page has a serious accessibility violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportedReports } from '../helpers/exported-reports.ts';
import { closeSite, openSite } from '../helpers/site-under-test.ts';
import type { StaticSite } from '../helpers/static-server.ts';

const jsonDir = inject('jsonDir');
const reports = exportedReports(jsonDir);
const weekly = reports.find((r) => r.source.startsWith('000_'))!;

/** One page of each type, by path under the site's base. */
const PAGE_TYPES: Record<string, string> = {
  home: '',
  digest: `digests/${weekly.slug}/`,
  brokers: 'brokers/',
  broker: 'brokers/gjzq/',
  sectors: 'sectors/',
  sector: 'sectors/internet/',
  types: 'types/',
  months: 'months/',
  month: 'months/2026-07/',
  companies: 'companies/',
  events: 'events/',
  eventsMonth: 'events/2026-07/',
  search: 'search/?q=%E5%8F%AF%E7%81%B5',
  notFound: 'no-such-page/',
};

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  ({ site, browser } = await openSite(inject('siteDir')));
});

afterAll(async () => {
  await closeSite({ site, browser });
});

async function open(path: string, width: number, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'], ...options });
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

describe.each([1280, 375])('every page type at %i px', (width) => {
  it.each(Object.entries(PAGE_TYPES))('%s has a heading and no sideways scrolling', async (_type, path) => {
    const page = await open(path, width);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});

describe('reading and sharing', () => {
  it('the home page shows the five digests as cards', async () => {
    const page = await open('', 1280);
    await expect(page.locator('.digest-item').count()).resolves.toBe(5);
    await page.context().close();
  });

  it('腾讯控股’s company page lists the digests that name it', async () => {
    const page = await open('companies/', 375);
    await page.getByRole('link', { name: /腾讯控股/ }).first().click();
    await page.waitForURL(/\/companies\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').innerText()).resolves.toContain('腾讯控股');
    const digestLinks = await page.locator('a[href*="/digests/"]').evaluateAll((as) => new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)).size);
    expect(digestLinks).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('an event on the timeline links to its anchor in the digest', async () => {
    const kling = weekly.events.find((e) => e.title.includes('可灵'))!;
    const page = await open('events/', 1280);
    await page.locator(`a[href$="#${kling.id}"]`).first().click();
    await page.waitForURL((url) => url.hash === `#${kling.id}`);
    const target = page.locator(`[id="${kling.id}"]`);
    await expect(target.innerText()).resolves.toContain('可灵首轮外部融资落地');
    await expect(target.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).resolves.toBe(true);
    await page.context().close();
  });

  it('the events timeline has a page per month, and together they hold every event once', async () => {
    const page = await open('events/', 1280);
    const monthPaths = await page.locator('.term-index a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(monthPaths).toContain('/events/2026-07/');
    const links: string[] = [];
    for (const path of monthPaths) {
      await page.goto(`${site.url}${path.slice(1)}`);
      links.push(...(await page.locator('.event-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))));
    }
    expect(links).toHaveLength(reports.reduce((sum, r) => sum + r.events.length, 0));
    expect(new Set(links).size).toBe(links.length);
    await page.context().close();
  });

  it('the copy-link button copies the section’s URL', async () => {
    const section = weekly.sections[1]!;
    const page = await open(`digests/${weekly.slug}/`, 1280);
    await page.locator(`button[data-copy-link="${section.id}"]`).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.url}digests/${weekly.slug}/#${section.id}`);
    await page.context().close();
  });

  it('the RSS feed parses and lists every digest', async () => {
    const page = await open('', 1280);
    const items = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return xml.querySelector('parsererror') ? -1 : xml.querySelectorAll('item').length;
    }, `${site.url}rss.xml`);
    expect(items).toBe(5);
    await page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  it.each(Object.entries(PAGE_TYPES))('%s has no serious or critical violation', async (_type, path) => {
    // The site's CSP rightly refuses an injected script; only the checker is let through.
    const page = await open(path, 1280, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
