/**
 * The converter fingerprint: a change to the converter's code or dependencies misses every cache
 * entry (here the fingerprint is replaced, as a code change would change it), and the real
 * fingerprint is stable within a run and covers the converter's own source.
 */
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { convertArchive } from '~/converter/pipeline.ts';

const fingerprint = vi.hoisted(() => ({ current: 'converter-v1' }));
vi.mock('~/converter/cache/fingerprint.ts', () => ({ converterFingerprint: () => Promise.resolve(fingerprint.current) }));

describe('the converter fingerprint', () => {
  it('misses every entry when it changes, and leaves only the new entries behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'conversion-fingerprint-'));
    const input = join(root, 'reports');
    await mkdir(input);
    for (const seed of ['000_2272510a5eb1dbfa.txt', '003_d21945e2f427e36b.txt']) await copyFile(join('content/reports', seed), join(input, seed));
    const options = { inputDir: input, mdxDir: join(root, 'mdx'), jsonDir: null, cacheDir: join(root, 'cache') };
    await convertArchive(options);
    expect((await convertArchive(options)).cache).toEqual({ hits: 2, misses: 0 });
    fingerprint.current = 'converter-v2';
    expect((await convertArchive(options)).cache).toEqual({ hits: 0, misses: 2 });
    expect((await convertArchive(options)).cache).toEqual({ hits: 2, misses: 0 });
    const [namespace] = await readdir(options.cacheDir);
    expect(await readdir(join(options.cacheDir, namespace!))).toHaveLength(2);
  }, 60_000);

  it('is computed from the converter’s source, the same on every call', async () => {
    const real = await vi.importActual<typeof import('~/converter/cache/fingerprint.ts')>('~/converter/cache/fingerprint.ts');
    const first = await real.converterFingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await real.converterFingerprint()).toBe(first);
  });
});
