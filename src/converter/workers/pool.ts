/**
 * A pool of worker threads that converts reports (see `convert-worker.ts`), so a cold build uses
 * every core. Each task is one report file; results come back in the order of `files`, exactly
 * what converting in this thread gives (the same code, on structured-cloned plain data).
 *
 * Failures stay per report, as in this thread:
 * - a converter exception is caught inside the worker and becomes that report's rejection;
 * - a worker that dies (uncaught error, out of memory, exit) rejects the report it was converting,
 *   its other tasks go back to the queue and a new worker takes over;
 * - a worker that dies before its modules have loaded means workers cannot run here at all (an old
 *   Node without type stripping, say): no more are started, and whatever the remaining workers
 *   leave is converted in this thread, with the reason in `fallback`.
 */
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../read/discover.ts';
import type { StageTimer, StageTiming } from '../timing.ts';
import { convertSafely, failedConversion, type ConvertedFile } from './convert-task.ts';
import type { StageProgress } from '../progress.ts';
import type { TaskMessage, WorkerMessage } from './protocol.ts';

export interface PoolOptions {
  /** Worker threads to start (at most one per file). */
  size: number;
  /** Whether workers render each published report's MDX digest. */
  renderDigests: boolean;
  /** Receives each report's stage times from its worker, summed across workers (about their CPU time, not wall time). */
  timer: StageTimer;
  /** The worker module; tests substitute one that crashes. */
  workerUrl?: URL;
  /** Told of each report converted. */
  progress?: StageProgress;
}

export interface PoolRun {
  /** One per file, in the order of `files`. */
  converted: ConvertedFile[];
  /** Why some reports were converted in this thread after all (workers could not start); null when workers did all. */
  fallback: string | null;
}

/**
 * Tasks sent to a worker ahead of its answers: with one, a worker idles from each answer until the
 * main thread (competing for the same cores) has sent the next task.
 */
const IN_FLIGHT_PER_WORKER = 2;
const WORKER_URL = new URL('./convert-worker.ts', import.meta.url);

interface Slot {
  worker: Worker;
  /** Its modules loaded: from now on, its death is blamed on the report it was converting. */
  ready: boolean;
  /** Ids sent and not yet answered, oldest (the one being converted) first. */
  tasks: number[];
  /** What killed it, kept for its 'exit' event. */
  error: string | null;
}

/** Adds a worker's stage times to the main thread's timer, stage by stage. */
function addTimings(timer: StageTimer, timings: readonly StageTiming[]): void {
  for (const { stage, ms } of timings) {
    const existing = timer.timings.find((t) => t.stage === stage);
    if (existing) existing.ms += ms;
    else timer.timings.push({ stage, ms });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

class ConversionPool {
  private readonly results: Array<ConvertedFile | undefined>;
  private readonly queue: number[];
  private readonly live = new Set<Slot>();
  private readonly started: Worker[] = [];
  private pending: number;
  private fallback: string | null = null;
  private settle: () => void = () => undefined;
  private readonly files: readonly InputFile[];
  private readonly options: PoolOptions;

  constructor(files: readonly InputFile[], options: PoolOptions) {
    this.files = files;
    this.options = options;
    this.results = new Array<ConvertedFile | undefined>(files.length);
    this.queue = files.map((_, id) => id);
    this.pending = files.length;
  }

  /** Converts every file: in workers, and in this thread whatever they could not take. */
  async run(): Promise<PoolRun> {
    const settled = new Promise<void>((resolve) => (this.settle = resolve));
    const size = Math.min(this.options.size, this.files.length);
    for (let i = 0; i < size && this.fallback === null; i++) this.spawn();
    this.check();
    await settled;
    // Only when every worker is gone (they could not start): finish here, as without workers.
    for (const id of this.queue.splice(0)) this.finish(id, await convertSafely(this.files[id]!, this.options.timer));
    return { converted: this.results as ConvertedFile[], fallback: this.fallback };
  }

  /** Stops every worker: the process must not wait on them to exit. */
  async close(): Promise<void> {
    this.live.clear();
    await Promise.all(this.started.map((worker) => worker.terminate()));
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerUrl ?? WORKER_URL);
    } catch (error) {
      this.fallback = `工作线程无法启动，已改在主线程转换：${describe(error)}`;
      return;
    }
    const slot: Slot = { worker, ready: false, tasks: [], error: null };
    this.started.push(worker);
    this.live.add(slot);
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    // A worker's error travels apart from its messages and can overtake answers it sent before
    // dying; 'exit' comes after every answer has been delivered, so only then is a task blamed.
    worker.on('error', (error) => (slot.error ??= describe(error)));
    worker.on('messageerror', (error) => {
      slot.error ??= describe(error);
      void worker.terminate();
    });
    worker.on('exit', (code) => this.onExit(slot, slot.error ?? `exit code ${code}`));
    this.feed(slot);
  }

  private feed(slot: Slot): void {
    while (this.live.has(slot) && slot.error === null && slot.tasks.length < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
      const id = this.queue.shift()!;
      slot.tasks.push(id);
      slot.worker.postMessage({ id, file: this.files[id]!, renderDigests: this.options.renderDigests } satisfies TaskMessage);
    }
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    // Answers after the pool closed are dropped.
    if (!this.live.has(slot)) return;
    if (message.type === 'ready') {
      slot.ready = true;
      return;
    }
    slot.tasks.splice(slot.tasks.indexOf(message.id), 1);
    addTimings(this.options.timer, message.timings);
    this.finish(message.id, message.result);
    this.feed(slot);
    this.check();
  }

  /** A worker ended before the pool closed it: see the file comment for what happens to its tasks. */
  private onExit(slot: Slot, reason: string): void {
    if (!this.live.delete(slot)) return;
    const blamed = slot.ready ? slot.tasks.shift() : undefined;
    if (blamed !== undefined) this.finish(blamed, failedConversion(this.files[blamed]!.source, `工作线程异常终止（${reason}）`));
    this.queue.unshift(...slot.tasks);
    if (!slot.ready) this.fallback ??= `工作线程无法启动，已改在主线程转换：${reason}`;
    if (this.fallback === null && this.queue.length > 0) this.spawn();
    for (const other of this.live) this.feed(other);
    this.check();
  }

  private finish(id: number, result: ConvertedFile): void {
    this.results[id] = result;
    this.options.progress?.tick();
    this.pending -= 1;
  }

  /** Done when every file has a result, or when no worker is left to give the rest one. */
  private check(): void {
    if (this.pending === 0 || this.live.size === 0) this.settle();
  }
}

/** Converts `files` in `options.size` worker threads; always stops them before returning. */
export async function convertInWorkers(files: readonly InputFile[], options: PoolOptions): Promise<PoolRun> {
  const pool = new ConversionPool(files, options);
  try {
    return await pool.run();
  } finally {
    await pool.close();
  }
}
