/**
 * One build of a project at a time. Every build of a project writes the same generated digests
 * (`src/content/digests/`), Astro's caches (`.astro/`, `node_modules/.astro/`) and conversion
 * cache, whatever its `--input` and `--out`: two at once would publish each other's reports, or
 * delete digests the other's Astro is reading. A second `npm run build` therefore waits, saying
 * so, until the first has finished.
 *
 * The lock is proper-lockfile's (an atomic `mkdir`, its time stamp refreshed while held, removed
 * on exit). It only declares a lock stale after STALE_MS without a refresh, which must be long:
 * a build's main thread can be busy for many seconds (a 20 MB report, merging a large search
 * index), and a lock taken over too early lets two builds run. So the lock folder also says which
 * process holds it: a waiting build takes over at once from a holder on this machine that no
 * longer runs (killed with SIGKILL, or the machine restarted), and waits STALE_MS only for a
 * holder it cannot check (another machine sharing the folder).
 */
import * as fs from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';

/** The lock folder, relative to the project: inside node_modules, so never committed and one per installed copy. */
export const BUILD_LOCK = 'node_modules/.cache/research-digest/build.lock';
const HOLDER_FILE = 'holder.json';
const STALE_MS = 5 * 60_000;
const REFRESH_MS = 10_000;
const POLL_MS = 500;

/** Who holds the lock. */
interface Holder {
  pid: number;
  host: string;
  started: string;
}

export interface BuildLockOptions {
  /** The project whose builds are serialized (default: the working directory). */
  projectDir?: string;
  /** Where progress and warnings go (default: the console). */
  log?: (line: string) => void;
}

// The lock folder holds HOLDER_FILE, so remove it with its contents (proper-lockfile uses rmdir).
const lockFs = {
  ...fs,
  rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.rm(path, { recursive: true, force: true }, callback),
  rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true }),
};

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(lockDir: string): Promise<Holder | null> {
  try {
    const holder = JSON.parse(await readFile(join(lockDir, HOLDER_FILE), 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host, started: String(holder.started) } : null;
  } catch {
    // Not written yet (the holder has just taken the lock), or not ours: treat the holder as running.
    return null;
  }
}

/** A holder on this machine whose process has ended: its lock protects nothing. */
function isGone(holder: Holder): boolean {
  return holder.host === hostname() && holder.pid !== process.pid && !isRunning(holder.pid);
}

/**
 * Removes the lock of `gone`: renamed aside first, and put back if what was renamed turns out to be
 * a newer holder's (another waiter may have taken over in between).
 */
async function takeOver(lockDir: string, gone: Holder): Promise<boolean> {
  const aside = `${lockDir}.stale-${process.pid}`;
  try {
    await rename(lockDir, aside);
  } catch {
    return false;
  }
  const holder = await readHolder(aside);
  if (holder?.pid === gone.pid && holder.started === gone.started) {
    await rm(aside, { recursive: true, force: true });
    return true;
  }
  await rename(aside, lockDir).catch(() => undefined);
  return false;
}

/**
 * Says in the lock folder who holds it. proper-lockfile checks the folder's time stamp is the one it
 * set (else the lock was taken over), so the stamp the new file changes is put back.
 */
function writeHolder(lockDir: string): void {
  const { mtime } = fs.statSync(lockDir);
  const holder: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  fs.writeFileSync(join(lockDir, HOLDER_FILE), JSON.stringify(holder));
  fs.utimesSync(lockDir, mtime, mtime);
}

function describe(holder: Holder | null): string {
  return holder ? `进程 ${holder.pid}，${holder.started} 开始` : '刚开始';
}

function onCompromised(error: Error): void {
  console.error(`构建锁失效（${error.message}），另一个构建可能正在写同一个项目；本次构建停止，没有替换站点。`);
  process.exit(1);
}

/** Takes the project's build lock, waiting while another build holds it; null when no lock can be made here. */
async function acquire(projectDir: string, log: (line: string) => void): Promise<(() => Promise<void>) | null> {
  const lockDir = resolve(projectDir, BUILD_LOCK);
  const waitingSince = Date.now();
  let announced = false;
  for (;;) {
    try {
      await mkdir(dirname(lockDir), { recursive: true });
      const release = await lockfile.lock(projectDir, { lockfilePath: lockDir, realpath: false, stale: STALE_MS, update: REFRESH_MS, fs: lockFs, onCompromised });
      writeHolder(lockDir);
      if (announced) log(`另一个构建已结束（等待 ${Math.round((Date.now() - waitingSince) / 1000)} 秒），开始构建。`);
      return release;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') {
        log(`警告：无法创建构建锁 ${lockDir}（${code ?? (error as Error).message}），本次构建不加锁；请勿同时运行两个构建。`);
        return null;
      }
      const holder = await readHolder(lockDir);
      if (holder && isGone(holder) && (await takeOver(lockDir, holder))) {
        log(`上一个构建（进程 ${holder.pid}）已不在运行，接管它留下的构建锁。`);
        continue;
      }
      if (!announced) log(`另一个构建正在进行（${describe(holder)}；锁 ${lockDir}），等它结束后再开始…`);
      announced = true;
      await sleep(POLL_MS);
    }
  }
}

/** Runs `work` holding the project's build lock (see the file comment); waits for another build to finish first. */
export async function withBuildLock<T>(work: () => Promise<T>, options: BuildLockOptions = {}): Promise<T> {
  const release = await acquire(resolve(options.projectDir ?? process.cwd()), options.log ?? ((line) => console.log(line)));
  try {
    return await work();
  } finally {
    await release?.().catch(() => undefined);
  }
}
