/**
 * `npm run bench:generate -- --count 1000 --seed 1 --out /tmp/archive [--seeds content/reports]`:
 * writes a realistic archive of `count` reports recombined from the seed reports (see
 * lib/scale-archive.ts). The same seed and count always give the same files.
 */
import { parseArgs } from 'node:util';
import { generateArchive } from './lib/scale-archive.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    seeds: { type: 'string', default: 'content/reports' },
  },
  strict: true,
  allowPositionals: false,
});

if (!values.out) {
  console.error('usage: node scripts/bench/generate.ts --count 1000 --seed 1 --out <dir> [--seeds content/reports]');
  process.exit(2);
}

const start = performance.now();
const summary = await generateArchive({
  count: Number(values.count),
  seed: Number(values.seed),
  outDir: values.out,
  seedDir: values.seeds!,
});
const seconds = (performance.now() - start) / 1000;

const perSeed = new Map<string, number>();
for (const report of summary.reports) perSeed.set(report.template, (perSeed.get(report.template) ?? 0) + 1);
const sizes = summary.reports.map((r) => r.bytes).sort((a, b) => a - b);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

console.log(`wrote ${summary.files} reports, ${(summary.bytes / 1e6).toFixed(1)} MB, to ${summary.outDir} in ${seconds.toFixed(1)} s`);
console.log(`  seed ${values.seed}, from ${summary.seeds.length} seed reports in ${values.seeds}`);
console.log(`  sizes: min ${kb(sizes[0]!)}, median ${kb(sizes[Math.floor(sizes.length / 2)]!)}, max ${kb(sizes.at(-1)!)}`);
for (const [seedName, n] of [...perSeed].sort()) console.log(`  ${seedName}: ${n} reports`);
