/**
 * Incremental conversion: each report whose key (its bytes, its sidecar's, its name and the
 * converter fingerprint) has a cache entry is taken from the cache — outcome and digest (MDX and HTML) —
 * instead of being read, decoded, parsed, validated and rendered again. Only per-report work is
 * cached; the steps that look across reports (copies, slug collisions, the build report) run on
 * every build, so a warm build gives exactly what a cold one would.
 */
import type { Report } from '../../schema/report.ts';
import type { ConversionOutcome } from '../convert-report.ts';
import { renderDigest, type DigestFiles } from '../render/digest-files.ts';
import type { InputFile } from '../read/discover.ts';
import type { StageTimer } from '../timing.ts';
import type { ConvertedFile } from '../workers/convert-task.ts';
import { mapConcurrently } from './concurrency.ts';
import type { CachedConversion, ConversionCache } from './conversion-cache.ts';

/** One report's conversion in this run. */
export interface Conversion {
  file: InputFile;
  /** The outcome before duplicate resolution: what the cache stores. */
  outcome: ConversionOutcome;
  /** The cache key; null when the cache is off, or the conversion must not be cached. */
  key: string | null;
  /** The MDX digest of `outcome.report`, UTF-8 (rendered by a worker thread, or at emit); null until rendered, or when MDX is not asked for. */
  digest: DigestFiles | null;
  /** Taken from the cache. */
  reused: boolean;
  /** To be written to the cache: a new conversion, or a cached one that has gained its MDX. */
  store: boolean;
}

/** Converts the files not in the cache; one result each, in their order. */
export type ConvertFiles = (files: readonly InputFile[]) => Promise<ConvertedFile[]>;

interface Lookup {
  key: string | null;
  entry: CachedConversion | null;
}

/** Reading many small files: a few at a time hides the disk's latency. */
const LOOKUP_CONCURRENCY = 16;

async function lookUp(cache: ConversionCache, file: InputFile): Promise<Lookup> {
  const key = await cache.keyFor(file);
  return { key, entry: key === null ? null : await cache.read(key, file.source) };
}

/** Converts `files` in order, taking each from the cache when it has an entry and converting the rest in one batch. */
export async function convertIncrementally(
  files: readonly InputFile[],
  cache: ConversionCache | null,
  convert: ConvertFiles,
  timer: StageTimer,
): Promise<Conversion[]> {
  const lookups = cache
    ? await timer.time('cache-read', () => mapConcurrently(files, LOOKUP_CONCURRENCY, (file) => lookUp(cache, file)))
    : files.map((): Lookup => ({ key: null, entry: null }));
  // One batch, so the misses can be shared out among worker threads (see `workers/convert-files.ts`).
  const fresh = await convert(files.filter((_, index) => lookups[index]!.entry === null));
  let next = 0;
  return files.map((file, index): Conversion => {
    const { key, entry } = lookups[index]!;
    if (entry) return { file, outcome: entry.outcome, key, digest: entry.digest, reused: true, store: false };
    const { outcome, cacheable, digest } = fresh[next++]!;
    const storedKey = cacheable ? key : null;
    return { file, outcome, key: storedKey, digest, reused: false, store: storedKey !== null };
  });
}

/**
 * Renders a report's digest, or takes it from the cache. A digest is cached only for the report as
 * converted: one that duplicate resolution changed (a suffixed slug) is a new object, rendered anew.
 */
export function digestRenderer(conversions: readonly Conversion[]): (report: Report) => DigestFiles {
  const byReport = new Map(conversions.flatMap((c) => (c.outcome.ok ? [[c.outcome.report, c] as const] : [])));
  return (report) => {
    const conversion = byReport.get(report);
    if (conversion && conversion.digest !== null) return conversion.digest;
    const digest = renderDigest(report);
    if (conversion) {
      conversion.digest = digest;
      conversion.store ||= conversion.key !== null;
    }
    return digest;
  };
}

/**
 * Writes this run's new entries and drops the unused ones. A new conversion is stored only if its
 * files still have the key they had when it started: one edited meanwhile is left for the next build.
 */
export async function storeConversions(cache: ConversionCache, conversions: readonly Conversion[]): Promise<void> {
  const entries = new Map<string, CachedConversion>();
  await mapConcurrently(conversions, LOOKUP_CONCURRENCY, async ({ file, outcome, key, digest, reused, store }) => {
    if (!store || key === null) return;
    if (reused || (await cache.keyFor(file)) === key) entries.set(key, { outcome, digest });
  });
  await cache.writeAll(entries);
  await cache.prune(new Set(conversions.flatMap((c) => c.key ?? [])));
}

/** How many reports were taken from the cache, and how many converted anew. */
export function cacheCounts(conversions: readonly Conversion[]): { hits: number; misses: number } {
  const hits = conversions.filter((c) => c.reused).length;
  return { hits, misses: conversions.length - hits };
}
