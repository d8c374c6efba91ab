/**
 * The converter pipeline: a folder of raw reports → validated reports → MDX digests (and the HTML
 * they render to), JSON
 * and `build-report.json`. Each stage is timed; one bad report never stops the others.
 * With a cache folder, reports unchanged since an earlier run are not converted again (see
 * `cache/incremental.ts`); the others are converted in worker threads when there are enough of
 * them (see `workers/convert-files.ts`). The output is the same either way.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, BuildReportEntry, InputStatus } from '../schema/build-report.ts';
import { toArchiveEntry, toFrontmatter } from '../schema/digest.ts';
import type { Report } from '../schema/report.ts';
import { mapConcurrently } from './cache/concurrency.ts';
import { ConversionCache } from './cache/conversion-cache.ts';
import { cacheWarning } from './cache/summary.ts';
import { cacheCounts, convertIncrementally, digestRenderer, storeConversions } from './cache/incremental.ts';
import type { ConversionOutcome } from './convert-report.ts';
import { resolveDuplicates } from './duplicates.ts';
import { bySource, discoverInputs, type SkippedInput } from './read/discover.ts';
import { NO_PROGRESS, type StageProgress } from './progress.ts';
import { StageTimer } from './timing.ts';
import { convertFiles, workerSettings, type Parallelism } from './workers/convert-files.ts';

export interface ConvertOptions {
  /** Folder of raw reports. */
  inputDir: string;
  /**
   * Where to write each digest: `<slug>.mdx` (the MDX document), `<slug>.html` (its rendered body)
   * and `<slug>.json` (its archive entry, what the site's collection loads); stale digests are
   * removed first. Null to skip.
   */
  mdxDir: string | null;
  /** Where to write `<slug>.json` and `build-report.json`; null to skip. */
  jsonDir: string | null;
  /** Folder of the conversion cache (scripts default to `DEFAULT_CACHE_DIR`); null or absent for none. */
  cacheDir?: string | null;
  /**
   * Worker threads for the reports not taken from the cache; 0 or 1 converts them in this thread.
   * Default: `CONVERT_WORKERS`, else one per core up to 4.
   */
  workers?: number;
  /** Fewest reports to convert for which workers start. Default: `CONVERT_WORKERS_MIN_FILES`, else `MIN_FILES_FOR_WORKERS`. */
  minFilesForWorkers?: number;
  /** Told how far converting and rendering have got. */
  progress?: StageProgress;
}

export interface ConvertResult {
  reports: Report[];
  buildReport: BuildReport;
  timer: StageTimer;
  /** Total bytes of input read. */
  inputBytes: number;
  /** Reports taken from the conversion cache, and reports converted anew (all of them without a cache). */
  cache: { hits: number; misses: number };
  /** Why the cache could not be used or written this run (one warning for the console), or null. */
  cacheWarning: string | null;
  /** Whether the reports converted anew were converted in worker threads, and why (or why not). */
  parallelism: Parallelism;
}

/** Enough parallel writes to keep the disk busy, few enough never to run out of file handles. */
const WRITE_CONCURRENCY = 32;

/** A rejection's message names the file, so it reads on its own (in logs, in CI). */
function entryFor(outcome: ConversionOutcome): BuildReportEntry {
  if (!outcome.ok) {
    const status: InputStatus = outcome.ignorable ? 'skipped' : 'rejected';
    return { source: outcome.source, status, slug: null, messages: [`${outcome.source}：${outcome.reason}`] };
  }
  const { report } = outcome;
  const status: InputStatus = report.warnings.length > 0 ? 'published-with-warnings' : 'published';
  return { source: outcome.source, status, slug: report.slug, messages: report.warnings };
}

function summarize(inputDir: string, entries: BuildReportEntry[]): BuildReport {
  const counts = { published: 0, 'published-with-warnings': 0, rejected: 0, skipped: 0 };
  for (const entry of entries) counts[entry.status] += 1;
  return { inputDir, counts, entries };
}

/** Writes `content` unless the file already holds it: an unchanged digest keeps its mtime, so Astro can skip it. */
async function writeIfChanged(path: string, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const current = await readFile(path).catch(() => null);
  if (!current?.equals(bytes)) await writeFile(path, bytes);
}

/** Replaces the generated files of one kind in `dir` (only files ending in `extension`). */
async function replaceGenerated(dir: string, extension: string, files: Map<string, string | Uint8Array>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const stale = (await readdir(dir)).filter((name) => name.endsWith(extension) && !files.has(name));
  await mapConcurrently(stale, WRITE_CONCURRENCY, (name) => rm(join(dir, name)));
  await mapConcurrently([...files], WRITE_CONCURRENCY, ([name, content]) => writeIfChanged(join(dir, name), content));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function skippedOutcome(skipped: SkippedInput): ConversionOutcome {
  return { ok: false, source: skipped.source, reason: skipped.reason, bytes: 0, ignorable: skipped.ignorable };
}

/** Converts every report in the input folder; every file in it gets an entry in the build report. */
export async function convertArchive(options: ConvertOptions): Promise<ConvertResult> {
  const timer = new StageTimer();
  const { inputDir, mdxDir, jsonDir, cacheDir = null, progress = NO_PROGRESS } = options;
  const listing = await timer.time('discover', () => discoverInputs(inputDir));
  const opened = cacheDir === null ? null : await timer.time('cache-read', () => ConversionCache.open(cacheDir, inputDir));
  const cache = opened?.cache ?? null;
  const settings = workerSettings(options);
  // Set by the one batch of new conversions (made even when there are none).
  let parallelism: Parallelism = { workers: 0, note: '' };
  const conversions = await convertIncrementally(listing.reports, cache, async (files) => {
    progress.start('转换', files.length);
    const run = await convertFiles(files, { ...settings, renderDigests: Boolean(mdxDir), timer, progress });
    progress.end();
    parallelism = run.parallelism;
    return run.converted;
  }, timer);
  const converted = conversions.map((c) => c.outcome);
  const outcomes = [...resolveDuplicates(converted), ...listing.skipped.map(skippedOutcome)].sort(bySource);

  const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
  const buildReport = summarize(inputDir, outcomes.map(entryFor));
  // Rendering is timed with its stage: for a large report it costs more than writing. Digests that
  // worker threads rendered (stage `render-digest`) are only written here.
  if (mdxDir) {
    const render = digestRenderer(conversions);
    progress.start('渲染摘要', reports.length);
    const digests = await timer.time('render-digest', () =>
      reports.map((r) => {
        const files = render(r);
        progress.tick();
        return [r, files] as const;
      }),
    );
    progress.end();
    await timer.time('emit-digests', async () => {
      await replaceGenerated(mdxDir, '.mdx', new Map(digests.map(([r, files]) => [`${r.slug}.mdx`, files.mdx])));
      await replaceGenerated(mdxDir, '.html', new Map(digests.map(([r, files]) => [`${r.slug}.html`, files.html])));
      await replaceGenerated(mdxDir, '.json', new Map(digests.map(([r, files]) => [`${r.slug}.json`, JSON.stringify(toArchiveEntry(toFrontmatter(r), sha256(files.html)))])));
    });
  }
  if (jsonDir) {
    await timer.time('emit-json', () => {
      const docs = new Map(reports.map((r) => [`${r.slug}.json`, json(r)]));
      docs.set('build-report.json', json(buildReport));
      return replaceGenerated(jsonDir, '.json', docs);
    });
  }
  if (cache) await timer.time('cache-write', () => storeConversions(cache, conversions));
  const inputBytes = outcomes.reduce((sum, o) => sum + o.bytes, 0);
  const warning = cacheWarning(opened?.problem ?? null, cache?.writeProblem ?? null);
  return { reports, buildReport, timer, inputBytes, cache: cacheCounts(conversions), cacheWarning: warning, parallelism };
}
