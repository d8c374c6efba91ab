/**
 * Converts reports in a Piscina pool of worker threads (see `convert-worker.ts`), so a cold build
 * uses every core. Each task is one report file; results come back in the order of `files`, exactly
 * what converting in this thread gives (the same code, on structured-cloned plain data).
 *
 * Piscina rather than tinypool: tinypool 2.2 leaves a task pending forever when its worker thread
 * calls process.exit (it only listens for 'error'), and its destroy() then never returns; Piscina
 * rejects that task with "worker exited with code N" and starts a new worker.
 *
 * Failures stay per report, as in this thread:
 * - a converter exception is caught inside the worker and becomes that report's rejection;
 * - a worker that dies (uncaught error, exit) rejects the report it was converting (one task per
 *   worker at a time, so no other report is blamed) and Piscina replaces it;
 * - a worker that runs out of its heap (WORKER_HEAP_LIMIT_MB) hands its report to the main thread,
 *   which converts it as a build without workers would;
 * - when a first probe task fails, workers cannot run here at all (an old Node without type
 *   stripping, a missing module): every report is converted in this thread, the reason in `fallback`.
 */
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { InputFile } from '../read/discover.ts';
import type { StageTimer, StageTiming } from '../timing.ts';
import { convertSafely, convertTask, failedConversion, type ConvertedFile } from './convert-task.ts';
import type { ConvertAnswer, ConvertTask } from './protocol.ts';

export interface PoolOptions {
  /** Worker threads to start (at most one per file). */
  size: number;
  /** Whether workers render each published report's MDX digest. */
  renderDigests: boolean;
  /** Receives each report's stage times from its worker, summed across workers (about their CPU time, not wall time). */
  timer: StageTimer;
  /** The worker module; tests substitute one that crashes. */
  workerUrl?: URL;
  /** Each worker's heap limit, MB (default WORKER_HEAP_LIMIT_MB). */
  heapLimitMb?: number;
}

/**
 * Each worker's V8 old-generation limit: a worker converts one report at a time (about 100 MB live
 * for a large one), but left to V8's default ceiling (a quarter of the machine's memory, up to
 * 4 GB) its heap grew with the archive — 2.2 GB for the process at 10,000 reports. The limit makes
 * V8 collect instead. A report that needs more is converted in the main thread, not lost.
 */
export const WORKER_HEAP_LIMIT_MB = 512;

export interface PoolRun {
  /** One per file, in the order of `files`. */
  converted: ConvertedFile[];
  /** Why the reports were converted in this thread after all (workers could not start); null when workers did them. */
  fallback: string | null;
}

const WORKER_URL = new URL('./convert-worker.ts', import.meta.url);

/**
 * V8's optimising compiler inlines up to this much bytecode into a function (V8's default: 920).
 * Each worker compiles the converter's hot code afresh, on the same two cores, and the parser's
 * many regex-heavy functions made that compilation about a quarter of a cold conversion's CPU
 * time. A smaller budget compiles less and runs no slower. Measured (shared 2-core machine, CPU
 * time of the process, real reports): a 1,000-report archive in 2 workers, user CPU 18.2–19.1 s
 * → 17.2–18.2 s (medians 18.6 → 17.4 s, 3 runs each); corpus + seeds parsed 6 times in one thread,
 * 5.7–6.2 s → 5.0–5.3 s. 150 did no better than 300. V8 flags are the process's, so this holds for
 * the rest of the run.
 */
const INLINED_BYTECODE_BUDGET = 300;

function limitInlining(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
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

/** One report in the pool: its result, or its rejection when its worker died on it. */
async function convertOne(pool: Piscina, file: InputFile, options: PoolOptions): Promise<ConvertedFile> {
  const task: ConvertTask = { type: 'convert', file, renderDigests: options.renderDigests };
  try {
    const answer = (await pool.run(task)) as ConvertAnswer;
    addTimings(options.timer, answer.timings);
    return answer.result;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return convertTask(file, options.renderDigests, options.timer);
    return failedConversion(file.source, `工作线程异常终止（${describe(error)}）`);
  }
}

/** Converts `files` one after another in this thread (the pipeline counts progress per chunk). */
export async function convertHere(files: readonly InputFile[], options: Pick<PoolOptions, 'timer'>): Promise<ConvertedFile[]> {
  const converted: ConvertedFile[] = [];
  for (const file of files) converted.push(await convertSafely(file, options.timer));
  return converted;
}

/**
 * A started pool, used for any number of batches and then destroyed: a build converts its reports
 * chunk by chunk (pipeline.ts) and pays each worker's start-up and compilation once.
 */
export class ConversionPool {
  readonly #pool: Piscina;
  readonly #options: PoolOptions;

  private constructor(pool: Piscina, options: PoolOptions) {
    this.#pool = pool;
    this.#options = options;
  }

  /** Starts `options.size` workers; when a first probe task fails, the reason workers cannot run here. */
  static async start(options: PoolOptions): Promise<ConversionPool | { fallback: string }> {
    const threads = Math.max(1, options.size);
    limitInlining();
    const pool = new Piscina({
      filename: (options.workerUrl ?? WORKER_URL).href,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: 1,
      resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? WORKER_HEAP_LIMIT_MB },
    });
    // A worker that fails with no task of ours (another idle worker failing to load beside the probe)
    // is reported on the pool, not on a task: the probe's or a report's rejection already says it.
    pool.on('error', () => undefined);
    try {
      await pool.run({ type: 'probe' } satisfies ConvertTask);
      return new ConversionPool(pool, options);
    } catch (error) {
      await pool.destroy();
      return { fallback: `工作线程无法启动，已改在主线程转换：${describe(error)}` };
    }
  }

  /** Converts `files` in the workers; one result each, in their order. */
  convert(files: readonly InputFile[]): Promise<ConvertedFile[]> {
    return Promise.all(files.map((file) => convertOne(this.#pool, file, this.#options)));
  }

  destroy(): Promise<void> {
    return this.#pool.destroy();
  }
}

/** Converts `files` in `options.size` worker threads; always stops them before returning. */
export async function convertInWorkers(files: readonly InputFile[], options: PoolOptions): Promise<PoolRun> {
  const started = await ConversionPool.start({ ...options, size: Math.min(options.size, files.length) });
  if (!(started instanceof ConversionPool)) return { converted: await convertHere(files, options), fallback: started.fallback };
  try {
    return { converted: await started.convert(files), fallback: null };
  } finally {
    await started.destroy();
  }
}
