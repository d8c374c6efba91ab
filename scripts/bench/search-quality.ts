/**
 * `npm run bench:search-quality [-- --site DIR] [--sample DIR] [--count 1000] [--seed 1] [--per-kind 40] [--misses N]`:
 * how exactly search answers what a reader types, on an archive of real reports (the corpus and
 * the seeds cycled to --count, built unless --site names one already built) and on the sample
 * (content/reports, built unless --sample names it). Queries are made from each archive's own text
 * (lib/search-quality/queries.ts), judged by substring over the digests' indexed text, and typed
 * into the real search page in Chromium. Prints the quality table per archive (and with --misses the
 * N worst-answered queries), then the cost of a
 * first search (header box, fresh browser, from a digest page) and of later ones (search page).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { launchBrowser } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { writeCycledArchive } from './lib/cycled-archive.ts';
import { makeQueries, QUERY_KINDS } from './lib/search-quality/queries.ts';
import { laterSearchMs, missLines, qualityTable, type ScoredQuery } from './lib/search-quality/quality-table.ts';
import { scoreSearch } from './lib/search-quality/scoring.ts';
import { openSearchPage, searchOnPage } from './lib/search-quality/search-driver.ts';
import { siteDigestTexts } from './lib/search-quality/site-texts.ts';
import { measureFirstSearch, measureLaterSearches } from './lib/search-latency.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    sample: { type: 'string' },
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'per-kind': { type: 'string', default: '40' },
    corpus: { type: 'string', default: '../shared/corpus/reports' },
    misses: { type: 'string', default: '0' },
  },
});
const SEED_DIR = resolve('content/reports');
const run = promisify(execFile);

/** Builds `inputDir` into a fresh folder with the real build, at base `/`; returns the site folder. */
async function buildSite(inputDir: string, name: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), `search-quality-${name}-`));
  const siteDir = join(work, 'site');
  console.error(`building ${name} from ${inputDir} …`);
  await run(process.execPath, ['scripts/build.ts', '--input', inputDir, '--out', siteDir], {
    env: { ...process.env, BASE_PATH: '/', SITE_URL: 'http://127.0.0.1', CACHE_DIR: join(work, 'cache') },
    maxBuffer: 256 * 1024 * 1024,
  });
  return siteDir;
}

async function archiveSite(): Promise<string> {
  if (values.site) return resolve(values.site);
  const reports = await mkdtemp(join(tmpdir(), 'search-quality-reports-'));
  await mkdir(reports, { recursive: true });
  await writeCycledArchive(Number(values.count), [resolve(values.corpus!), SEED_DIR], reports);
  return buildSite(reports, `archive-${values.count}`);
}

async function scoreSite(siteDir: string): Promise<{ scored: ScoredQuery[]; digests: number }> {
  const digests = await siteDigestTexts(siteDir);
  const queries = makeQueries([...digests.values()].map((d) => d.text), Number(values['per-kind']), Number(values.seed));
  const site = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await openSearchPage(page, site.url);
    const scored: ScoredQuery[] = [];
    for (const query of queries) {
      const shown = await searchOnPage(page, query.text);
      scored.push({ query, score: scoreSearch(query, shown, digests), ms: shown.ms });
    }
    return { scored, digests: digests.size };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function firstSearches(siteDir: string, scored: readonly ScoredQuery[]): Promise<string[]> {
  const slugs = (await readdir(join(siteDir, 'digests'))).sort();
  const pagePath = `/digests/${slugs.at(-1)}/`;
  const lines: string[] = [];
  for (const { kind } of QUERY_KINDS) {
    const example = scored.find((s) => s.query.kind === kind && s.score.relevant > 0);
    if (!example) continue;
    const first = await measureFirstSearch({ siteDir, pagePath, query: example.query.text, runs: 3 });
    lines.push(`| ${example.query.text} | ${(first.bytes / 1024).toFixed(0)} KB | ${first.requests} | ${first.firstResultsMs.toFixed(0)} ms (CPU ${first.firstResultsCpuMs.toFixed(0)} ms) |`);
  }
  return lines;
}

/** Later searches as a reader makes them: typed into the header box of a warm page, one after another (every query made, up to 60). */
async function headerLaterSearches(siteDir: string, scored: readonly ScoredQuery[]): Promise<{ median: number; p95: number; count: number }> {
  const slugs = (await readdir(join(siteDir, 'digests'))).sort();
  const times = (await measureLaterSearches(siteDir, `/digests/${slugs.at(-1)}/`, scored.slice(0, 61).map((s) => s.query.text))).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? NaN, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? NaN, count: times.length };
}

async function report(name: string, siteDir: string): Promise<void> {
  const { scored, digests } = await scoreSite(siteDir);
  const later = laterSearchMs(scored);
  console.log(`\n### ${name}: ${digests} digests, ${scored.length} queries (seed ${values.seed})\n`);
  console.log(qualityTable(scored, digests));
  const misses = missLines(scored, Number(values.misses));
  if (misses.length > 0) console.log(`\nWorst-answered queries:\n${misses.join('\n')}`);
  const header = await headerLaterSearches(siteDir, scored);
  console.log(`\nLater searches in the header box (${header.count}, last keystroke to results listed): median ${header.median.toFixed(0)} ms, p95 ${header.p95.toFixed(0)} ms`);
  console.log(`Later searches on the search page (submit to ten results with excerpts shown): median ${later.median.toFixed(0)} ms, p95 ${later.p95.toFixed(0)} ms\n`);
  console.log('| first search (header box, warm digest page) | downloads | requests | last keystroke to first result (main-thread CPU) |\n| --- | --- | --- | --- |');
  for (const line of await firstSearches(siteDir, scored)) console.log(line);
}

const archive = await archiveSite();
const sample = values.sample ? resolve(values.sample) : await buildSite(SEED_DIR, 'sample');
await report(`Archive (${values.site ? values.site : `${values.count} cycled real reports`})`, archive);
await report('Sample (content/reports)', sample);
