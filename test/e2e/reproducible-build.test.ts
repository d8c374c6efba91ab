/**
 * Two cold builds of the same input (`--no-cache`: nothing reused) produce byte-identical sites:
 * every file, Pagefind's index included. (A rebuild from the caches is compared with a cold build
 * in incremental-build.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow } from '../helpers/child-build.ts';
import { fingerprints } from '../helpers/site-files.ts';

const OUT = 'out/e2e/reproducible';

let first: Map<string, string>;
let second: Map<string, string>;

beforeAll(async () => {
  for (const name of ['a', 'b']) await buildOrThrow(['--no-cache', '--out', `${OUT}/${name}`], { SITE_URL: 'https://example.com' });
  [first, second] = await Promise.all([fingerprints(`${OUT}/a`), fingerprints(`${OUT}/b`)]);
}, 300_000);

describe('building the same archive twice from scratch', () => {
  it('writes the same files', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(first.size).toBeGreaterThan(100);
  });

  it('writes every file byte for byte the same', () => {
    const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
  });
});
