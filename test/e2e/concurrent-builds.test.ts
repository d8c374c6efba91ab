/**
 * Two `npm run build` of one project at once (issue #15): they share the generated digests, Astro's
 * caches and the conversion cache, so the second waits for the first, saying so. Each site then
 * holds exactly its own archive's reports, and the cache both filled is intact: a third build
 * takes every report from it and publishes the same site, to the byte.
 */
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '~/schema/build-report.ts';
import { buildOrThrow, startBuild } from '../helpers/child-build.ts';
import { treeHashes } from '../helpers/temp-files.ts';

const OUT = resolve('out/e2e/concurrent');
const ARCHIVES = {
  a: ['000_2272510a5eb1dbfa.txt', '001_3443ca7490eb62dc.txt'],
  b: ['002_c7d3efb7c0d55a5e.txt', '003_d21945e2f427e36b.txt', '004_0d1459b9884b146f.txt'],
};

type Name = keyof typeof ARCHIVES;
const args = (name: Name, input: string) => ['--input', input, '--out', `${OUT}/${name}/site`, '--json', `${OUT}/${name}/json`];

let inputs: Record<Name, string>;
let runs: Record<Name, { code: number | null; stdout: string }>;
let cacheDir: string;

/** The slugs a build published, from its build report. */
async function publishedSlugs(name: Name): Promise<string[]> {
  const report = JSON.parse(await readFile(`${OUT}/${name}/json/build-report.json`, 'utf8')) as BuildReport;
  return report.entries.flatMap((entry) => entry.slug ?? []).sort();
}

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'concurrent-cache-'));
  inputs = { a: '', b: '' };
  for (const name of ['a', 'b'] as const) {
    inputs[name] = await mkdtemp(join(tmpdir(), `concurrent-${name}-`));
    for (const seed of ARCHIVES[name]) await copyFile(join('content/reports', seed), join(inputs[name], seed));
  }
  const env = { CACHE_DIR: cacheDir };
  const builds = { a: startBuild(args('a', inputs.a), env), b: startBuild(args('b', inputs.b), env) };
  runs = { a: { code: null, stdout: '' }, b: { code: null, stdout: '' } };
  for (const name of ['a', 'b'] as const) {
    runs[name].code = (await builds[name].exited).code;
    runs[name].stdout = builds[name].output.stdout;
  }
}, 300_000);

describe('two builds of one project at once', () => {
  it('both succeed, the second after waiting for the first, and saying so', () => {
    expect(runs.a.code).toBe(0);
    expect(runs.b.code).toBe(0);
    const waited = [runs.a.stdout, runs.b.stdout].filter((stdout) => stdout.includes('另一个构建正在进行'));
    expect(waited).toHaveLength(1);
    expect(waited[0]).toContain('另一个构建已结束');
  });

  it('each publish exactly their own archive', async () => {
    for (const name of ['a', 'b'] as const) {
      const slugs = await publishedSlugs(name);
      expect(slugs).toHaveLength(ARCHIVES[name].length);
      expect((await readdir(`${OUT}/${name}/site/digests`)).sort()).toEqual(slugs);
    }
  });

  it('leave an intact cache: a third build reuses every report and publishes the same site', async () => {
    const before = await treeHashes(`${OUT}/a/site`);
    const again = await buildOrThrow(args('a', inputs.a), { CACHE_DIR: cacheDir });
    expect(again.stdout).toContain(`复用缓存 ${ARCHIVES.a.length} 篇，重新转换 0 篇`);
    expect(await treeHashes(`${OUT}/a/site`)).toEqual(before);
  }, 120_000);
});
