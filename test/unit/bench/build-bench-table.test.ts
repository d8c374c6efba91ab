import { describe, expect, it } from 'vitest';
import { markdownTable, tableRows, type SizeResult } from '../../../scripts/bench/lib/build-bench-table.ts';
import { quantile, spread } from '../../../scripts/bench/lib/site-measures.ts';
import { isGeneratedSource } from '../../../scripts/bench/lib/workspace.ts';

describe('markdownTable', () => {
  it('has a row per measure and a right-aligned column per size', () => {
    const table = markdownTable(['N = 100', 'N = 1,000'], [{ measure: 'wall time', cells: ['10.0 s', '90.0 s'] }]);
    expect(table).toBe('| measure | N = 100 | N = 1,000 |\n| --- | ---: | ---: |\n| wall time | 10.0 s | 90.0 s |');
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
    expect(spread([3, 1, 2])).toEqual({ median: 2, p95: 3, max: 3 });
  });
});

describe('isGeneratedSource', () => {
  it('leaves generated digests out of a workspace copy, and nothing else', () => {
    expect(isGeneratedSource('src/content/digests')).toBe(true);
    expect(isGeneratedSource('src/content/digests/a.mdx')).toBe(true);
    expect(isGeneratedSource('src/content/digests-old/a.mdx')).toBe(false);
    expect(isGeneratedSource('src/content.config.ts')).toBe(false);
  });
});

describe('tableRows: the plain Astro + Pagefind baseline', () => {
  const spreadOf = { median: 1024, p95: 1024, max: 1024 };
  const build = {
    wallMs: 60_000,
    cpuMs: 50_000,
    peakBytes: 1e9,
    stages: [],
    stats: { stages: [], pages: 10, reports: 10, inputFiles: 10, inputBytes: 1e6, conversionStages: [] },
  };
  const result = (baseline: SizeResult['baseline']): SizeResult => ({
    n: 10_000,
    seed: 1,
    build,
    site: { bytes: 0, files: 0 },
    pagefind: { bytes: 0, files: 0 },
    pageWeights: { pages: 1, withoutSearch: spreadOf, withSearch: spreadOf, medianPage: { page: '', files: [] }, searchRuntime: 0 },
    search: null,
    baseline,
    incremental: null,
  });
  const cell = (r: SizeResult, measure: string) => tableRows([r]).find((row) => row.measure.startsWith(measure))!.cells[0];

  it('gives the ratio of our build to the baseline', () => {
    const baseline = { pages: 10, bytes: 1e6, wallMs: 40_000, cpuMs: 25_000, peakBytes: 2e9 };
    expect(cell(result(baseline), 'our build / plain')).toBe('1.50× (2.00×)');
  });

  it('says the baseline was killed, where, and gives no ratio, when its Pagefind passed the memory limit', () => {
    const astro = { wallMs: 90_000, cpuMs: 80_000, peakBytes: 3e9 };
    const killed = { pages: 10, bytes: 1e6, wallMs: Number.NaN, cpuMs: Number.NaN, peakBytes: 12.3e9, killed: true, astro };
    expect(cell(result(killed), '· pagefind')).toBe('killed above 12300.0 MB');
    expect(cell(result(killed), '· astro build')).toBe('90.0 s (CPU 80.0 s), peak 3000.0 MB');
    expect(cell(result(killed), 'plain Astro + Pagefind site: peak memory')).toBe('> 12300.0 MB (killed at the limit)');
    expect(cell(result(killed), 'our build / plain')).toBe('— (baseline killed)');
  });

  it('says "not built" where the run skipped the baseline', () => {
    expect(cell(result(null), 'plain Astro + Pagefind site: wall time')).toBe('not built');
    expect(cell(result(null), 'our build / plain')).toBe('not built');
  });
});

describe('tableRows: rebuilds after adding, changing and removing a report', () => {
  const rebuild = (wallMs: number) => ({
    wallMs,
    cpuMs: wallMs / 2,
    peakBytes: 5e8,
    stages: [
      { stage: 'conversion', ms: 1000, peakBytes: 1, cpuMs: 1 },
      { stage: 'astro', ms: 2000, peakBytes: 1, cpuMs: 1 },
      { stage: 'pagefind', ms: 3000, peakBytes: 1, cpuMs: 1 },
    ],
    stats: { stages: [], pages: 10, reports: 10, inputFiles: 10, inputBytes: 1e6, conversionStages: [] },
  });
  const spreadOf = { median: 1, p95: 1, max: 1 };
  const result = {
    n: 10_000,
    seed: 1,
    build: rebuild(60_000),
    site: { bytes: 0, files: 0 },
    pagefind: { bytes: 0, files: 0 },
    pageWeights: { pages: 1, withoutSearch: spreadOf, withSearch: spreadOf, medianPage: { page: '', files: [] }, searchRuntime: 0 },
    search: null,
    baseline: null,
    incremental: { ...rebuild(40_000), changedInputs: 1 },
    edits: { changed: rebuild(30_000), removed: rebuild(20_000) },
  } satisfies SizeResult;

  it('gives each rebuild its time, stages and peak', () => {
    const rows = tableRows([result]).filter((row) => row.measure.startsWith('rebuild after') || row.measure === '· conversion / Astro / Pagefind');
    expect(rows.map((row) => `${row.measure.split(':')[0]} = ${row.cells[0]}`)).toEqual([
      'rebuild after adding 1 report = 40.0 s (CPU 20.0 s)',
      '· conversion / Astro / Pagefind = 1.0 s / 2.0 s / 3.0 s',
      'rebuild after changing 1 report = 30.0 s (CPU 15.0 s)',
      '· conversion / Astro / Pagefind = 1.0 s / 2.0 s / 3.0 s',
      'rebuild after removing 1 report = 20.0 s (CPU 10.0 s)',
      '· conversion / Astro / Pagefind = 1.0 s / 2.0 s / 3.0 s',
    ]);
  });
});
