/**
 * The scale-archive generator (issue #8): deterministic, report i independent of the count,
 * every report unique, and, the point of it all, an archive the converter publishes in full,
 * reading in every report the broker, date, sector and type the generator meant it to carry.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertArchive, type ConvertResult } from '~/converter/pipeline.ts';
import { tempDirs } from '../../helpers/temp-files.ts';
import { generateArchive, type ArchiveSummary } from '../../../scripts/bench/lib/scale-archive.ts';
import { dayOfIso, shiftBetween } from '../../../scripts/bench/lib/scale-archive/calendar.ts';
import { shiftDates } from '../../../scripts/bench/lib/scale-archive/date-text.ts';

const SEEDS = 'content/reports';

const freshDir = tempDirs();

async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)));
}

async function generate(count: number, seed: number, outDir?: string): Promise<{ dir: string; summary: ArchiveSummary }> {
  const dir = outDir ?? (await freshDir());
  return { dir, summary: await generateArchive({ count, seed, outDir: dir, seedDir: SEEDS }) };
}

// Each archive parses the five seeds first (a few hundred ms): generous timeouts for loaded machines.
describe('generateArchive: determinism', { timeout: 30_000 }, () => {
  it('writes byte-identical archives for the same seed and count', async () => {
    const first = await generate(12, 7);
    const second = await generate(12, 7);
    const a = await filesOf(first.dir);
    expect([...a.keys()]).toEqual(Array.from({ length: 12 }, (_, i) => `r${String(i + 1).padStart(5, '0')}.txt`));
    expect(await filesOf(second.dir)).toEqual(a);
    expect(second.summary.reports).toEqual(first.summary.reports);
  });

  it('makes a smaller archive the prefix of a larger one', async () => {
    const small = await filesOf((await generate(6, 3)).dir);
    const large = await filesOf((await generate(15, 3)).dir);
    for (const [name, text] of small) expect(large.get(name)).toBe(text);
  });

  it('gives another seed another archive', async () => {
    const one = await filesOf((await generate(4, 1)).dir);
    const two = await filesOf((await generate(4, 2)).dir);
    for (const [name, text] of one) expect(two.get(name)).not.toBe(text);
  });

  it('removes generated files left over from a larger archive in the same folder', async () => {
    const { dir } = await generate(9, 5);
    await generate(4, 5, dir);
    expect((await readdir(dir)).sort()).toEqual(['r00001.txt', 'r00002.txt', 'r00003.txt', 'r00004.txt']);
  });
});

describe('shiftDates', () => {
  const weekLater = shiftBetween(dayOfIso('2026-07-03'), dayOfIso('2026-07-10'), 'days');

  it('moves every written form of a date by whole days, keeping its spelling', () => {
    expect(shiftDates('本期（2026年6月29日-7月3日）', weekLater)).toBe('本期（2026年7月6日-7月10日）');
    expect(shiftDates('本期（2026 年 6 月 29 日-7 月 3 日）', weekLater)).toBe('本期（2026 年 7 月 6 日-7 月 10 日）');
    expect(shiftDates('图表1：相关行业指数表现（6.29-7.3）', weekLater)).toBe('图表1：相关行业指数表现（7.6-7.10）');
    expect(shiftDates('(2026-06-29 至 2026-07-03)', weekLater)).toBe('(2026-07-06 至 2026-07-10)');
  });

  it('moves across a year end, and years and months with it', () => {
    const nextYear = shiftBetween(dayOfIso('2023-07-16'), dayOfIso('2024-01-14'), 'days');
    expect(shiftDates('报告日期：2023-07-16', nextYear)).toBe('报告日期：2024-01-14');
    expect(shiftDates('EPS 2023E 2024E，23Q1，2023 年以来，7 月行情', nextYear)).toBe(
      'EPS 2024E 2025E，24Q1，2024 年以来，1 月行情',
    );
  });

  it('moves monthly reports by whole months, clamping the day', () => {
    const threeMonthsEarlier = shiftBetween(dayOfIso('2026-05-30'), dayOfIso('2026-02-28'), 'months');
    expect(shiftDates('截至 2026 年 5 月 30 日，互联网行业 2026 年 6 月投资策略', threeMonthsEarlier)).toBe(
      '截至 2026 年 2 月 28 日，互联网行业 2026 年 3 月投资策略',
    );
  });

  it('leaves numbers that are not dates alone', () => {
    const text = '近 10 年 59.31%分位点，估值 1.5-2.0 倍，0700.HK，S1130526050001，电话：021-80234211，GPT-5.5';
    expect(shiftDates(text, weekLater)).toBe(text);
  });
});

describe('generateArchive: a 30-report archive through the converter', () => {
  let summary: ArchiveSummary;
  let result: ConvertResult;
  let texts: Map<string, string>;

  beforeAll(async () => {
    const generated = await generate(30, 1);
    summary = generated.summary;
    texts = await filesOf(generated.dir);
    result = await convertArchive({ inputDir: generated.dir, mdxDir: null, jsonDir: null });
  }, 60_000);

  it('writes unique reports of realistic size from every seed', () => {
    expect(summary.files).toBe(30);
    expect(new Set(texts.values()).size).toBe(30);
    for (const report of summary.reports) expect(report.bytes).toBeGreaterThan(15_000);
    for (const report of summary.reports) expect(report.bytes).toBeLessThan(125_000);
    expect(summary.bytes).toBe([...texts.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0));
    expect(new Set(summary.reports.map((r) => r.template))).toEqual(new Set(summary.seeds));
  });

  it('publishes every report, none rejected', () => {
    const { counts } = result.buildReport;
    expect(counts.rejected).toBe(0);
    expect(counts.skipped).toBe(0);
    expect(counts.published + counts['published-with-warnings']).toBe(30);
  });

  it('reads in every report the broker, date, sector, type and rating it was generated with', () => {
    const bySource = new Map(result.reports.map((report) => [report.source, report]));
    for (const meant of summary.reports) {
      const { broker, date, sector, reportType, rating } = bySource.get(meant.file)!;
      const { file, template: _, bytes: __, ...expected } = meant;
      expect({ file, broker, date, sector, reportType, rating }).toEqual({ file, ...expected });
    }
  });

  it('spreads the archive over brokers, sectors, years and report types', () => {
    const distinct = (values: (string | null)[]) => new Set(values.filter((v) => v !== null)).size;
    expect(distinct(result.reports.map((r) => r.broker))).toBeGreaterThanOrEqual(10);
    expect(distinct(result.reports.map((r) => r.sector))).toBeGreaterThanOrEqual(8);
    expect(distinct(result.reports.map((r) => r.date?.slice(0, 4) ?? null))).toBeGreaterThanOrEqual(4);
    expect(distinct(result.reports.map((r) => r.reportType))).toBeGreaterThanOrEqual(4);
    for (const report of result.reports) if (report.date) expect(report.date >= '2022-01-01' && report.date <= '2026-06-30').toBe(true);
  });

  it('gives the reports events, tables and analysts, as the seeds have', () => {
    expect(result.reports.filter((r) => r.events.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(result.reports.filter((r) => r.tables.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(result.reports.filter((r) => r.analysts.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(new Set(result.reports.map((r) => r.title)).size).toBeGreaterThanOrEqual(25);
  });
});
