/**
 * Converting the reports a build must convert anew: in worker threads when there are enough of
 * them to pay for starting the workers, else one after another in this thread. Either way each
 * file gets the same result, in the same order.
 */
import { availableParallelism } from 'node:os';
import type { InputFile } from '../read/discover.ts';
import type { StageTimer } from '../timing.ts';
import type { ConvertedFile } from './convert-task.ts';
import { ConversionPool, convertHere } from './pool.ts';

/**
 * Below this many reports to convert, workers cost more than they save. Each worker first loads the
 * converter's modules (~0.35 s CPU) and then compiles its hot code afresh (V8 optimises per thread,
 * on background threads: 1–2 s CPU). Converting in this thread pays that compilation once, on an
 * otherwise idle core; with a worker per core it competes with the conversion. Measured on the
 * 2-core target machine (idle, MDX included, ~45 kB reports, medians of 8–14 runs): 200 reports
 * took 2.2 s in 2 workers against 1.8 s in this thread, 1,000 reports 6.4 s against 7.3 s; the
 * lines cross between 370 and 460 reports. More cores should break even sooner (not measured):
 * `CONVERT_WORKERS_MIN_FILES` overrides this.
 */
export const MIN_FILES_FOR_WORKERS = 400;
/**
 * Reports a pool converts before it is replaced by a fresh one (between batches, none in flight).
 * The workers' V8 heaps stay about 100 MB, yet the process grew about 70 MB per 1,000 reports
 * converted by the same threads (416 → 626 MB over 3,000 reports with one pool; 469 MB at most with
 * a pool per 256), which at 30,000 reports is 2 GB more. A fresh pool costs its start-up and
 * compilation again, about 1–2 s of CPU, so it is replaced only this often.
 */
export const RECYCLE_AFTER = 2048;
/** A cap, so a many-core machine does not pay a worker's start-up per core on an archive a few workers convert quickly. */
const DEFAULT_MAX_WORKERS = 4;

/** How a build's new conversions ran, for the console and for tests. */
export interface Parallelism {
  /** Worker threads used; 0 when every report was converted in this thread. */
  workers: number;
  /** Why, in a sentence. */
  note: string;
}

export interface ConverterOptions {
  /** Worker threads allowed (see `workerSettings`); 0 or 1 converts in this thread. */
  workers: number;
  /** Fewest files for which workers are started. */
  minFiles: number;
  renderDigests: boolean;
  timer: StageTimer;
  /** Reports a pool converts before a fresh one replaces it (default RECYCLE_AFTER). */
  recycleAfter?: number;
}

/** Converts batches of reports, in workers or in this thread as decided when it was opened. */
export interface Converter {
  /** One result per file, in their order. */
  convert(files: readonly InputFile[]): Promise<ConvertedFile[]>;
  /** How the reports are converted, and why. */
  readonly parallelism: Parallelism;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/** A count from the environment: digits only, else null (unset, or a typo, which must not stop a build). */
function countFrom(value: string | undefined): number | null {
  const text = value?.trim() ?? '';
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * How many workers, from how many files: the options, else `CONVERT_WORKERS` (default one per core,
 * up to 4) and `CONVERT_WORKERS_MIN_FILES` (default `MIN_FILES_FOR_WORKERS`).
 */
export function workerSettings(
  options: { workers?: number | undefined; minFilesForWorkers?: number | undefined },
  env: NodeJS.ProcessEnv = process.env,
): { workers: number; minFiles: number } {
  const workers = options.workers ?? countFrom(env['CONVERT_WORKERS']) ?? Math.min(availableParallelism(), DEFAULT_MAX_WORKERS);
  const minFiles = options.minFilesForWorkers ?? countFrom(env['CONVERT_WORKERS_MIN_FILES']) ?? MIN_FILES_FOR_WORKERS;
  return { workers: Math.max(0, Math.floor(workers)), minFiles: Math.max(0, minFiles) };
}

function inThisThread(timer: StageTimer, parallelism: Parallelism): Converter {
  // One after another: the stage times stay this thread's wall times.
  return { convert: (files) => convertHere(files, { timer }), parallelism, close: async () => undefined };
}

/**
 * A converter for a build that will convert `count` reports anew, in batches: worker threads when
 * there are enough to pay for starting them, else this thread. Either way each file gets the same result.
 */
export async function openConverter(count: number, options: ConverterOptions): Promise<Converter> {
  const { workers, minFiles, renderDigests, timer, recycleAfter = RECYCLE_AFTER } = options;
  if (count === 0) return inThisThread(timer, { workers: 0, note: '没有需要重新转换的报告' });
  if (workers <= 1 || count < minFiles) {
    const why = workers <= 1 ? `设置为 ${workers} 个工作线程` : `只有 ${count} 篇需要转换（少于 ${minFiles} 篇不启动工作线程）`;
    return inThisThread(timer, { workers: 0, note: `在主线程转换：${why}` });
  }
  const size = Math.min(workers, count);
  const poolOptions = { size, renderDigests, timer };
  const pool = await ConversionPool.start(poolOptions);
  if (!(pool instanceof ConversionPool)) {
    // The output is the same, but the build runs otherwise than configured: say so, once, on stderr.
    process.emitWarning(pool.fallback, { code: 'CONVERT_WORKERS_UNAVAILABLE' });
    return inThisThread(timer, { workers: 0, note: pool.fallback });
  }
  let current: ConversionPool | null = pool;
  let converted = 0;
  /** The pool for the next batch: a fresh one once this one has converted `recycleAfter` reports. */
  const poolFor = async (): Promise<ConversionPool | null> => {
    if (current && converted >= recycleAfter) {
      await current.destroy();
      const fresh = await ConversionPool.start(poolOptions);
      current = fresh instanceof ConversionPool ? fresh : null;
      converted = 0;
    }
    return current;
  };
  return {
    // The workers' stage times (read, parse … render-digest) are summed across workers, which run side by
    // side: about their CPU time, more than the build took. `convert-wall` is the wall time of it all.
    convert: (files) =>
      timer.time('convert-wall', async () => {
        const workersNow = await poolFor();
        converted += files.length;
        // Workers that started once and then could not start again: this thread converts the rest.
        return workersNow ? workersNow.convert(files) : convertHere(files, { timer });
      }),
    parallelism: { workers: size, note: `${size} 个工作线程` },
    close: async () => current?.destroy(),
  };
}
