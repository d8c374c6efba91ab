/**
 * A conversion cache that cannot be used (issue #15): on a full disk, a read-only file system, or a
 * path that cannot be a folder, the conversion goes on without it, gives what a build without a
 * cache gives, and says so in one warning. A full disk and a read-only file system are simulated
 * (root ignores permissions, and the suite must not mount file systems) by making the cache's file
 * writes fail with the error the kernel gives; the unusable path is real.
 */
import * as fs from 'node:fs/promises';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheSummary } from '~/converter/cache/summary.ts';
import { convertArchive } from '~/converter/pipeline.ts';
import { filesIn, tempDirs } from '../../helpers/temp-files.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, writeFile: vi.fn(actual.writeFile) };
});

const tempDir = tempDirs();
const SEEDS = ['000_2272510a5eb1dbfa.txt', '003_d21945e2f427e36b.txt'];
const TIMEOUT = 60_000;

async function archive(): Promise<{ input: string; root: string }> {
  const root = await tempDir('cache-unwritable-');
  const input = join(root, 'reports');
  await mkdir(input);
  for (const seed of SEEDS) await copyFile(join('content/reports', seed), join(input, seed));
  return { input, root };
}

/** Makes every file write under `dir` fail as the kernel does with `code`. */
async function failWritesUnder(dir: string, code: string, message: string): Promise<void> {
  const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
  vi.mocked(fs.writeFile).mockImplementation(async (path, ...rest) => {
    if (String(path).startsWith(dir)) throw Object.assign(new Error(`${code}: ${message}, open '${String(path)}'`), { code });
    return actual.writeFile(path, ...rest);
  });
}

afterEach(() => {
  vi.mocked(fs.writeFile).mockReset();
});

async function convertBoth(input: string, root: string, cacheDir: string) {
  const withCache = await convertArchive({ inputDir: input, mdxDir: join(root, 'mdx'), jsonDir: null, cacheDir });
  const cold = await convertArchive({ inputDir: input, mdxDir: join(root, 'cold-mdx'), jsonDir: null, cacheDir: null });
  return { withCache, cold };
}

describe('a conversion cache that cannot be written', () => {
  it.each([
    ['a full disk', 'ENOSPC', 'no space left on device', '磁盘已满（ENOSPC）'],
    ['a read-only file system', 'EROFS', 'read-only file system', '只读文件系统（EROFS）'],
  ])('on %s: converts as without a cache, with one warning naming the folder and the problem', async (_, code, message, problem) => {
    const { input, root } = await archive();
    const cacheDir = join(root, 'cache');
    await failWritesUnder(cacheDir, code, message);
    const { withCache, cold } = await convertBoth(input, root, cacheDir);
    expect(withCache.reports).toStrictEqual(cold.reports);
    expect(withCache.buildReport).toStrictEqual(cold.buildReport);
    expect(await filesIn(join(root, 'mdx'))).toStrictEqual(await filesIn(join(root, 'cold-mdx')));
    expect(withCache.cacheWarning).toBe(`警告：转换缓存无法写入（${cacheDir}：${problem}），本次转换的结果没有存入缓存，结果不受影响`);
    const summary = cacheSummary(withCache.cache, cacheDir, withCache.cacheWarning);
    expect(summary.match(/警告/g)).toHaveLength(1);
  }, TIMEOUT);

  it('stops writing after the first failure', async () => {
    const { input, root } = await archive();
    // More entries than are written at a time (32), so the ones after the first failure are never started.
    for (let i = 0; i < 60; i++) await writeFile(join(input, `note-${i}.txt`), `第 ${i} 号点评\n\n一、观点\n\n本周板块上涨 ${i}%。\n`);
    const cacheDir = join(root, 'cache');
    await failWritesUnder(cacheDir, 'ENOSPC', 'no space left on device');
    const result = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null, cacheDir });
    expect(result.cache.misses).toBe(62);
    const cacheWrites = vi.mocked(fs.writeFile).mock.calls.filter(([path]) => String(path).startsWith(cacheDir));
    expect(cacheWrites.length).toBeGreaterThan(0);
    expect(cacheWrites.length).toBeLessThanOrEqual(32);
  }, TIMEOUT);
});

describe('a conversion cache folder that cannot be made', () => {
  it('converts as without a cache, with one warning', async () => {
    const { input, root } = await archive();
    await writeFile(join(root, 'a-file'), 'not a folder');
    const cacheDir = join(root, 'a-file', 'cache');
    const { withCache, cold } = await convertBoth(input, root, cacheDir);
    expect(withCache.reports).toStrictEqual(cold.reports);
    expect(withCache.cache).toEqual({ hits: 0, misses: SEEDS.length });
    expect(withCache.cacheWarning).toBe(`警告：转换缓存不可用（${cacheDir}：路径中有同名的文件（ENOTDIR）），本次构建不使用缓存，结果不受影响`);
  }, TIMEOUT);

  it('gives no warning when the cache works', async () => {
    const { input, root } = await archive();
    const result = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null, cacheDir: join(root, 'cache') });
    expect(result.cacheWarning).toBeNull();
  }, TIMEOUT);
});
