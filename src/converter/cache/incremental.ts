/**
 * Incremental conversion: each report whose key (its bytes, its sidecar's, its name and the
 * converter fingerprint) has a cache entry is taken from the cache — outcome and digest (MDX and HTML) —
 * instead of being read, decoded, parsed, validated and rendered again. Only per-report work is
 * cached; the steps that look across reports (copies, slug collisions, the build report) run on
 * every build, so a warm build gives exactly what a cold one would.
 */
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

/** A file's cache key, and whether the cache holds an entry under it (it may still prove damaged). */
export interface Lookup {
  key: string | null;
  cached: boolean;
}

/** Reading many small files: a few at a time hides the disk's latency. */
const LOOKUP_CONCURRENCY = 16;

/** Every file's key, and whether its entry is there: how many reports a build must convert anew, before it starts. */
export async function lookUpKeys(files: readonly InputFile[], cache: ConversionCache | null): Promise<Lookup[]> {
  if (!cache) return files.map(() => ({ key: null, cached: false }));
  const stored = await cache.storedKeys();
  return mapConcurrently(files, LOOKUP_CONCURRENCY, async (file) => {
    const key = await cache.keyFor(file);
    return { key, cached: key !== null && stored.has(key) };
  });
}

/**
 * Converts `files` (with their `lookups`) in order: each taken from the cache when its entry reads
 * back whole, the rest converted in one batch (shared out among worker threads).
 */
export async function convertIncrementally(
  files: readonly InputFile[],
  lookups: readonly Lookup[],
  cache: ConversionCache | null,
  convert: ConvertFiles,
  timer: StageTimer,
): Promise<Conversion[]> {
  const entries = await timer.time('cache-read', () =>
    mapConcurrently(files, LOOKUP_CONCURRENCY, (file, index) => {
      const { key, cached } = lookups[index]!;
      return cache && key !== null && cached ? cache.read(key, file.source) : Promise.resolve(null);
    }),
  );
  const fresh = await convert(files.filter((_, index) => entries[index] === null));
  let next = 0;
  return files.map((file, index): Conversion => {
    const { key } = lookups[index]!;
    const entry = entries[index];
    if (entry) return { file, outcome: entry.outcome, key, digest: entry.digest, reused: true, store: false };
    const { outcome, cacheable, digest } = fresh[next++]!;
    const storedKey = cacheable ? key : null;
    return { file, outcome, key: storedKey, digest, reused: false, store: storedKey !== null };
  });
}

/**
 * The digest of a conversion's report as converted, rendered now unless a worker or the cache has
 * it; a cached conversion that gains its digest is stored again. (A report that duplicate
 * resolution changed, a suffixed slug, is another report: it is rendered anew, never cached.)
 */
export function digestOf(conversion: Conversion & { outcome: { ok: true } }): DigestFiles {
  if (conversion.digest === null) {
    conversion.digest = renderDigest(conversion.outcome.report);
    conversion.store ||= conversion.key !== null;
  }
  return conversion.digest;
}

/**
 * Writes the new entries of a batch of conversions. A new conversion is stored only if its files
 * still have the key they had when it started: one edited meanwhile is left for the next build.
 * (The build drops the entries it did not use at the end: `cache.prune`.)
 */
export async function storeConversions(cache: ConversionCache, conversions: readonly Conversion[]): Promise<void> {
  const entries = new Map<string, CachedConversion>();
  await mapConcurrently(conversions, LOOKUP_CONCURRENCY, async ({ file, outcome, key, digest, reused, store }) => {
    if (!store || key === null) return;
    if (reused || (await cache.keyFor(file)) === key) entries.set(key, { outcome, digest });
  });
  await cache.writeAll(entries);
}
