/**
 * The converter pipeline: a folder of raw reports → validated reports → MDX digests (and the HTML
 * they render to), JSON and `build-report.json`. Each stage is timed; one bad report never stops
 * the others. With a cache folder, reports unchanged since an earlier run are not converted again
 * (see `cache/incremental.ts`); the others are converted in worker threads when there are enough of
 * them (see `workers/convert-files.ts`). The output is the same either way.
 *
 * Memory is bounded by design (issue #14): reports are converted and written CHUNK_SIZE at a time,
 * in source order, and only a line of each (its build-report entry, its slug, its content hash) is
 * kept across the archive; copies and slug collisions are resolved as the reports stream past
 * (`duplicates.ts`). Holding every report and its digest until the end took 2.7 GB at 8,000 reports.
 * The next chunk converts (in the workers) while this one is written.
 */
import { createHash } from 'node:crypto';
import type { BuildReport, BuildReportEntry, InputStatus } from '../schema/build-report.ts';
import { toArchiveEntry, toFrontmatter } from '../schema/digest.ts';
import type { Report } from '../schema/report.ts';
import { ConversionCache } from './cache/conversion-cache.ts';
import { cacheWarning } from './cache/summary.ts';
import { convertIncrementally, digestOf, lookUpKeys, storeConversions, type Conversion, type Lookup } from './cache/incremental.ts';
import type { ConversionOutcome } from './convert-report.ts';
import { DuplicateResolver } from './duplicates.ts';
import { bySource, discoverInputs, type InputFile, type SkippedInput } from './read/discover.ts';
import { NO_PROGRESS, type StageProgress } from './progress.ts';
import { renderDigest, type DigestFiles } from './render/digest-files.ts';
import { StageTimer } from './timing.ts';
import { openConverter, workerSettings, type Converter, type Parallelism } from './workers/convert-files.ts';
import { GeneratedFiles } from './write/generated-files.ts';

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
  /** Told how far the conversion has got, in input files. */
  progress?: StageProgress;
  /**
   * Also return every published report's model (`reports`). Default true, for tools and tests on
   * small archives; the build passes false: a big archive's models do not fit in memory together.
   */
  keepReports?: boolean;
  /** Reports converted and written together (default CHUNK_SIZE); the output does not depend on it. */
  chunkSize?: number;
}

/** A published report: its input file and its digest's slug. */
export interface PublishedReport {
  source: string;
  slug: string;
}

export interface ConvertResult {
  /** Every published report, in source order. */
  published: PublishedReport[];
  /** Every published report's model, in source order, with `keepReports` (the default); empty without. */
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

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function skippedOutcome(skipped: SkippedInput): ConversionOutcome {
  return { ok: false, source: skipped.source, reason: skipped.reason, bytes: 0, ignorable: skipped.ignorable };
}

/** Reports per chunk: two chunks in memory (one converting, one being written) stay a few hundred MB. */
export const CHUNK_SIZE = 256;

/** An outcome as resolved, and how to get its digest (by default rendered from its report). */
interface Resolved {
  outcome: ConversionOutcome;
  digest?: () => DigestFiles;
}

/** Where a chunk's digests and JSON go, and what the archive keeps of each report. */
class ArchiveOutput {
  readonly entries: BuildReportEntry[] = [];
  readonly published: PublishedReport[] = [];
  readonly reports: Report[] = [];
  readonly digests: GeneratedFiles | null;
  readonly json: GeneratedFiles | null;
  readonly keepReports: boolean;
  readonly timer: StageTimer;
  inputBytes = 0;

  constructor(mdxDir: string | null, jsonDir: string | null, keepReports: boolean, timer: StageTimer) {
    this.keepReports = keepReports;
    this.timer = timer;
    this.digests = mdxDir === null ? null : new GeneratedFiles(mdxDir, ['.mdx', '.html', '.json']);
    this.json = jsonDir === null ? null : new GeneratedFiles(jsonDir, ['.json']);
  }

  /** Records each outcome (as resolved) and writes its files. */
  async add(outcomes: readonly Resolved[]): Promise<void> {
    const digestFiles: Array<[string, Uint8Array | string]> = [];
    const jsonFiles: Array<[string, string]> = [];
    for (const { outcome, digest } of outcomes) {
      this.entries.push(entryFor(outcome));
      this.inputBytes += outcome.bytes;
      if (!outcome.ok) continue;
      const { report } = outcome;
      this.published.push({ source: report.source, slug: report.slug });
      if (this.keepReports) this.reports.push(report);
      if (this.digests) {
        const files = await this.timer.time('render-digest', digest ?? (() => renderDigest(report)));
        const entry = JSON.stringify(toArchiveEntry(toFrontmatter(report), sha256(files.html)));
        digestFiles.push([`${report.slug}.mdx`, files.mdx], [`${report.slug}.html`, files.html], [`${report.slug}.json`, entry]);
      }
      if (this.json) jsonFiles.push([`${report.slug}.json`, json(report)]);
    }
    await this.timer.time('emit-digests', () => this.digests?.write(digestFiles));
    await this.timer.time('emit-json', () => this.json?.write(jsonFiles));
  }
}

/** Converts one chunk (cache first, the rest in `converter`): started before the last chunk is written. */
function convertChunk(files: readonly InputFile[], lookups: readonly Lookup[], cache: ConversionCache | null, converter: Converter, timer: StageTimer) {
  return convertIncrementally(files, lookups, cache, (misses) => converter.convert(misses), timer);
}

/** Resolves a chunk's copies and slugs, writes what can be written now, stores its new cache entries. */
async function writeChunk(conversions: Conversion[], resolver: DuplicateResolver, output: ArchiveOutput, cache: ConversionCache | null): Promise<void> {
  const admitted: Resolved[] = [];
  for (const conversion of conversions) {
    const admission = resolver.admit(conversion.outcome);
    if (!('outcome' in admission)) continue;
    const { outcome } = admission;
    // Published as converted (the same report object): its own digest; a rejected copy needs none.
    admitted.push({ outcome, digest: () => digestOf(conversion as Conversion & { outcome: { ok: true } }) });
  }
  await output.add(admitted);
  if (cache) await output.timer.time('cache-write', () => storeConversions(cache, conversions));
}

/** Converts every report in the input folder; every file in it gets an entry in the build report. */
export async function convertArchive(options: ConvertOptions): Promise<ConvertResult> {
  const timer = new StageTimer();
  const { inputDir, mdxDir, jsonDir, cacheDir = null, progress = NO_PROGRESS, keepReports = true, chunkSize = CHUNK_SIZE } = options;
  const listing = await timer.time('discover', () => discoverInputs(inputDir));
  const opened = cacheDir === null ? null : await timer.time('cache-read', () => ConversionCache.open(cacheDir, inputDir));
  const cache = opened?.cache ?? null;
  const files = listing.reports;
  const lookups = await timer.time('cache-read', () => lookUpKeys(files, cache));
  const misses = lookups.filter((lookup) => !lookup.cached).length;
  const converter = await openConverter(misses, { ...workerSettings(options), renderDigests: Boolean(mdxDir), timer });
  const output = new ArchiveOutput(mdxDir, jsonDir, keepReports, timer);
  const resolver = new DuplicateResolver();
  const counts = { hits: 0, misses: 0 };
  const usedKeys = new Set<string>();
  progress.start('转换', files.length);
  try {
    const chunk = (at: number) => convertChunk(files.slice(at, at + chunkSize), lookups.slice(at, at + chunkSize), cache, converter, timer);
    let next = files.length > 0 ? chunk(0) : null;
    for (let at = 0; next; at += chunkSize) {
      const conversions = await next;
      next = at + chunkSize < files.length ? chunk(at + chunkSize) : null;
      await writeChunk(conversions, resolver, output, cache);
      for (const c of conversions) {
        counts[c.reused ? 'hits' : 'misses'] += 1;
        if (c.key !== null) usedKeys.add(c.key);
      }
      progress.tick(conversions.length);
    }
  } finally {
    await converter.close();
  }
  progress.end();
  // Reports whose slug was held by an earlier one: their suffix is known now that every slug is.
  await output.add(resolver.finish().map((outcome) => ({ outcome })));
  await output.add(listing.skipped.map((skipped) => ({ outcome: skippedOutcome(skipped) })));
  const buildReport = summarize(inputDir, output.entries.sort(bySource));
  await timer.time('emit-json', async () => {
    await output.json?.write([['build-report.json', json(buildReport)]]);
    await output.json?.removeStale();
  });
  await timer.time('emit-digests', () => output.digests?.removeStale());
  if (cache) await timer.time('cache-write', () => cache.prune(usedKeys));
  const warning = cacheWarning(opened?.problem ?? null, cache?.writeProblem ?? null);
  return {
    published: output.published.sort(bySource),
    reports: output.reports.sort(bySource),
    buildReport,
    timer,
    inputBytes: output.inputBytes,
    cache: counts,
    cacheWarning: warning,
    parallelism: converter.parallelism,
  };
}
