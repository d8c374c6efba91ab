/**
 * Measures of a built site that need no browser: the size of Pagefind's index and the weight
 * of the digest pages (page-weight.ts), summarised over every digest page of the site.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pageWeights, type WeighedFile } from './page-weight.ts';

export interface FolderSize {
  bytes: number;
  files: number;
}

/** Total bytes and number of files under `dir` (0 and 0 when it does not exist). */
export async function folderSize(dir: string): Promise<FolderSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile());
  const sizes = await Promise.all(files.map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: files.length };
}

/** The value at quantile `q` (0…1) of `values`, nearest rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface Spread {
  median: number;
  p95: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) };
}

export interface DigestPageWeights {
  pages: number;
  /** Gzipped bytes per digest page. */
  withoutSearch: Spread;
  withSearch: Spread;
  /** What the median page (without search) loads, to show what was counted. */
  medianPage: { page: string; files: WeighedFile[] };
  /** Gzipped bytes of Pagefind's runtime, fetched at the first search unless a page loads it up front. */
  searchRuntime: number;
}

/** Weighs every digest page (`digests/<slug>/index.html`) of the site in `siteDir`. */
export async function digestPageWeights(siteDir: string): Promise<DigestPageWeights> {
  const entries = await readdir(join(siteDir, 'digests'), { recursive: true, withFileTypes: true });
  const pages = entries
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((page) => /^digests\/[^/]+\/index\.html$/.test(page));
  const weights = await pageWeights(siteDir, pages.sort());
  const without = weights.map((w) => w.withoutSearch);
  const median = quantile(without, 0.5);
  const medianPage = weights.find((w) => w.withoutSearch === median)!;
  return {
    pages: weights.length,
    withoutSearch: spread(without),
    withSearch: spread(weights.map((w) => w.withSearch)),
    medianPage: { page: medianPage.page, files: medianPage.files },
    searchRuntime: medianPage.searchRuntime,
  };
}
