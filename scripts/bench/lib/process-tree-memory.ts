/**
 * Wall time, peak memory and CPU time of a command and everything it starts. A build is more
 * than one process (Pagefind's Node API spawns its Rust binary; Astro and Vite may use workers),
 * so the whole tree is read: every ~50 ms, the child's descendants are found through `/proc`,
 * their resident sets (VmRSS) summed, and their CPU time (own plus reaped children's) summed.
 * Linux only; no `/usr/bin/time` needed. Shared pages count once per process, as RSS does, so
 * the memory sum leans high rather than low. CPU time matters on a shared machine: other work there stretches
 * wall time but hardly a process's own CPU time.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** One reading: epoch ms, the tree's summed resident set, and its CPU time so far. */
export interface TreeSample {
  time: number;
  rssBytes: number;
  cpuMs: number;
}

export interface SampledRun {
  /** Epoch ms when the command was started and when it exited. */
  startedAt: number;
  endedAt: number;
  wallMs: number;
  /** CPU time (user + system) of the tree, as of the last reading. */
  cpuMs: number;
  /** Exit code, or null when a signal ended it (see `signal`). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  samples: TreeSample[];
  /** Highest summed RSS seen, bytes. */
  peakBytes: number;
  /** The summed RSS at which the tree was killed for passing the memory limit; null if it was not. */
  killedAtBytes: number | null;
  /** Highest summed RSS between two epoch-ms times (see `peakBetween`). */
  peakWithin(start: number, end: number): number;
  /** CPU time spent between two epoch-ms times (see `cpuBetween`). */
  cpuWithin(start: number, end: number): number;
}

export interface SampleOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between readings (default 50). */
  intervalMs?: number;
  /** Default: inherit, so the command's own output shows. */
  stdio?: StdioOptions;
  /**
   * The tree is killed when its summed RSS passes this (bytes): a runaway build must not take a
   * shared machine down. Default: BENCH_MEMORY_LIMIT_GB (12 GB).
   */
  limitBytes?: number;
}

/** Memory a measured run may use before it is killed. */
export const DEFAULT_LIMIT_BYTES = Number(process.env['BENCH_MEMORY_LIMIT_GB'] ?? 12) * 2 ** 30;

/** Kernel clock ticks per second (`getconf CLK_TCK`) and page size: 100 and 4 KiB on x86-64 Linux. */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

/** What one process's `/proc/<pid>/stat` says. */
export interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime: its own CPU time and that of children it has reaped. */
  cpuTicks: number;
  /** Resident set in pages (the counter VmRSS in `status` reports in kB). */
  rssPages: number;
}

/** Parses the text of `/proc/<pid>/stat` (proc(5)); null when it is not one. */
export function parseStat(stat: string): ProcStat | null {
  const close = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
  if (close < 0) return null;
  const fields = stat.slice(close + 2).split(' '); // from field 3 (state) on: field k is fields[k - 3]
  const ppid = Number(fields[1]);
  if (!Number.isInteger(ppid)) return null;
  const cpuTicks = fields.slice(11, 15).reduce((sum, field) => sum + (Number(field) || 0), 0);
  return { ppid, cpuTicks, rssPages: Number(fields[21]) || 0 };
}

/**
 * The highest reading between `start` and `end`, counting the last reading before `start` too:
 * memory held then was still held when the window opened, and a window shorter than the
 * sampling interval would otherwise have no reading at all. 0 when there is none.
 */
export function peakBetween(samples: readonly TreeSample[], start: number, end: number): number {
  let peak = 0;
  let before: TreeSample | undefined;
  for (const sample of samples) {
    if (sample.time < start && (!before || sample.time > before.time)) before = sample;
    if (sample.time >= start && sample.time <= end) peak = Math.max(peak, sample.rssBytes);
  }
  return Math.max(peak, before?.rssBytes ?? 0);
}

/** CPU time between `start` and `end`: the last reading at or before each, subtracted (0 before any). */
export function cpuBetween(samples: readonly TreeSample[], start: number, end: number): number {
  const at = (time: number) => samples.reduce((cpu, s) => (s.time <= time ? Math.max(cpu, s.cpuMs) : cpu), 0);
  return at(end) - at(start);
}

/** Reads a `/proc` file; a process may exit between listing and reading, which is not an error. */
function readProc(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null);
}

/** Pids of `pid`'s children, from each of its threads' `children` file (any thread may spawn). */
async function childrenOf(pid: number): Promise<number[]> {
  const threads = (await readdir(`/proc/${pid}/task`).catch(() => null)) ?? [];
  const lists = await Promise.all(threads.map((tid) => readProc(`/proc/${pid}/task/${tid}/children`)));
  return lists.flatMap((list) => (list ?? '').split(' ').filter(Boolean).map(Number));
}

/**
 * `root` and its descendants, walked down through `children` files: a few reads per process of
 * the tree, where scanning every `/proc/<pid>/stat` would cost one per process on the machine,
 * every 50 ms, taking CPU from the build being measured.
 */
async function treePids(root: number): Promise<number[]> {
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(await childrenOf(pid)));
  }
  return tree;
}

/** Summed resident set and CPU time of `root` and its descendants now. */
export async function readTree(root: number): Promise<{ rssBytes: number; cpuMs: number }> {
  const stats = await Promise.all((await treePids(root)).map(async (pid) => parseStat((await readProc(`/proc/${pid}/stat`)) ?? '')));
  let rssPages = 0;
  let ticks = 0;
  for (const stat of stats) {
    rssPages += stat?.rssPages ?? 0;
    ticks += stat?.cpuTicks ?? 0;
  }
  return { rssBytes: rssPages * PAGE_BYTES, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

const epochNow = () => performance.timeOrigin + performance.now();

/** Runs `command args` to its end, sampling its process tree meanwhile. */
export async function runSampled(command: string, args: readonly string[], options: SampleOptions = {}): Promise<SampledRun> {
  const samples: TreeSample[] = [];
  const startedAt = epochNow();
  // Its own process group, so the whole tree can be killed at the memory limit (and with the bench).
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: options.stdio ?? 'inherit', detached: true });
  const killTree = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  process.once('exit', killTree);
  const limit = options.limitBytes ?? DEFAULT_LIMIT_BYTES;
  let killedAtBytes: number | null = null;
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve([code, signal]));
  });
  let running = true;
  const sampling = (async () => {
    while (running && child.pid !== undefined) {
      const time = epochNow();
      const tree = await readTree(child.pid);
      if (running && tree.rssBytes > 0) samples.push({ time, ...tree });
      if (running && tree.rssBytes > limit && killedAtBytes === null) {
        killedAtBytes = tree.rssBytes;
        console.error(`[bench] killed: the build's memory passed ${(limit / 2 ** 30).toFixed(1)} GB (BENCH_MEMORY_LIMIT_GB)`);
        killTree();
      }
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
    }
  })();
  const [exitCode, signal] = await exited.finally(() => {
    running = false;
    process.off('exit', killTree);
  });
  const endedAt = epochNow();
  await sampling;
  return {
    startedAt,
    endedAt,
    wallMs: endedAt - startedAt,
    cpuMs: samples.reduce((cpu, s) => Math.max(cpu, s.cpuMs), 0),
    exitCode,
    signal,
    samples,
    peakBytes: samples.reduce((peak, s) => Math.max(peak, s.rssBytes), 0),
    killedAtBytes,
    peakWithin: (start, end) => peakBetween(samples, start, end),
    cpuWithin: (start, end) => cpuBetween(samples, start, end),
  };
}
