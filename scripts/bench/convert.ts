/**
 * `npm run bench:convert`: conversion throughput on a folder of reports (default: the sample
 * archive). Prints one table; no file is written. Repeats the run to smooth out warm-up.
 */
import { parseArgs } from 'node:util';
import { convertArchive } from '../../src/converter/pipeline.ts';

const { values } = parseArgs({
  options: { input: { type: 'string', default: 'content/reports' }, runs: { type: 'string', default: '5' } },
});
const runs = Math.max(1, Number(values.runs));
const inputDir = values.input!;

const timings: number[] = [];
let last: Awaited<ReturnType<typeof convertArchive>> | null = null;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  last = await convertArchive({ inputDir, mdxDir: null, jsonDir: null });
  timings.push(performance.now() - start);
}
const best = Math.min(...timings);
const median = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)]!;
const reports = last!.reports.length;
const megabytes = last!.inputBytes / 1e6;

const rows: [string, string][] = [
  ['input', inputDir],
  ['reports', String(reports)],
  ['input size', `${megabytes.toFixed(2)} MB`],
  ['runs', String(runs)],
  ['conversion, best', `${best.toFixed(1)} ms`],
  ['conversion, median', `${median.toFixed(1)} ms`],
  ['throughput (median)', `${(reports / (median / 1000)).toFixed(0)} reports/s, ${(megabytes / (median / 1000)).toFixed(1)} MB/s`],
  ['stages (last run)', last!.timer.summary()],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`| ${'measure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | --- |`);
for (const [key, value] of rows) console.log(`| ${key.padEnd(width)} | ${value} |`);
