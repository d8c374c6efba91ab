/**
 * `npm run bench` (issue #8): the whole build at N = 100 and 1,000 reports (`--sizes 100,1000,10000`
 * for more), against a plain Astro site of N Markdown pages of the same sizes. Prints one table
 * (rows = measures, columns = N) and writes the same data to `out/bench/build.json`.
 *
 * For each N: generate the archive; a cold `scripts/build.ts` in a throwaway workspace under the
 * memory sampler, with per-stage windows from `--stats`; Pagefind index size and digest page
 * weight; the first search (see SEARCH ROWS below); the plain-Markdown baseline; and, for sizes in
 * `--incremental` (default 1000), rebuilds in the same workspace after adding report N+1, then
 * after changing one report (a sentence appended), then after removing one.
 * Builds run one after another, never side by side: they would share the machine's cores.
 *
 * `--corpus DIR` builds archives of real reports instead: DIR's and the seeds' texts cycled to
 * size (cycled-archive.ts), e.g. `--corpus ../shared/corpus/reports`.
 *
 * Every measured process tree is killed if it passes BENCH_MEMORY_LIMIT_GB (12 GB), so a build
 * that does not bound its memory cannot take the machine down.
 *
 * `--profile DIR` runs every build under `node --cpu-prof` and leaves the profiles in DIR
 * (summarise them with `node scripts/bench/profile-build.ts FILE`; the profiler slows the build,
 * so the table of such a run is not comparable). `--keep` keeps the temp folders (workspace,
 * baseline, archives) for a look afterwards. Wall times depend on what else the machine runs;
 * the CPU times beside them much less so.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBaselineSite, writeBaselineSite } from './lib/baseline-site.ts';
import { markdownTable, tableRows, type BaselineMeasures, type FirstSearchMeasures, type SizeResult } from './lib/build-bench-table.ts';
import { writeCycledArchive } from './lib/cycled-archive.ts';
import { generateArchive } from './lib/scale-archive.ts';
import { measureFirstSearch } from './lib/search-latency.ts';
import { runSiteBuild, SITE_DIR, type SiteBuild } from './lib/site-build.ts';
import { digestPageWeights, folderSize } from './lib/site-measures.ts';
import { createWorkspace, REPO_ROOT, tempDir, type Workspace } from './lib/workspace.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'sample,100,1000' },
    incremental: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string', default: 'out/bench/build.json' },
    profile: { type: 'string' },
    keep: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    /** Sizes that also build the plain Astro + Pagefind site (default: every size). */
    baseline: { type: 'string' },
  },
});
/** `sample` in --sizes: the default archive of content/reports, as a publisher starts. */
const SAMPLE = 0;
const sizes = values.sizes!.split(',').map((size) => (size === 'sample' ? SAMPLE : Number(size)));
const incrementalSizes = new Set(values.incremental!.split(',').filter(Boolean).map(Number));
const seed = Number(values.seed);
const baselineSizes = values.baseline === undefined ? null : new Set(values.baseline.split(',').filter(Boolean).map(Number));
const profileDir = values.profile ? resolve(values.profile) : null;
const SEED_DIR = join(REPO_ROOT, 'content', 'reports');
/** `--corpus DIR`: real reports (DIR, then the seeds) cycled to size instead of the generator's. */
const corpusDir = values.corpus ? resolve(values.corpus) : null;

const log = (message: string) => console.error(`[bench] ${message}`);

/** Node flags that write a CPU profile of a build named `label` (none without `--profile`). */
function nodeArgsFor(label: string): string[] {
  return profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, label)}`] : [];
}

/** Queries a reader types (a split Chinese word with a second term, a company, an English product). */
const SEARCH_QUERIES = ['可灵 融资', '腾讯控股', 'Codex'];

/**
 * The first search, from the newest digest page, for each query in a fresh browser (median of 5):
 * the table shows the worst query, the JSON every one.
 */
async function measureSearch(siteDir: string): Promise<FirstSearchMeasures> {
  const newest = (await readdir(join(siteDir, 'digests'))).filter((slug) => /^\d{4}-/.test(slug)).sort().at(-1);
  const pagePath = `/digests/${newest}/`;
  const queries = [];
  for (const query of SEARCH_QUERIES) queries.push(await measureFirstSearch({ siteDir, pagePath, query }));
  return {
    bytes: Math.max(...queries.map((q) => q.bytes)),
    firstResultsMs: Math.max(...queries.map((q) => q.firstResultsMs)),
    queries,
  };
}

interface Archives {
  /** Archive N: the cold build's input, and the rebuild's once report N+1 is added to it. */
  dir: string;
  /** Archive N+1, generated aside (null when no rebuild is wanted). */
  next: string | null;
}

/** Writes archive N, and archive N+1 aside when a rebuild is wanted. */
async function generateArchives(n: number, withNext: boolean): Promise<Archives> {
  // The sample archive is read where it is (and never removed).
  if (n === SAMPLE) return { dir: SEED_DIR, next: null };
  const write = (count: number, outDir: string) =>
    corpusDir ? writeCycledArchive(count, [corpusDir, SEED_DIR], outDir) : generateArchive({ count, seed, outDir, seedDir: SEED_DIR });
  const dir = await tempDir(`archive-${n}`);
  await write(n, dir);
  if (!withNext) return { dir, next: null };
  const next = await tempDir(`archive-${n + 1}`);
  await write(n + 1, next);
  return { dir, next };
}

/**
 * Copies into `dir` the files of `next` it lacks or holds otherwise, as a user adds a report to
 * the same folder (the conversion cache is kept per input folder); returns how many.
 */
async function addNewReports(dir: string, next: string): Promise<number> {
  let added = 0;
  for (const name of await readdir(next)) {
    const current = await readFile(join(dir, name)).catch(() => null);
    const wanted = await readFile(join(next, name));
    if (current && current.equals(wanted)) continue;
    await writeFile(join(dir, name), wanted);
    added += 1;
  }
  return added;
}

/** The reports of an archive folder, in name order (sidecars and other files left out). */
async function reportFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
}

/** Rebuilds after a publisher edits one report (a sentence added at its end), then after removing another. */
async function measureEdits(n: number, workspace: Workspace, dir: string): Promise<NonNullable<SizeResult['edits']>> {
  const files = await reportFiles(dir);
  const edited = join(dir, files[Math.floor(files.length / 2)]!);
  await writeFile(edited, `${await readFile(edited, 'utf8')}\n本报告已于发布后修订：补充说明一处数据口径。\n`);
  log(`N=${n}: rebuild with one report changed …`);
  const changed = await runSiteBuild(workspace, dir, { nodeArgs: nodeArgsFor(`changed-${n}`) });
  await rm(join(dir, files[0]!));
  log(`N=${n}: rebuild with one report removed …`);
  const removed = await runSiteBuild(workspace, dir, { nodeArgs: nodeArgsFor(`removed-${n}`) });
  return { changed, removed };
}

async function measureBaseline(n: number, digestsDir: string): Promise<BaselineMeasures> {
  const dir = await tempDir(`baseline-${n}`);
  try {
    const written = await writeBaselineSite(dir, digestsDir);
    log(`N=${n}: plain-Markdown baseline, ${written.pages} pages …`);
    const { astro, pagefind } = await buildBaselineSite(dir, nodeArgsFor(`baseline-${n}`));
    if (astro.killedAtBytes !== null) {
      // Plain Astro keeps every page's content in its bundle: at 10,000 pages it may not fit.
      log(`N=${n}: the baseline's astro build passed the memory limit and was killed`);
      return { ...written, wallMs: Number.NaN, cpuMs: Number.NaN, peakBytes: astro.killedAtBytes, killed: true };
    }
    if (astro.exitCode !== 0) throw new Error(`baseline build failed (exit ${astro.exitCode ?? astro.signal})`);
    if (pagefind && pagefind.killedAtBytes !== null) {
      // Pagefind's CLI indexes every page in one process: at 10,000 pages it passed 12 GB.
      log(`N=${n}: the baseline's Pagefind passed the memory limit and was killed`);
      const astroStep = { wallMs: astro.wallMs, cpuMs: astro.cpuMs, peakBytes: astro.peakBytes };
      return { ...written, wallMs: Number.NaN, cpuMs: Number.NaN, peakBytes: pagefind.killedAtBytes, killed: true, astro: astroStep };
    }
    if (!pagefind || pagefind.exitCode !== 0) throw new Error(`baseline Pagefind failed (exit ${pagefind?.exitCode ?? pagefind?.signal})`);
    return {
      ...written,
      wallMs: astro.wallMs + pagefind.wallMs,
      cpuMs: astro.cpuMs + pagefind.cpuMs,
      peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
      astro: { wallMs: astro.wallMs, cpuMs: astro.cpuMs, peakBytes: astro.peakBytes },
      pagefind: { wallMs: pagefind.wallMs, cpuMs: pagefind.cpuMs, peakBytes: pagefind.peakBytes },
    };
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

/** Everything measured on the built site while it is there. */
async function measureSite(workspace: Workspace) {
  const siteDir = join(workspace.dir, SITE_DIR);
  return {
    site: await folderSize(siteDir),
    pagefind: await folderSize(join(siteDir, 'pagefind')),
    pageWeights: await digestPageWeights(siteDir),
    search: await measureSearch(siteDir),
  };
}

async function measureSize(n: number): Promise<SizeResult> {
  const archives = await generateArchives(n, incrementalSizes.has(n));
  const workspace = await createWorkspace(`site-${n}`);
  try {
    log(`N=${n}: cold build in ${workspace.dir} …`);
    const build = await runSiteBuild(workspace, archives.dir, { nodeArgs: nodeArgsFor(`build-${n}`) });
    const siteMeasures = await measureSite(workspace);
    // Before the rebuild: the baseline copies the sizes of these N digests.
    const baseline = !baselineSizes || baselineSizes.has(n) ? await measureBaseline(n, join(workspace.dir, 'src', 'content', 'digests')) : null;
    let incremental: (SiteBuild & { changedInputs: number }) | null = null;
    let edits: SizeResult['edits'] = null;
    if (archives.next) {
      const changedInputs = await addNewReports(archives.dir, archives.next);
      log(`N=${n}: rebuild with report ${n + 1} added (${changedInputs} file(s) new or changed) …`);
      const rebuild = await runSiteBuild(workspace, archives.dir, { nodeArgs: nodeArgsFor(`rebuild-${n}`) });
      incremental = { ...rebuild, changedInputs };
      edits = await measureEdits(n, workspace, archives.dir);
    }
    return { n, seed, archive: corpusDir ? `real reports cycled (${corpusDir})` : null, build, ...siteMeasures, baseline, incremental, edits };
  } finally {
    if (!values.keep) {
      await workspace.remove();
      const generated = n === SAMPLE ? [archives.next] : [archives.dir, archives.next];
      await Promise.all(generated.flatMap((dir) => (dir ? [rm(dir, { recursive: true, force: true })] : [])));
    } else log(`kept ${workspace.dir}, ${archives.dir}${archives.next ? `, ${archives.next}` : ''}`);
  }
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await measureSize(n));

const jsonFile = resolve(values.json!);
await mkdir(join(jsonFile, '..'), { recursive: true });
await writeFile(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), sizes, results }, null, 2)}\n`);
const columns = results.map((r) => (r.n === SAMPLE ? `sample (${r.build.stats.reports})` : `N = ${r.n.toLocaleString('en')}`));
console.log(markdownTable(columns, tableRows(results)));
log(`results: ${jsonFile}`);
