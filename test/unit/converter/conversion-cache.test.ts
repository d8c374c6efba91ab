/**
 * Incremental conversion (issue #8): a report whose bytes, sidecar, name and converter did not
 * change is taken from the cache, and a warm build's output — reports, build report, MDX — is
 * exactly a cold build's. Only hits and misses are asserted, never times.
 */
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArchive, type ConvertResult } from '~/converter/pipeline.ts';
import { writeBadInputArchive } from '../../fixtures/archives/bad-input/archive.ts';

const SEEDS = ['000_2272510a5eb1dbfa.txt', '002_c7d3efb7c0d55a5e.txt', '003_d21945e2f427e36b.txt'];
const TIMEOUT = 60_000;

interface Workspace {
  input: string;
  cacheDir: string;
  mdxDir: string;
}

/** Three seed reports (one with a sidecar) and an empty file, which is rejected. */
async function writeSeedArchive(input: string): Promise<void> {
  for (const seed of SEEDS) await copyFile(join('content/reports', seed), join(input, seed));
  await writeFile(join(input, SEEDS[0]!.replace('.txt', '.meta.yaml')), 'sector: 互联网传媒\n');
  await writeFile(join(input, 'empty.txt'), '');
}

async function workspace(writeArchive: (input: string) => Promise<unknown> = writeSeedArchive): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'conversion-cache-'));
  const input = join(root, 'reports');
  await mkdir(input);
  await writeArchive(input);
  return { input, cacheDir: join(root, 'cache'), mdxDir: join(root, 'mdx') };
}

function warm(ws: Workspace): Promise<ConvertResult> {
  return convertArchive({ inputDir: ws.input, mdxDir: ws.mdxDir, jsonDir: null, cacheDir: ws.cacheDir });
}

/** Every file in `dir`, name → text. */
async function filesIn(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')])));
}

/** Converts `ws.input` without a cache into a fresh folder, and checks `result` and `ws.mdxDir` against it. */
async function expectSameAsCold(ws: Workspace, result: ConvertResult): Promise<void> {
  const coldMdx = await mkdtemp(join(tmpdir(), 'conversion-cold-'));
  const cold = await convertArchive({ inputDir: ws.input, mdxDir: coldMdx, jsonDir: null, cacheDir: null });
  expect(result.reports).toStrictEqual(cold.reports);
  expect(result.buildReport).toStrictEqual(cold.buildReport);
  expect(result.inputBytes).toBe(cold.inputBytes);
  expect(await filesIn(ws.mdxDir)).toStrictEqual(await filesIn(coldMdx));
}

/** The cache file of `source`'s entry (one namespace, since each workspace has one input folder). */
async function entryFile(ws: Workspace, source: string): Promise<string> {
  const [namespace] = await readdir(ws.cacheDir);
  const dir = join(ws.cacheDir, namespace!);
  for (const name of await readdir(dir)) {
    if ((await readFile(join(dir, name), 'utf8')).includes(`"source":"${source}"`)) return join(dir, name);
  }
  throw new Error(`no cache entry for ${source}`);
}

describe('incremental conversion', () => {
  it('misses every report on the first run and hits every one, rejections included, on the second', async () => {
    const ws = await workspace();
    expect((await warm(ws)).cache).toEqual({ hits: 0, misses: 4 });
    const second = await warm(ws);
    expect(second.cache).toEqual({ hits: 4, misses: 0 });
    await expectSameAsCold(ws, second);
  }, TIMEOUT);

  it('leaves unchanged digests untouched, so their mtimes stay', async () => {
    const ws = await workspace();
    await warm(ws);
    const mtimes = async () => Promise.all((await readdir(ws.mdxDir)).sort().map(async (n) => [n, (await stat(join(ws.mdxDir, n))).mtimeMs]));
    const before = await mtimes();
    await warm(ws);
    expect(await mtimes()).toEqual(before);
  }, TIMEOUT);

  it('converts again only the report that changed, whose sidecar changed, or that was added', async () => {
    const ws = await workspace();
    await warm(ws);
    await appendFile(join(ws.input, SEEDS[1]!), '\n\n编号 1\n');
    expect((await warm(ws)).cache).toEqual({ hits: 3, misses: 1 });
    await writeFile(join(ws.input, SEEDS[0]!.replace('.txt', '.meta.yaml')), 'sector: 传媒\n');
    expect((await warm(ws)).cache).toEqual({ hits: 3, misses: 1 });
    await copyFile('content/reports/001_3443ca7490eb62dc.txt', join(ws.input, 'added.txt'));
    const added = await warm(ws);
    expect(added.cache).toEqual({ hits: 4, misses: 1 });
    await expectSameAsCold(ws, added);
  }, TIMEOUT);

  it('converts again a report whose sidecar appeared or went away', async () => {
    const ws = await workspace();
    await warm(ws);
    await writeFile(join(ws.input, SEEDS[2]!.replace('.txt', '.meta.yaml')), 'title: 新标题\n');
    expect((await warm(ws)).cache).toEqual({ hits: 3, misses: 1 });
    await rm(join(ws.input, SEEDS[0]!.replace('.txt', '.meta.yaml')));
    const result = await warm(ws);
    expect(result.cache).toEqual({ hits: 3, misses: 1 });
    await expectSameAsCold(ws, result);
  }, TIMEOUT);

  it('deletes the digest and the cache entry of a report that was removed', async () => {
    const ws = await workspace();
    const first = await warm(ws);
    const removed = first.reports.find((r) => r.source === SEEDS[1])!;
    await rm(join(ws.input, SEEDS[1]!));
    const result = await warm(ws);
    expect(result.cache).toEqual({ hits: 3, misses: 0 });
    expect(await readdir(ws.mdxDir)).not.toContain(`${removed.slug}.mdx`);
    const [namespace] = await readdir(ws.cacheDir);
    expect(await readdir(join(ws.cacheDir, namespace!))).toHaveLength(3);
    await expectSameAsCold(ws, result);
  }, TIMEOUT);

  it('treats a damaged entry as a miss, and stores it again', async () => {
    const ws = await workspace();
    await warm(ws);
    const truncated = await entryFile(ws, SEEDS[0]!);
    await writeFile(truncated, (await readFile(truncated, 'utf8')).slice(0, 500));
    const flipped = await entryFile(ws, SEEDS[1]!);
    // Still valid JSON of the right shape: only the checksum can tell.
    await writeFile(flipped, (await readFile(flipped, 'utf8')).replace('"bytes":', '"bytes":1'));
    await writeFile(await entryFile(ws, 'empty.txt'), '\u0000\u0001 not json');
    const damaged = await warm(ws);
    expect(damaged.cache).toEqual({ hits: 1, misses: 3 });
    await expectSameAsCold(ws, damaged);
    expect((await warm(ws)).cache).toEqual({ hits: 4, misses: 0 });
  }, TIMEOUT);

  it('fills in the digests of entries first stored without MDX', async () => {
    const ws = await workspace();
    await convertArchive({ inputDir: ws.input, mdxDir: null, jsonDir: null, cacheDir: ws.cacheDir });
    const withMdx = await warm(ws);
    expect(withMdx.cache).toEqual({ hits: 4, misses: 0 });
    await expectSameAsCold(ws, withMdx);
    await rm(ws.mdxDir, { recursive: true });
    await expectSameAsCold(ws, await warm(ws));
  }, TIMEOUT);

  it('gives the cold result for copies and slug collisions between cached and new reports', async () => {
    const ws = await workspace();
    await writeFile(join(ws.input, 'slug-b.txt'), '乙公司点评\n\n一、行业观点\n\n本周板块整体上涨，景气度持续改善。\n');
    await writeFile(join(ws.input, 'slug-b.meta.yaml'), 'slug: shared-slug\n');
    await warm(ws);
    // New files that sort first: the cached reports become the later copy and the later slug.
    await copyFile(join(ws.input, SEEDS[2]!), join(ws.input, '0-copy.txt'));
    await writeFile(join(ws.input, 'slug-a.txt'), '甲公司点评\n\n一、行业观点\n\n龙头公司订单饱满。\n');
    await writeFile(join(ws.input, 'slug-a.meta.yaml'), 'slug: shared-slug\n');
    const result = await warm(ws);
    expect(result.cache).toEqual({ hits: 5, misses: 2 });
    const status = Object.fromEntries(result.buildReport.entries.map((e) => [e.source, e]));
    expect(status[SEEDS[2]!]?.messages.join()).toContain('与 0-copy.txt 内容相同');
    expect(status['slug-b.txt']).toMatchObject({ slug: 'shared-slug-2' });
    await expectSameAsCold(ws, result);
    // And back: the new files removed, the cached reports are published as before.
    for (const name of ['0-copy.txt', 'slug-a.txt', 'slug-a.meta.yaml']) await rm(join(ws.input, name));
    const restored = await warm(ws);
    expect(restored.cache).toEqual({ hits: 5, misses: 0 });
    await expectSameAsCold(ws, restored);
  }, TIMEOUT);

  it('gives the cold result, warm, for the bad-input archive', async () => {
    const ws = await workspace(writeBadInputArchive);
    const first = await warm(ws);
    const second = await warm(ws);
    expect(second.cache).toEqual({ hits: first.cache.misses, misses: 0 });
    await expectSameAsCold(ws, second);
  }, TIMEOUT);

  it('keeps the entries of different input folders apart', async () => {
    const [a, b] = [await workspace(), await workspace()];
    const shared = { ...b, cacheDir: a.cacheDir };
    await warm(a);
    expect((await warm(shared)).cache).toEqual({ hits: 0, misses: 4 });
    expect((await warm(a)).cache).toEqual({ hits: 4, misses: 0 });
  }, TIMEOUT);

  it('removes namespaces idle for 30 days, and nothing else in the cache folder', async () => {
    const ws = await workspace();
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const name of ['input-00000000000000aa', 'input-00000000000000bb', 'photos']) await mkdir(join(ws.cacheDir, name), { recursive: true });
    for (const name of ['input-00000000000000aa', 'photos']) await utimes(join(ws.cacheDir, name), longAgo, longAgo);
    await warm(ws);
    const left = await readdir(ws.cacheDir);
    expect(left).not.toContain('input-00000000000000aa');
    expect(left).toEqual(expect.arrayContaining(['input-00000000000000bb', 'photos']));
  }, TIMEOUT);

  it('counts every report as a miss without a cache', async () => {
    const ws = await workspace();
    const result = await convertArchive({ inputDir: ws.input, mdxDir: null, jsonDir: null });
    expect(result.cache).toEqual({ hits: 0, misses: 4 });
  }, TIMEOUT);
});
