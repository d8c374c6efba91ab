/** The build lock (scripts/lib/build-lock.ts): one build of a project at a time; two real builds at once are in test/e2e/concurrent-builds.test.ts. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BUILD_LOCK, withBuildLock } from '../../../scripts/lib/build-lock.ts';
import { tempDirs } from '../../helpers/temp-files.ts';

const tempDir = tempDirs();

describe('withBuildLock', () => {
  it('makes a second build wait until the first has finished, saying so, and removes the lock after', async () => {
    const projectDir = await tempDir();
    const order: string[] = [];
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const first = withBuildLock(async () => {
      order.push('first start');
      await sleep(1_500);
      order.push('first end');
    }, { projectDir, log });
    await sleep(200);
    const second = withBuildLock(async () => {
      order.push('second start');
    }, { projectDir, log });
    await Promise.all([first, second]);
    expect(order).toEqual(['first start', 'first end', 'second start']);
    expect(lines[0]).toMatch(new RegExp(`^另一个构建正在进行（进程 ${process.pid}，.* 开始；锁 .*build\\.lock），等它结束后再开始…$`));
    expect(lines[1]).toMatch(/^另一个构建已结束（等待 \d+ 秒），开始构建。$/);
    expect(existsSync(join(projectDir, BUILD_LOCK))).toBe(false);
  });

  it('releases the lock when the build fails', async () => {
    const projectDir = await tempDir();
    await expect(withBuildLock(() => Promise.reject(new Error('Astro 构建失败')), { projectDir, log: () => {} })).rejects.toThrow('Astro 构建失败');
    expect(existsSync(join(projectDir, BUILD_LOCK))).toBe(false);
  });

  it('takes over at once from a build on this machine that no longer runs (killed with SIGKILL)', async () => {
    const projectDir = await tempDir();
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    await mkdir(join(projectDir, BUILD_LOCK), { recursive: true });
    await writeFile(join(projectDir, BUILD_LOCK, 'holder.json'), JSON.stringify({ pid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const lines: string[] = [];
    const started = Date.now();
    await withBuildLock(async () => {}, { projectDir, log: (line) => lines.push(line) });
    expect(lines).toEqual([`上一个构建（进程 ${pid}）已不在运行，接管它留下的构建锁。`]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('builds without a lock, with a warning, where none can be made', async () => {
    const projectDir = await tempDir();
    await writeFile(join(projectDir, 'node_modules'), 'not a folder');
    const lines: string[] = [];
    let ran = false;
    await withBuildLock(async () => void (ran = true), { projectDir, log: (line) => lines.push(line) });
    expect(ran).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/^警告：无法创建构建锁 .*（ENOTDIR），本次构建不加锁/)]);
  });
});
