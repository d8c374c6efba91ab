/**
 * The digest body rendered at conversion time: what Astro used to render from the MDX, now
 * rendered by the converter from the same MDX. Facts checked by hand against the seed reports.
 */
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { convertReport } from '~/converter/convert-report.ts';
import { digestMdx } from '~/converter/emit/digest-mdx.ts';
import { digestHtml } from '~/converter/render/digest-html.ts';
import { renderDigest } from '~/converter/render/digest-files.ts';
import { StageTimer } from '~/converter/timing.ts';
import { toFrontmatter } from '~/schema/digest.ts';
import type { Report } from '~/schema/report.ts';
import { makeReport } from '../../helpers/report-factory.ts';

async function seed(name: string): Promise<Report> {
  const outcome = await convertReport({ source: name, path: `content/reports/${name}`, sidecarPath: null }, new StageTimer());
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
}

function rendered(report: Report) {
  return parseHtml(new TextDecoder().decode(renderDigest(report).html));
}

describe('digest body HTML', () => {
  it('gives search a weighted head whose fields, and an event’s date and headline, read as separate words', async () => {
    const page = rendered(await seed('000_2272510a5eb1dbfa.txt'));
    const card = page.querySelector('section.summary-card')!;
    expect(card.getAttribute('data-pagefind-weight')).toBe('10');
    expect(card.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
    // The text the index reads: labels and values kept apart (was 券商国金证券日期2026-06-29 …).
    expect(card.querySelector('dl')!.text).toMatch(/^券商 国金证券 日期 2026-06-29 至 2026-07-03 类型 行业周报 /);
    const kling = page.querySelectorAll('article.event').find((e) => e.getAttribute('data-pagefind-title')?.includes('可灵'));
    expect(kling!.querySelector('.event-title')!.text).toMatch(/^2026-07-02 快手/);
  });

  it('renders the summary card, headings with anchors, events as sub-results and the price moves (internet weekly 000)', async () => {
    const page = rendered(await seed('000_2272510a5eb1dbfa.txt'));
    expect(page.querySelector('section.summary-card h1')?.text).toBe('Meta 拟出租闲置算力，可灵首轮外部融资落地');
    expect(page.querySelector('section.summary-card time')?.getAttribute('datetime')).toBe('2026-07-03');
    const heading = page.querySelector('h3#s1-1');
    expect(heading?.classList.contains('section-heading')).toBe(true);
    expect(heading?.querySelector('a.anchor')?.getAttribute('href')).toBe('#s1-1');
    expect(heading?.querySelector('button.copy-link')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const kling = page.querySelectorAll('article.event').find((e) => e.getAttribute('data-pagefind-title')?.includes('可灵'));
    expect(kling?.getAttribute('data-pagefind-title')).toMatch(/^2026-07-02 /);
    const moves = page.querySelectorAll('figure.movers')[0]!.querySelectorAll('li');
    expect(moves).toHaveLength(11);
    expect(moves[0]!.querySelector('.name')?.text).toBe('拼多多');
    expect(moves[0]!.querySelector('.change')?.text).toBe('-2.45%');
    expect(moves[0]!.querySelector('.change')?.classList.contains('fall')).toBe(true);
    expect(page.querySelector('figure.movers svg rect')?.getAttribute('class')).toBe('fall');
  });

  it('renders a table as a figure with caption and source, cells coloured as the market reads them (computer weekly 003, 图表4)', async () => {
    const page = rendered(await seed('003_d21945e2f427e36b.txt'));
    const figure = page.querySelectorAll('figure.data-table').find((f) => f.getAttribute('data-pagefind-title')?.startsWith('图表4'));
    expect(figure).toBeDefined();
    const rows = figure!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(10);
    expect(figure!.querySelectorAll('thead th')).toHaveLength(4);
    for (const cell of figure!.querySelectorAll('td, th')) expect(cell.hasAttribute('style')).toBe(false);
    const signed = figure!.querySelectorAll('td').filter((td) => /^[+-]\d/.test(td.text.trim()));
    for (const td of signed) expect(td.getAttribute('class')).toBe(td.text.trim().startsWith('-') ? 'num fall' : 'num rise');
  });

  it('keeps hostile report text literal: no element, script or expression comes from it', () => {
    const hostile = '<script>alert(1)</script> {process.exit(1)} <img src=x onerror="alert(1)">';
    const html = new TextDecoder().decode(
      renderDigest(makeReport({ title: hostile, sections: [{ id: 's1', title: hostile, level: 1, paragraphs: [hostile] }] })).html,
    );
    const page = parseHtml(html);
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect(page.querySelector('h1')?.text).toBe(hostile);
    expect(page.querySelector('p')?.text).toBe(hostile);
  });

  it('refuses MDX the converter never writes: unknown components and code expressions', () => {
    const frontmatter = toFrontmatter(makeReport({}));
    expect(() => digestHtml('<Widget />\n', frontmatter)).toThrow(/未知的组件 <Widget>/);
    expect(() => digestHtml('<SectionHeading id="s1" level={process.exit(1)} title="x" />\n', frontmatter)).toThrow(/无法识别的表达式/);
    expect(() => digestHtml('{process.exit(1)}\n', frontmatter)).toThrow(/表达式/);
  });

  it('renders the MDX it is given: the same body for the document and for the report model', () => {
    const report = makeReport({ sections: [{ id: 's1', title: '标题', level: 1, paragraphs: ['正文 +1.5%'] }] });
    const fromModel = new TextDecoder().decode(renderDigest(report).html);
    expect(digestHtml(digestMdx(report), toFrontmatter(report))).toBe(fromModel);
    expect(fromModel).toContain('<h2 id="s1" class="section-heading">标题<a class="anchor" href="#s1"');
  });
});
