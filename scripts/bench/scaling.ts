/**
 * `npm run bench:scaling`: does conversion time grow linearly with the input? Four series, one table:
 *
 *   one report       a seed report repeated 1×, 2×, 4× … 32× into one file
 *   many reports     N = 5, 50, 500 copies of the sample reports
 *   long paragraph   one hard-wrapped paragraph of 1000, 2000, 4000 lines (a worst case)
 *   long ASCII line  one line of 16, 32, 64 kB of ASCII without spaces (a worst case)
 *
 * Each row is converted by `convertArchive` (no output written) plus `digestMdx` for every report,
 * three times; every stage's time is the median of the three. `×time` against `×size` (previous row)
 * shows superlinear growth; the footnote gives each stage's growth exponent over the series
 * (1 = linear, 2 = quadratic). Temp folders are removed afterwards.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { digestMdx } from '../../src/converter/emit/digest-mdx.ts';
import { convertArchive } from '../../src/converter/pipeline.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'content/reports' },
    seed: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const inputDir = values.input!;
const runs = Math.max(1, Number(values.runs));

interface Row {
  series: string;
  label: string;
  files: number;
  bytes: number;
  /** Size of the MDX written for the reports, in bytes: shows the parser kept the growing input. */
  mdxBytes: number;
  /** Median ms per stage (the converter's own stages plus `emit`, i.e. digestMdx). */
  stages: Map<string, number>;
  totalMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One conversion: per-stage ms, bytes read, files seen, MDX bytes written. */
interface Sample {
  stages: Map<string, number>;
  bytes: number;
  files: number;
  mdxBytes: number;
}

/** Converts `dir` once, and writes (in memory) the MDX of every report. */
async function convertOnce(dir: string): Promise<Sample> {
  // In-process: with workers, stage times are summed across threads and would be counted twice.
  const result = await convertArchive({ inputDir: dir, mdxDir: null, jsonDir: null, workers: 0 });
  const stages = new Map(result.timer.timings.map((t) => [t.stage, t.ms]));
  let mdxBytes = 0;
  const start = performance.now();
  for (const report of result.reports) mdxBytes += Buffer.byteLength(digestMdx(report));
  stages.set('emit', performance.now() - start);
  return { stages, bytes: result.inputBytes, files: result.buildReport.entries.length, mdxBytes };
}

async function measure(series: string, label: string, dir: string): Promise<Row> {
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run++) samples.push(await convertOnce(dir));
  const names = [...new Set(samples.flatMap((s) => [...s.stages.keys()]))];
  const stages = new Map(names.map((name) => [name, median(samples.map((s) => s.stages.get(name) ?? 0))]));
  const totalMs = median(samples.map((s) => [...s.stages.values()].reduce((a, b) => a + b, 0)));
  const { bytes, files, mdxBytes } = samples[0]!;
  return { series, label, files, bytes, mdxBytes, stages, totalMs };
}

/** A fresh temp folder holding `files` (name → text); removed by the caller. */
async function folderWith(root: string, name: string, files: Map<string, string>): Promise<string> {
  const dir = join(root, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all([...files].map(([file, text]) => writeFile(join(dir, file), text)));
  return dir;
}

async function readSeeds(): Promise<Map<string, string>> {
  const names = (await readdir(inputDir)).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(inputDir, n), 'utf8')] as const)));
}

/** One input of a series: a label and the files of its folder. */
interface Input {
  label: string;
  files: Map<string, string>;
}

/** The seed that is repeated: `--seed`, else the longest sample report under 100 000 characters. */
function pickSeed(seeds: Map<string, string>): [string, string] {
  if (values.seed) {
    const text = seeds.get(values.seed);
    if (text === undefined) throw new Error(`no seed ${values.seed} in ${inputDir}`);
    return [values.seed, text];
  }
  const small = [...seeds].filter(([, text]) => text.length < 100_000);
  return small.sort((a, b) => b[1].length - a[1].length)[0] ?? [...seeds][0]!;
}

function oneGrowingReport(seeds: Map<string, string>): Input[] {
  const [name, seed] = pickSeed(seeds);
  return [1, 2, 4, 8, 16, 32].map((times) => ({
    label: `${name.slice(0, 12)}… ×${times}`,
    files: new Map([[name, Array(times).fill(seed).join('\n')]]),
  }));
}

function manyReports(seeds: Map<string, string>): Input[] {
  const texts = [...seeds.values()];
  return [5, 50, 500].map((count) => ({
    label: `${count} reports`,
    files: new Map(Array.from({ length: count }, (_, i) => [`r${String(i).padStart(4, '0')}.txt`, texts[i % texts.length]!] as const)),
  }));
}

/** Worst cases found by the property tests: one hard-wrapped paragraph, one long line of ASCII without spaces. */
function adversarial(): Input[][] {
  const wrapped = '本期恒生互联网科技业指数累计涨跌幅较恒生科技指数明显跑赢，板块景气度稳健向上，持续关注竞争格局';
  const paragraph = [1000, 2000, 4000].map((lines) => ({
    label: `paragraph of ${lines} lines`,
    files: new Map([['p.txt', `一、行业情况跟踪\n${Array(lines).fill(wrapped).join('\n')}`]]),
  }));
  const asciiRun = [1600, 3200, 6400].map((times) => ({
    label: `line '2026-07-03'×${times}`,
    files: new Map([['a.txt', `一、行业情况跟踪\n${'2026-07-03'.repeat(times)}`]]),
  }));
  return [paragraph, asciiRun];
}

async function measureSeries(root: string, series: string, inputs: Input[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [i, input] of inputs.entries()) {
    const dir = await folderWith(root, `${series.replace(/\W+/g, '-')}-${i}`, input.files);
    rows.push(await measure(series, input.label, dir));
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

const MAIN_STAGES = ['parse', 'validate', 'emit'];

function stageCell(row: Row, stage: string): string {
  return (row.stages.get(stage) ?? 0).toFixed(1);
}

function otherMs(row: Row): number {
  return [...row.stages].filter(([name]) => !MAIN_STAGES.includes(name)).reduce((sum, [, ms]) => sum + ms, 0);
}

function printTable(rows: Row[]): void {
  const header = ['input', 'files', 'MB', 'MDX MB', 'ms', 'MB/s', '×time', '×size', 'parse ms', 'validate ms', 'emit ms', 'other ms'];
  const lines = rows.map((row, i) => {
    const previous = rows[i - 1]?.series === row.series ? rows[i - 1] : undefined;
    const ratio = (a: number, b: number | undefined) => (b ? `×${(a / b).toFixed(2)}` : '');
    return [
      row.label, String(row.files), (row.bytes / 1e6).toFixed(2), (row.mdxBytes / 1e6).toFixed(2), row.totalMs.toFixed(1),
      (row.bytes / 1e6 / (row.totalMs / 1000)).toFixed(2), ratio(row.totalMs, previous?.totalMs), ratio(row.bytes, previous?.bytes),
      ...MAIN_STAGES.map((stage) => stageCell(row, stage)), otherMs(row).toFixed(1),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log([format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n'));
}

/** log(time ratio) / log(size ratio) from a series' first to last row, per stage: 1 is linear. */
function printExponents(rows: Row[]): void {
  for (const series of new Set(rows.map((r) => r.series))) {
    const inSeries = rows.filter((r) => r.series === series);
    const [first, last] = [inSeries[0]!, inSeries[inSeries.length - 1]!];
    const size = Math.log(last.bytes / first.bytes);
    const exponent = (a: number, b: number) => (a > 0 && b > 0 ? (Math.log(b / a) / size).toFixed(2) : 'n/a');
    const stages = [...MAIN_STAGES.map((s) => `${s} ${exponent(first.stages.get(s) ?? 0, last.stages.get(s) ?? 0)}`), `other ${exponent(otherMs(first), otherMs(last))}`];
    console.log(`growth exponent, ${series} (${first.label} → ${last.label}): total ${exponent(first.totalMs, last.totalMs)} · ${stages.join(' · ')}`);
  }
}

const root = await mkdtemp(join(tmpdir(), 'digest-scaling-'));
try {
  const seeds = await readSeeds();
  await convertOnce(inputDir); // warm-up: JIT and module caches
  const [paragraph, asciiRun] = adversarial();
  const rows = [
    ...(await measureSeries(root, 'one report', oneGrowingReport(seeds))),
    ...(await measureSeries(root, 'many reports', manyReports(seeds))),
    ...(await measureSeries(root, 'long paragraph', paragraph!)),
    ...(await measureSeries(root, 'long ASCII line', asciiRun!)),
  ];
  console.log(`median of ${runs} runs per row; ms = convertArchive (no output) + digestMdx for every report\n`);
  printTable(rows);
  console.log('');
  printExponents(rows);
} finally {
  await rm(root, { recursive: true, force: true });
}
