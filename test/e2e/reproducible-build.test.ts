/**
 * Two builds of the same input produce byte-identical sites: every file, Pagefind's index included.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow } from '../helpers/child-build.ts';

const OUT = 'out/e2e/reproducible';

async function fingerprints(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const pairs = await Promise.all(files.map(async (file) => [relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex')] as const));
  return new Map(pairs);
}

let first: Map<string, string>;
let second: Map<string, string>;

beforeAll(async () => {
  for (const name of ['a', 'b']) await buildOrThrow(['--out', `${OUT}/${name}`], { SITE_URL: 'https://example.com' });
  [first, second] = await Promise.all([fingerprints(`${OUT}/a`), fingerprints(`${OUT}/b`)]);
}, 300_000);

describe('building the same archive twice', () => {
  it('writes the same files', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(first.size).toBeGreaterThan(100);
  });

  it('writes every file byte for byte the same', () => {
    const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
  });
});
