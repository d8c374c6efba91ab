/**
 * Summarises CPU profiles of builds (`npm run bench -- --profile DIR` writes them):
 * `node scripts/bench/profile-build.ts FILE.cpuprofile… [--top 25] [--inclusive REGEX] [--from S] [--to S]`.
 * Prints self time per package and per function, and the time under functions whose
 * `name file` matches `--inclusive` (default: a few of Astro's and Vite's build phases).
 * `--from`/`--to` keep the samples between two times, in seconds after the profile started
 * (take them from the build's log to look at one phase, e.g. Vite's bundling).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { frameLabel, summarizeProfile, topLines, type CpuProfile } from './lib/cpu-profile.ts';

const DEFAULT_INCLUSIVE =
  '^(build|buildInner|syncContentLayer|runLoaders|generatePages|generatePage|renderPage|renderToString|bundle|rollupInternal|transform|load|writeBundle|generateBundle|indexSite|convertArchive) ';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    inclusive: { type: 'string', default: DEFAULT_INCLUSIVE },
    from: { type: 'string', default: '0' },
    to: { type: 'string', default: 'Infinity' },
  },
});
const top = Number(values.top);
const wanted = new RegExp(values.inclusive!);

for (const file of positionals) {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const summary = summarizeProfile(profile, {
    inclusive: (node) => wanted.test(frameLabel(node)),
    fromMs: Number(values.from) * 1000,
    toMs: Number(values.to) * 1000,
  });
  console.log(`\n# ${file} (${values.from} s to ${values.to} s): ${(summary.totalUs / 1e6).toFixed(1)} s sampled`);
  console.log('\nself time per package / owner');
  for (const line of topLines(summary.byOwner, summary.totalUs, top)) console.log(line);
  console.log('\nself time per function (natives charged to their JS caller)');
  for (const line of topLines(summary.byFunction, summary.totalUs, top)) console.log(line);
  console.log(`\ntime on stack, functions matching ${wanted}`);
  for (const line of topLines(summary.inclusive, summary.totalUs, top)) console.log(line);
}
