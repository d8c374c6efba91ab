/**
 * Conversion in chunks (issue #14: memory bounded by design): the reports stream through in chunks
 * of `chunkSize`, copies and slug collisions are resolved as they pass, and the result — build
 * report, models, digests, JSON — is the same whatever the chunk size, with or without a cache.
 */
import { createHash } from 'node:crypto';
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertArchive, type ConvertOptions, type ConvertResult } from '~/converter/pipeline.ts';
import { filesIn, tempDirs } from '../../helpers/temp-files.ts';

const SEED_DIR = 'content/reports';
const freshDir = tempDirs();

/**
 * The seeds, a copy of the first (sorting after every seed, so in a later chunk), three sidecars
 * that collide: seeds 1 and 2 both claim `shared-slug`, seed 3 claims `shared-slug-2`, the suffix
 * seed 2 would get if later reports' slugs were not known yet; an empty file; a hidden file.
 */
async function writeArchive(input: string): Promise<string[]> {
  const seeds = (await readdir(SEED_DIR)).filter((name) => name.endsWith('.txt')).sort();
  for (const seed of seeds) await copyFile(join(SEED_DIR, seed), join(input, seed));
  await copyFile(join(SEED_DIR, seeds[0]!), join(input, 'zz-copy.txt'));
  await writeFile(join(input, seeds[1]!.replace('.txt', '.meta.yaml')), 'slug: shared-slug\n');
  await writeFile(join(input, seeds[2]!.replace('.txt', '.meta.yaml')), 'slug: shared-slug\n');
  await writeFile(join(input, seeds[3]!.replace('.txt', '.meta.yaml')), 'slug: shared-slug-2\n');
  await writeFile(join(input, 'empty.txt'), '');
  await writeFile(join(input, '.DS_Store'), 'x');
  return seeds;
}

interface Run {
  result: ConvertResult;
  digests: Map<string, string>;
  json: Map<string, string>;
}

const checksums = (files: Map<string, Buffer>) => new Map([...files].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]));

async function convertWith(input: string, options: Partial<ConvertOptions>): Promise<Run> {
  const mdxDir = await freshDir('chunked-mdx-');
  const jsonDir = await freshDir('chunked-json-');
  const result = await convertArchive({ inputDir: input, mdxDir, jsonDir, workers: 0, ...options });
  return { result, digests: checksums(await filesIn(mdxDir)), json: checksums(await filesIn(jsonDir)) };
}

function expectSame(actual: Run, expected: Run): void {
  expect(actual.result.buildReport).toStrictEqual(expected.result.buildReport);
  expect(actual.result.reports).toStrictEqual(expected.result.reports);
  expect(actual.result.published).toStrictEqual(expected.result.published);
  expect(actual.result.inputBytes).toBe(expected.result.inputBytes);
  expect(actual.digests).toStrictEqual(expected.digests);
  expect(actual.json).toStrictEqual(expected.json);
}

describe('convertArchive in chunks', () => {
  let input: string;
  let seeds: string[];
  let whole: Run;

  beforeAll(async () => {
    input = await freshDir('chunked-input-');
    seeds = await writeArchive(input);
    whole = await convertWith(input, { chunkSize: 1000, cacheDir: null });
  }, 60_000);

  it('resolves copies and slug collisions across chunks as in one chunk', () => {
    const status = new Map(whole.result.buildReport.entries.map((e) => [e.source, e]));
    expect(status.get('zz-copy.txt')?.status).toBe('rejected');
    expect(status.get('zz-copy.txt')?.messages[0]).toContain(`与 ${seeds[0]} 内容相同`);
    const slugOf = new Map(whole.result.published.map((p) => [p.source, p.slug]));
    expect(slugOf.get(seeds[1]!)).toBe('shared-slug');
    // Not shared-slug-2: a later report holds it.
    expect(slugOf.get(seeds[2]!)).toBe('shared-slug-3');
    expect(slugOf.get(seeds[3]!)).toBe('shared-slug-2');
    expect(status.get('.DS_Store')?.status).toBe('skipped');
    expect(whole.digests.has('shared-slug-3.mdx') && whole.digests.has('shared-slug-3.html')).toBe(true);
  });

  it('gives the same build report, models, digests and JSON with chunks of 1, 2 and 3', async () => {
    for (const chunkSize of [1, 2, 3]) expectSame(await convertWith(input, { chunkSize, cacheDir: null }), whole);
  }, 60_000);

  it('gives the same with a cache, cold and then warm, in chunks', async () => {
    const cacheDir = await freshDir('chunked-cache-');
    const cold = await convertWith(input, { chunkSize: 2, cacheDir });
    expectSame(cold, whole);
    const warm = await convertWith(input, { chunkSize: 3, cacheDir });
    expectSame(warm, whole);
    expect(warm.result.cache).toEqual({ hits: 7, misses: 0 });
  }, 60_000);

  it('returns no models without keepReports, and the same files', async () => {
    const slim = await convertWith(input, { chunkSize: 2, cacheDir: null, keepReports: false });
    expect(slim.result.reports).toEqual([]);
    expect(slim.result.published).toStrictEqual(whole.result.published);
    expect(slim.digests).toStrictEqual(whole.digests);
    expect(slim.json).toStrictEqual(whole.json);
  }, 60_000);
});
