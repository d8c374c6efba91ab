/** A built site served on loopback and a Chromium to read it: the set-up every browser test shares. */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export interface SiteUnderTest {
  site: StaticSite;
  browser: Browser;
}

/** Serves `siteDir` (at base `/`) and launches the browser. */
export async function openSite(siteDir: string): Promise<SiteUnderTest> {
  const site = await serveStatic(siteDir);
  const browser = await launchBrowser();
  return { site, browser };
}

/** Closes what `openSite` opened; safe when set-up failed half way. */
export async function closeSite(opened: Partial<SiteUnderTest>): Promise<void> {
  await opened.browser?.close();
  await opened.site?.close();
}
