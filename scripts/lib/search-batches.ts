/**
 * Which pages Pagefind indexes together, and the bundles of earlier builds that can stand in for
 * indexing a batch again (see search-index.ts for why pages are indexed in batches).
 *
 * Batches are cut by a hash of each page's URL, not by position in the site: the hash range is
 * halved while a range holds more than `maxBytes` of HTML. The batches are a function of the set of
 * pages and their sizes alone, so a build from scratch and a rebuild cut the same batches, and
 * adding, changing or removing one page changes only the batch it falls in (which may split in
 * two or join its sibling). Cutting by position moved every later page into another batch.
 *
 * A batch's bundle is cached under a hash of its pages' URLs and bytes (and the Pagefind version),
 * so a rebuild indexes only the batches whose pages changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A page to index: its URL, its size, and the hash of its bytes. */
export interface BatchPage {
  file: string;
  url: string;
  bytes: number;
  sha256: string;
}

/** The hash range is [0, 2^52): 13 hex digits of a SHA-1, exactly representable in a double. */
const RANGE = 2 ** 52;

function position(url: string): number {
  return Number.parseInt(createHash('sha1').update(url).digest('hex').slice(0, 13), 16);
}

/** Pages in batches of at most `maxBytes` (a single larger page is a batch of its own), in hash order. */
export function batchesOf(pages: readonly BatchPage[], maxBytes: number): BatchPage[][] {
  const placed = pages.map((page) => ({ page, at: position(page.url) })).sort((a, b) => a.at - b.at || (a.page.url < b.page.url ? -1 : 1));
  const batches: BatchPage[][] = [];
  const cut = (from: number, to: number, low: number, high: number): void => {
    let bytes = 0;
    for (let i = from; i < to; i++) bytes += placed[i]!.page.bytes;
    if (to - from <= 1 || bytes <= maxBytes || high - low < 2) {
      if (to > from) batches.push(placed.slice(from, to).map(({ page }) => page));
      return;
    }
    const middle = low + (high - low) / 2;
    let split = from;
    while (split < to && placed[split]!.at < middle) split++;
    cut(from, split, low, middle);
    cut(split, to, middle, high);
  };
  cut(0, placed.length, 0, RANGE);
  return batches;
}

/** The key of a batch's bundle: the Pagefind format and every page's URL and bytes. */
export function batchKey(batch: readonly BatchPage[], format: string): string {
  const hash = createHash('sha256').update(`pagefind ${format}\n`);
  for (const page of batch) hash.update(`${page.url}\n${page.sha256}\n`);
  return hash.digest('hex');
}

/**
 * Bundles on disk, one folder per batch key. `bundle(key, write)` gives the folder of a bundle,
 * calling `write(folder)` to make it unless the cache has it (or is told to ignore what it holds);
 * `prune()` then removes the bundles this build did not use.
 */
export class BundleCache {
  readonly #dir: string;
  readonly #fresh: boolean;
  readonly #used = new Set<string>();
  /** Batches indexed by this build, and batches taken from the cache. */
  indexed = 0;
  reused = 0;

  constructor(dir: string, fresh: boolean) {
    this.#dir = dir;
    this.#fresh = fresh;
    mkdirSync(dir, { recursive: true });
  }

  async bundle(key: string, write: (folder: string) => Promise<void>): Promise<string> {
    const folder = join(this.#dir, key);
    this.#used.add(key);
    // pagefind-entry.json is the last file Pagefind writes, and the folder is renamed into place whole.
    if (!this.#fresh && existsSync(join(folder, 'pagefind-entry.json'))) {
      this.reused += 1;
      return folder;
    }
    const partial = `${folder}.partial`;
    rmSync(partial, { recursive: true, force: true });
    await write(partial);
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
    this.indexed += 1;
    return folder;
  }

  /** Removes every bundle not used by this build (and any a build left half written). */
  prune(): void {
    for (const name of readdirSync(this.#dir)) {
      if (!this.#used.has(name) && /^[0-9a-f]{64}(\.partial)?$/.test(name)) rmSync(join(this.#dir, name), { recursive: true, force: true });
    }
  }
}
