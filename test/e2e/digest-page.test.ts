/**
 * Every digest page shows what its report model holds: the summary card, every table (a real
 * <table> with caption and source), every event under its own anchor, every lost chart.
 * The model comes from the same build's JSON export.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportedReports } from '../helpers/exported-reports.ts';
import { closeSite, openSite } from '../helpers/site-under-test.ts';
import type { StaticSite } from '../helpers/static-server.ts';

const jsonDir = inject('jsonDir');
const reports = exportedReports(jsonDir);

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

describe('digest pages', () => {
  it('are built for all five seed reports', () => {
    expect(reports).toHaveLength(5);
  });

  for (const report of reports) {
    it(`${report.slug} shows its summary card, tables, events and charts`, async () => {
      await page.goto(`${site.url}digests/${report.slug}/`);
      const card = page.locator('.summary-card');
      await expect(card.locator('h1').innerText()).resolves.toBe(report.title);
      if (report.broker) await expect(card.innerText()).resolves.toContain(report.broker);

      const tableIds = await page.locator('figure.data-table').evaluateAll((els) => els.map((e) => e.id));
      expect(tableIds.sort()).toEqual(report.tables.map((t) => t.id).sort());
      await expect(page.locator('figure.data-table table').count()).resolves.toBe(report.tables.length);

      const eventIds = await page.locator('article.event').evaluateAll((els) => els.map((e) => e.id));
      expect(eventIds.sort()).toEqual(report.events.map((e) => e.id).sort());

      await expect(page.locator('figure.lost-chart').count()).resolves.toBe(report.charts.length);
    });
  }

  it('shows seed 004’s 图表 9 with its 57 rows, caption and source, rises red and falls green', async () => {
    const report = reports.find((r) => r.source.startsWith('004_'))!;
    await page.goto(`${site.url}digests/${report.slug}/`);
    const figure = page.locator('figure#tab-9');
    await expect(figure.locator('tbody tr').count()).resolves.toBe(57);
    await expect(figure.locator('figcaption').innerText()).resolves.toContain('A 股重点个股本周行情表现');
    await expect(figure.locator('.table-source').innerText()).resolves.toContain('Wind');
    const rise = await figure.locator('td.rise').first().evaluate((td) => getComputedStyle(td).color);
    const fall = await figure.locator('td.fall').first().evaluate((td) => getComputedStyle(td).color);
    const [r1, g1] = rise.match(/\d+/g)!.map(Number);
    const [r2, g2] = fall.match(/\d+/g)!.map(Number);
    expect(r1!).toBeGreaterThan(g1!);
    expect(g2!).toBeGreaterThan(r2!);
  });

  it('links an event by its anchor', async () => {
    const report = reports.find((r) => r.source.startsWith('000_'))!;
    const kling = report.events.find((e) => e.title.includes('可灵'))!;
    await page.goto(`${site.url}digests/${report.slug}/#${kling.id}`);
    await expect(page.locator(`[id="${kling.id}"]`).innerText()).resolves.toContain('可灵首轮外部融资落地');
    await expect(page.locator(`[id="${kling.id}"] time`).getAttribute('datetime')).resolves.toBe('2026-07-02');
  });
});
