/** Pagefind batches cut by a hash of each page's URL: stable under one page added, changed or removed. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchesOf, batchKey, BundleCache, type BatchPage } from '../../../scripts/lib/search-batches.ts';

const page = (i: number, bytes = 1000 + ((i * 7919) % 3000)): BatchPage => ({ file: `/site/digests/d${i}/index.html`, url: `/digests/d${i}/`, bytes, sha256: `h${i}` });
const pages = Array.from({ length: 400 }, (_, i) => page(i));
const MAX = 40_000;
const keys = (batches: BatchPage[][]) => new Set(batches.map((b) => batchKey(b, '1.6.0')));

describe('batchesOf', () => {
  const batches = batchesOf(pages, MAX);

  it('puts every page in exactly one batch, each within the byte limit', () => {
    expect(batches.flat().map((p) => p.url).sort()).toEqual(pages.map((p) => p.url).sort());
    for (const batch of batches) expect(batch.reduce((sum, p) => sum + p.bytes, 0)).toBeLessThanOrEqual(MAX);
    expect(batches.length).toBeGreaterThan(10);
  });

  it('does not depend on the order the pages come in', () => {
    expect(batchesOf([...pages].reverse(), MAX)).toEqual(batches);
  });

  it('changes only the batch a new, changed or removed page falls in (which may split or join)', () => {
    const before = keys(batches);
    const changed = [
      batchesOf([...pages, page(400)], MAX),
      batchesOf(pages.map((p, i) => (i === 123 ? { ...p, sha256: 'edited' } : p)), MAX),
      batchesOf(pages.filter((_, i) => i !== 77), MAX),
    ];
    for (const after of changed) {
      const kept = [...keys(after)].filter((key) => before.has(key)).length;
      expect(kept).toBeGreaterThanOrEqual(batches.length - 2);
      expect(after.length - kept).toBeLessThanOrEqual(2);
    }
  });

  it('gives a page larger than the limit a batch of its own', () => {
    const big = batchesOf([page(1, MAX * 3), page(2), page(3)], MAX);
    expect(big.find((b) => b.some((p) => p.url === '/digests/d1/'))).toHaveLength(1);
  });
});

describe('BundleCache', () => {
  it('makes a bundle once, reuses it, remakes it when fresh, and prunes the unused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-cache-'));
    const write = (folder: string) => {
      writeFileSync(join(folder, 'pagefind-entry.json'), '{}');
      return Promise.resolve();
    };
    const made: string[] = [];
    const writer = (name: string) => async (folder: string) => {
      made.push(name);
      (await import('node:fs')).mkdirSync(folder, { recursive: true });
      await write(folder);
    };
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const first = new BundleCache(dir, false);
    await first.bundle(a, writer('a'));
    await first.bundle(b, writer('b'));
    const second = new BundleCache(dir, false);
    await second.bundle(a, writer('a again'));
    second.prune();
    expect(made).toEqual(['a', 'b']);
    expect([second.indexed, second.reused]).toEqual([0, 1]);
    expect(readdirSync(dir)).toEqual([a]);
    const fresh = new BundleCache(dir, true);
    await fresh.bundle(a, writer('a fresh'));
    expect(made.at(-1)).toBe('a fresh');
  });
});
