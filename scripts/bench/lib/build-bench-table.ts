/**
 * The build benchmark's results for each archive size, and the one Markdown table they print
 * as: a row per measure, a column per size. Pure formatting; measuring is elsewhere.
 */
import type { SiteBuild } from './site-build.ts';
import type { DigestPageWeights, FolderSize } from './site-measures.ts';

/** What a first search costs in Chromium (filled by the lead's `measureFirstSearch`). */
export interface FirstSearchMeasures {
  /** Bytes the browser downloads for the first search, from typing to results. */
  bytes: number;
  /** Milliseconds from typing the query to the first results shown. */
  firstResultsMs: number;
  /** Each query measured (the figures above are the worst of them). */
  queries?: readonly { query: string; bytes: number; firstResultsMs: number; requests: number }[];
}

/** One step's wall time, CPU time and peak memory. */
export interface StepMeasures {
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
}

/** The plain Astro + Pagefind site: both steps together, and each (absent in older results). */
export interface BaselineMeasures extends StepMeasures {
  pages: number;
  /** Bytes of Markdown written. */
  bytes: number;
  astro?: StepMeasures;
  pagefind?: StepMeasures;
  /** Killed for passing the bench's memory limit (peakBytes is where). */
  killed?: boolean;
}

/** Everything measured for one archive size. */
export interface SizeResult {
  n: number;
  /** The generator's archive seed (scale-archive.ts): the same seed, the same reports. */
  seed: number;
  /** What the archive was when not the generator's (real reports cycled to size). */
  archive?: string | null;
  build: SiteBuild;
  site: FolderSize;
  pagefind: FolderSize;
  pageWeights: DigestPageWeights;
  search: FirstSearchMeasures | null;
  /** The plain Astro + Pagefind site; null where the run was told not to build it (`--baseline`). */
  baseline: BaselineMeasures | null;
  /** Rebuild after adding report N+1 in the same workspace; null where not measured. */
  incremental: (SiteBuild & { changedInputs: number }) | null;
  /** Rebuilds after changing one report, then removing one (absent in older results). */
  edits?: { changed: SiteBuild; removed: SiteBuild } | null;
}

export interface TableRow {
  measure: string;
  cells: string[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function stage(build: SiteBuild, name: string): { ms: number; peakBytes: number; cpuMs: number } {
  return build.stages.find((s) => s.stage === name) ?? { ms: Number.NaN, peakBytes: Number.NaN, cpuMs: Number.NaN };
}

/** `12.3 s (CPU 20.1 s)`: wall time, and CPU time, which other load on the machine hardly changes. */
const wallAndCpu = (wallMs: number, cpuMs: number) => `${seconds(wallMs)} (CPU ${seconds(cpuMs)})`;

/** Conversion throughput from the build's own conversion window. */
export function conversionThroughput(build: SiteBuild): { reportsPerSecond: number; mbPerSecond: number } {
  const secondsSpent = stage(build, 'conversion').ms / 1000;
  return { reportsPerSecond: build.stats.reports / secondsSpent, mbPerSecond: build.stats.inputBytes / 1e6 / secondsSpent };
}

/** Our full build's wall time over the plain-Markdown site's, and the same for CPU time. */
export function baselineRatio(result: SizeResult): { wall: number; cpu: number } {
  if (!result.baseline) return { wall: Number.NaN, cpu: Number.NaN };
  return { wall: result.build.wallMs / result.baseline.wallMs, cpu: result.build.cpuMs / result.baseline.cpuMs };
}

function throughputCell(build: SiteBuild): string {
  const { reportsPerSecond, mbPerSecond } = conversionThroughput(build);
  return `${reportsPerSecond.toFixed(0)} reports/s, ${mbPerSecond.toFixed(2)} MB/s`;
}

type Measure = [string, (r: SizeResult) => string];

const STAGE_LABELS = { conversion: 'conversion', astro: 'Astro', originals: 'originals', pagefind: 'Pagefind' };

function stageCell(build: SiteBuild, name: string): string {
  const { ms, cpuMs } = stage(build, name);
  return wallAndCpu(ms, cpuMs);
}

const BUILD_MEASURES: Measure[] = [
  ['archive', (r) => (r.n === 0 ? 'content/reports' : (r.archive ?? `scale-archive.ts seed ${r.seed}`))],
  ['reports published / input files', (r) => `${r.build.stats.reports} / ${r.build.stats.inputFiles}`],
  ['input size', (r) => mb(r.build.stats.inputBytes)],
  ['conversion throughput', (r) => throughputCell(r.build)],
  ['full build, wall time (CPU time)', (r) => wallAndCpu(r.build.wallMs, r.build.cpuMs)],
  ...(['conversion', 'astro', 'originals', 'pagefind'] as const).map((name): Measure => [`· ${STAGE_LABELS[name]}`, (r) => stageCell(r.build, name)]),
  ['· startup and exit (rest)', (r) => seconds(r.build.wallMs - r.build.stages.reduce((sum, s) => sum + s.ms, 0))],
  ['full build, peak memory (target ≤ 3 GB at any size)', (r) => mb(r.build.peakBytes)],
  ['· peak in conversion', (r) => mb(stage(r.build, 'conversion').peakBytes)],
  ['· peak in Astro', (r) => mb(stage(r.build, 'astro').peakBytes)],
  ['· peak in Pagefind', (r) => mb(stage(r.build, 'pagefind').peakBytes)],
  ['time per digest (wall / reports)', (r) => `${(r.build.wallMs / r.build.stats.reports).toFixed(0)} ms`],
  ['HTML pages built', (r) => String(r.build.stats.pages)],
  ['site size', (r) => `${mb(r.site.bytes)}, ${r.site.files} files`],
  ['Pagefind index size', (r) => `${mb(r.pagefind.bytes)}, ${r.pagefind.files} files`],
];

const SEARCH_MEASURES: Measure[] = [
  ['first search, worst of 3 queries: bytes downloaded (target < 300 KB at 1,000)', (r) => (r.search ? kb(r.search.bytes) : '—')],
  ['first search, worst of 3 queries: time to first results (target < 300 ms at 1,000)', (r) => (r.search ? `${r.search.firstResultsMs.toFixed(0)} ms` : '—')],
];

const PAGE_MEASURES: Measure[] = [
  ['digest page, no search, gz (median / p95 / max; target < 60 KB)', (r) => spreadKb(r.pageWeights.withoutSearch)],
  ['digest page, with search UI, gz (median / p95 / max)', (r) => spreadKb(r.pageWeights.withSearch)],
  ['Pagefind runtime (pagefind.js, wasm, entry, meta), gz', (r) => kb(r.pageWeights.searchRuntime)],
];

const stepCell = (step: StepMeasures | undefined) => (step ? `${wallAndCpu(step.wallMs, step.cpuMs)}, peak ${mb(step.peakBytes)}` : '—');

/** A baseline cell, or "not built" where the run skipped the baseline at that size. */
const ofBaseline = (cell: (baseline: BaselineMeasures, r: SizeResult) => string) => (r: SizeResult) => (r.baseline ? cell(r.baseline, r) : 'not built');

const BASELINE_MEASURES: Measure[] = [
  ['plain Astro + Pagefind site: pages, Markdown', ofBaseline((b) => `${b.pages}, ${mb(b.bytes)}`)],
  ['plain Astro + Pagefind site: wall time (CPU time)', ofBaseline((b) => (b.killed ? 'killed at the memory limit' : wallAndCpu(b.wallMs, b.cpuMs)))],
  ['· astro build', ofBaseline((b) => stepCell(b.astro))],
  ['· pagefind', ofBaseline((b) => (b.killed && b.astro && !b.pagefind ? `killed above ${mb(b.peakBytes)}` : stepCell(b.pagefind)))],
  ['plain Astro + Pagefind site: peak memory', ofBaseline((b) => (b.killed ? `> ${mb(b.peakBytes)} (killed at the limit)` : mb(b.peakBytes)))],
  [
    'our build / plain Astro + Pagefind, wall (CPU) (target ≤ 1.3× at 1,000)',
    ofBaseline((b, r) => (b.killed ? '— (baseline killed)' : `${baselineRatio(r).wall.toFixed(2)}× (${baselineRatio(r).cpu.toFixed(2)}×)`)),
  ],
];

/** The three stages of a rebuild, in one cell. */
const stagesCell = (build: SiteBuild) => ['conversion', 'astro', 'pagefind'].map((s) => seconds(stage(build, s).ms)).join(' / ');

/** Rows for one kind of rebuild: wall (CPU), its stages, its peak. */
function rebuildMeasures(what: string, of: (r: SizeResult) => SiteBuild | null | undefined): Measure[] {
  const cell = (format: (build: SiteBuild) => string) => (r: SizeResult) => {
    const build = of(r);
    return build ? format(build) : '—';
  };
  return [
    [`rebuild after ${what}: wall time (CPU time) (target ≤ 60 s at 10,000)`, cell((b) => wallAndCpu(b.wallMs, b.cpuMs))],
    ['· conversion / Astro / Pagefind', cell(stagesCell)],
    ['· peak memory', cell((b) => mb(b.peakBytes))],
  ];
}

const INCREMENTAL_MEASURES: Measure[] = [
  ...rebuildMeasures('adding 1 report', (r) => r.incremental),
  ['· inputs changed (new or edited)', (r) => (r.incremental ? String(r.incremental.changedInputs) : '—')],
  ...rebuildMeasures('changing 1 report', (r) => r.edits?.changed),
  ...rebuildMeasures('removing 1 report', (r) => r.edits?.removed),
];

function spreadKb(s: { median: number; p95: number; max: number }): string {
  return `${kb(s.median)} / ${kb(s.p95)} / ${kb(s.max)}`;
}

/** Each size's build time over the 1,000-report build's of the same run (time linear: ≤ 11× at 10,000). */
function scalingMeasure(results: readonly SizeResult[]): Measure {
  const reference = results.find((r) => r.n === 1000);
  return [
    'full build ÷ the 1,000-report build, wall (CPU) (target ≤ 11× at 10,000)',
    (r) => (reference ? `${(r.build.wallMs / reference.build.wallMs).toFixed(2)}× (${(r.build.cpuMs / reference.build.cpuMs).toFixed(2)}×)` : '—'),
  ];
}

export function tableRows(results: readonly SizeResult[]): TableRow[] {
  const measures = [...BUILD_MEASURES, scalingMeasure(results), ...SEARCH_MEASURES, ...PAGE_MEASURES, ...BASELINE_MEASURES, ...INCREMENTAL_MEASURES];
  return measures.map(([measure, cell]) => ({ measure, cells: results.map(cell) }));
}

/** A Markdown table: `header` names the columns after the first ("measure"). */
export function markdownTable(header: readonly string[], rows: readonly TableRow[]): string {
  const lines = [`| measure | ${header.join(' | ')} |`, `| --- | ${header.map(() => '---:').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.cells.join(' | ')} |`);
  return lines.join('\n');
}
