/**
 * Every page sends a Content-Security-Policy that lets only the site's own scripts run, and the
 * site works under it: search finds a digest and the browser reports no violation.
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
  // Collects every CSP violation the page reports, from the first script on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await closeSite({ site, browser });
});

describe('Content-Security-Policy', () => {
  it('allows only the site’s own scripts: no inline scripts, no other origins', async () => {
    await page.goto(site.url);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]+)/.exec(policy ?? '')?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toMatch(/https?:|\*/);
    expect(policy).toContain("object-src 'none'");
  });

  it.each(['', 'search/?q=%E6%B8%B8%E6%88%8F', 'events/', 'companies/'])('loads /%s with no violation reported', async (path) => {
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
  });

  it('loads every digest page, and highlights search words on it, with no violation reported', async () => {
    const digests = await page.goto(site.url).then(() => page.locator('.digest-item a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)));
    for (const path of digests) {
      await page.goto(`${site.url}${path.slice(1)}?highlight=%E8%9E%8D%E8%B5%84`, { waitUntil: 'networkidle' });
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(violations, path).toEqual([]);
    }
  });

  it('keeps Pagefind search working, with no violation reported', async () => {
    await page.goto(site.url);
    await page.locator('[data-site-search] input[name="q"]').fill('可灵');
    await page.locator('[data-site-search] .result-title').first().waitFor({ timeout: 15_000 });
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
  });
});
