/**
 * A rebuild from the caches after adding, changing or removing one report gives, byte for byte,
 * the site a cold build of the same input gives (`--no-cache`, its own caches): every page,
 * the lists and neighbours the change reaches, the sitemap and Pagefind's index. And it is a
 * rebuild: Astro renders the pages the change reaches and copies the others from its cache.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/lib/scale-archive.ts';
import { buildOrThrow } from '../helpers/child-build.ts';
import { differences, fingerprints } from '../helpers/site-files.ts';
import { tempDirs } from '../helpers/temp-files.ts';

const OUT = 'out/e2e/incremental';
const SEED_DIR = 'content/reports';
/** Reports in the archive before the change: enough for neighbours, several months and brokers. */
const COUNT = 16;
const freshDir = tempDirs();

/** Files of Astro's page cache (under the build cache) with their modification times. */
async function cachedPages(cacheDir: string): Promise<Map<string, number>> {
  const dir = join(cacheDir, 'site', 'astro', 'dist');
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.html'));
  return new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).mtimeMs] as const)));
}

interface Step {
  /** What the step did to the archive. */
  change: (input: string, spare: string) => Promise<string>;
  /** Name of the report file it touched. */
  file?: string;
  warm?: Map<string, string>;
  cold?: Map<string, string>;
  /** Pages of Astro's cache written by the rebuild (rendered), and kept as they were (copied). */
  rendered?: string[];
  kept?: number;
  /** Pagefind batches of the rebuild, and how many of them came from the cache. */
  batches?: number[] | undefined;
}

const steps: Record<'add' | 'change' | 'remove', Step> = {
  // Report COUNT of a bigger archive: a new report, the generator's report i not depending on N.
  add: { change: async (input, spare) => copyNamed(spare, input, (await newNames(spare, input))[0]!) },
  // Another generated report's text under an existing file's name: new title, date, broker and slug.
  change: {
    change: async (input, spare) => {
      const name = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort()[3]!;
      const other = (await readdir(spare)).filter((n) => n.endsWith('.txt')).sort()[9]!;
      await writeFile(join(input, name), await readFile(join(spare, other)));
      return name;
    },
  },
  remove: {
    change: async (input) => {
      const name = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort()[7]!;
      await rm(join(input, name));
      return name;
    },
  },
};

async function newNames(from: string, to: string): Promise<string[]> {
  const present = new Set(await readdir(to));
  return (await readdir(from)).filter((name) => !present.has(name)).sort();
}

async function copyNamed(from: string, to: string, name: string): Promise<string> {
  await copyFile(join(from, name), join(to, name));
  return name;
}

beforeAll(async () => {
  const input = await freshDir('incremental-input-');
  const bigger = await freshDir('incremental-bigger-');
  const other = await freshDir('incremental-other-');
  const cache = await freshDir('incremental-cache-');
  await generateArchive({ count: COUNT, seed: 11, outDir: input, seedDir: SEED_DIR });
  await generateArchive({ count: COUNT + 1, seed: 11, outDir: bigger, seedDir: SEED_DIR });
  await generateArchive({ count: 12, seed: 12, outDir: other, seedDir: SEED_DIR });
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  // Small batches, so the rebuild re-indexes some and merges them with cached ones.
  const env = { CACHE_DIR: cache, SITE_URL: 'https://example.com', SEARCH_INDEX_BATCH_BYTES: '300000' };
  await buildOrThrow(['--input', input, '--out', `${OUT}/first`], env);
  for (const [name, step] of Object.entries(steps)) {
    step.file = await step.change(input, name === 'add' ? bigger : other);
    const before = await cachedPages(cache);
    const { stdout } = await buildOrThrow(['--input', input, '--out', `${OUT}/${name}-warm`], env);
    step.batches = /（\d+ 页，(\d+) 批，复用 (\d+) 批）/.exec(stdout)?.slice(1).map(Number);
    const after = await cachedPages(cache);
    step.rendered = [...after].filter(([page, mtime]) => before.get(page) !== mtime).map(([page]) => page);
    step.kept = [...after].filter(([page, mtime]) => before.get(page) === mtime).length;
    // A cold build: no conversion cache, no Astro or Pagefind cache read.
    const coldCache = await freshDir('incremental-cold-cache-');
    await buildOrThrow(['--no-cache', '--input', input, '--out', `${OUT}/${name}-cold`], { ...env, CACHE_DIR: coldCache });
    step.warm = await fingerprints(`${OUT}/${name}-warm`);
    step.cold = await fingerprints(`${OUT}/${name}-cold`);
  }
}, 900_000);

describe.each(Object.keys(steps) as (keyof typeof steps)[])('a rebuild after one report was %s-ed', (name) => {
  it('gives the site a cold build of the same input gives, byte for byte', () => {
    const { warm, cold } = steps[name];
    expect(cold!.size).toBeGreaterThan(50);
    expect(differences(warm!, cold!)).toEqual([]);
  });

  it('renders the pages the change reaches and copies the rest from the last build', () => {
    const { rendered, kept } = steps[name];
    expect(kept!).toBeGreaterThan(rendered!.length);
    // Every digest page but the changed one and its two neighbours at most (and pages whose company chips moved).
    expect(rendered!.filter((page) => page.startsWith('digests/')).length).toBeLessThan(COUNT / 2);
    if (name !== 'remove') expect(rendered!.some((page) => page.startsWith('digests/'))).toBe(true);
  });

  it('indexes only the search batches whose pages changed', () => {
    const [batches, reused] = steps[name].batches!;
    expect(batches).toBeGreaterThan(2);
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThan(batches!);
  });
});
