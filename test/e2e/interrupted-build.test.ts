/**
 * A build that fails or is killed never harms the last good site (issue #15): `npm run build` is
 * killed in each of its stages — conversion, Astro, originals, Pagefind — and fails once when its
 * Astro process dies; after each, every file of the published site is what the last complete build
 * wrote. The next build cleans up, says the last one did not finish, and publishes the new site.
 */
import { copyFile, mkdir, mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow, startBuild, type RunningBuild } from '../helpers/child-build.ts';
import { childProcesses, processesRunning } from '../helpers/processes.ts';
import { treeHashes } from '../helpers/temp-files.ts';

const ROOT = resolve('out/e2e/interrupted');
const SITE = join(ROOT, 'site');
const SEEDS = ['000_2272510a5eb1dbfa.txt', '003_d21945e2f427e36b.txt', '004_0d1459b9884b146f.txt'];
const TIMEOUT = 120_000;

let input: string;
let args: string[];
/** The published site after the last complete build. */
let published: Map<string, string>;
/** Builds started by the current test: killed after it, so a failed test cannot publish and spoil the next. */
const started: RunningBuild[] = [];

function start(env: Record<string, string> = {}): RunningBuild {
  const build = startBuild(args, env);
  started.push(build);
  return build;
}

/** Resolves once `found()` is true, polling; rejects when `build` ends first. */
async function until(build: RunningBuild, found: () => Promise<boolean>): Promise<void> {
  let ended = false;
  void build.exited.then(() => (ended = true));
  while (!(await found())) {
    if (ended) throw new Error(`build ended first:\n${build.output.stdout}\n${build.output.stderr}`);
    await sleep(25);
  }
}

/** Whether a page written after `since` exists anywhere under ROOT (wherever the build writes it). */
async function freshPageWritten(since: number): Promise<boolean> {
  // A folder the build is writing may be renamed or removed while it is read.
  const entries = await readdir(ROOT, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
    const info = await stat(join(entry.parentPath, entry.name)).catch(() => null);
    if (info && info.mtimeMs > since) return true;
  }
  return false;
}

/** Waits (up to 10 s) until no process of a build under ROOT runs any more, and says whether one still does. */
async function leftoverProcesses(): Promise<number[]> {
  for (let i = 0; i < 100 && processesRunning(ROOT).length > 0; i++) await sleep(100);
  return processesRunning(ROOT);
}

beforeAll(async () => {
  input = await mkdtemp(join(tmpdir(), 'interrupted-input-'));
  for (const seed of SEEDS.slice(0, 2)) await copyFile(join('content/reports', seed), join(input, seed));
  await mkdir(ROOT, { recursive: true });
  args = ['--input', input, '--out', SITE];
  await buildOrThrow(args);
  published = await treeHashes(SITE);
  // What the interrupted builds would publish differs: one more report.
  await copyFile(join('content/reports', SEEDS[2]!), join(input, SEEDS[2]!));
}, 300_000);

afterEach(async () => {
  for (const build of started.splice(0)) {
    build.child.kill('SIGKILL');
    await build.exited;
  }
});

describe('a build killed or failing in any stage', () => {
  it.each(['conversion', 'originals'])('killed (SIGKILL) at the start of the %s stage leaves the published site untouched', async (stage) => {
    const build = start({ BUILD_PAUSE_AT: stage });
    await build.stderrMatches(new RegExp(`paused at stage ${stage}`));
    build.child.kill('SIGKILL');
    expect((await build.exited).signal).toBe('SIGKILL');
    expect(await treeHashes(SITE)).toEqual(published);
    expect(await leftoverProcesses()).toEqual([]);
  }, TIMEOUT);

  it('killed (SIGKILL) while Astro writes pages leaves the published site untouched, and Astro stops too', async () => {
    const since = Date.now();
    const build = start();
    await until(build, () => freshPageWritten(since));
    build.child.kill('SIGKILL');
    await build.exited;
    expect(await treeHashes(SITE)).toEqual(published);
    expect(await leftoverProcesses()).toEqual([]);
  }, TIMEOUT);

  it('failing because its Astro process died leaves the published site untouched and says so', async () => {
    const build = start();
    await until(build, async () => childProcesses(build.child.pid!, 'astro-stage.ts').length > 0);
    for (const pid of childProcesses(build.child.pid!, 'astro-stage.ts')) process.kill(pid, 'SIGKILL');
    expect((await build.exited).code).toBe(1);
    expect(build.output.stderr).toContain('构建失败：Astro 构建失败（SIGKILL）');
    expect(build.output.stderr).toContain(`${SITE}/ 未改动，仍是上次成功构建的站点`);
    expect(await treeHashes(SITE)).toEqual(published);
  }, TIMEOUT);

  it('interrupted (SIGTERM) at the start of the Pagefind stage leaves the published site untouched and says so', async () => {
    const build = start({ BUILD_PAUSE_AT: 'pagefind' });
    await build.stderrMatches(/paused at stage pagefind/);
    build.child.kill('SIGTERM');
    expect((await build.exited).code).toBe(143);
    expect(build.output.stderr).toContain(`构建被中断（SIGTERM）：${SITE}/ 未改动，仍是上次成功构建的站点`);
    expect(await treeHashes(SITE)).toEqual(published);
  }, TIMEOUT);
});

describe('the build after an interrupted one', () => {
  it('says the last build did not finish, cleans up after it and publishes the complete new site', async () => {
    const killed = start({ BUILD_PAUSE_AT: 'pagefind' });
    await killed.stderrMatches(/paused at stage pagefind/);
    killed.child.kill('SIGKILL');
    await killed.exited;

    const run = await buildOrThrow(args);
    expect(run.stdout).toContain(`上次构建没有完成（被中断或失败），已删除它未完成的输出；${SITE}/ 仍是上次成功构建的站点`);
    expect(await readdir(ROOT)).toEqual(['site']);
    const site = await treeHashes(SITE);
    expect([...site.keys()].filter((path) => path.endsWith('/original.txt'))).toHaveLength(3);
    expect([...site.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
  }, TIMEOUT);
});
