/**
 * `npm run bench:fidelity`: how faithfully the parser reads real reports. Converts the development
 * corpus (../shared/corpus, or `--corpus <dir>`) and the sample archive, scores each JSON export
 * with the corpus's own `score.py` (the seeds against their hand-checked facts in
 * test/fixtures/seeds/gold.json), and prints the per-field and per-layout tables and the totals.
 * `--verbose` also prints every failed check. Nothing outside a temporary folder is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { convertArchive } from '../../src/converter/pipeline.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    seeds: { type: 'string', default: 'content/reports' },
    verbose: { type: 'boolean', default: false },
  },
});
const corpus = resolve(values.corpus!);
const scorer = join(corpus, 'score.py');
if (!existsSync(scorer)) {
  console.error(`bench:fidelity：找不到 ${scorer}（用 --corpus <dir> 指定语料目录）`);
  process.exit(2);
}

/** Converts `inputDir` to JSON and scores it against `gold`; returns score.py's output. */
async function score(label: string, inputDir: string, gold: string, reports?: string): Promise<string> {
  const jsonDir = await mkdtemp(join(tmpdir(), `fidelity-${label}-`));
  try {
    const started = performance.now();
    const { reports: converted } = await convertArchive({ inputDir, mdxDir: null, jsonDir });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const args = [scorer, jsonDir, gold, '--by-field', '--min-ratio', '0', ...(values.verbose ? ['--verbose'] : [])];
    if (reports) args.push('--reports', reports);
    const run = spawnSync('python3', args, { encoding: 'utf8' });
    if (run.error) throw new Error(`python3 ${scorer}: ${run.error.message}`);
    const lines = run.stdout.split('\n').filter((line) => values.verbose || !line.startsWith('FAIL'));
    return [`## ${label}: ${converted.length} reports from ${inputDir} (converted in ${seconds} s)`, ...lines].join('\n');
  } finally {
    await rm(jsonDir, { recursive: true, force: true });
  }
}

console.log(await score('corpus', join(corpus, 'reports'), join(corpus, 'gold.json')));
console.log(await score('seeds', resolve(values.seeds!), resolve('test/fixtures/seeds/gold.json'), resolve(values.seeds!)));
