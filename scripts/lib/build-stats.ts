/**
 * Where a build's time went, stage by stage, in a form another process can line up with its
 * own measurements (the benchmark samples memory against these windows). Times are epoch
 * milliseconds (`performance.timeOrigin + performance.now()`), so clocks of two processes agree.
 * `--stats <file>` (or BUILD_STATS_FILE) asks `npm run build` to write them as JSON.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StageTiming } from '../../src/converter/timing.ts';

/** One stage's window, epoch ms. */
export interface StageWindow {
  stage: string;
  start: number;
  end: number;
}

/** The JSON a build writes with `--stats`. */
export interface BuildStats {
  stages: StageWindow[];
  /** Pages Pagefind indexed (every HTML page of the site). */
  pages: number;
  /** Reports published (digests written). */
  reports: number;
  /** Input files seen, published or not. */
  inputFiles: number;
  /** Bytes of input read by the conversion. */
  inputBytes: number;
  /** The converter's own stages (parse, validate, emit-mdx …), ms. */
  conversionStages: StageTiming[];
}

const epochNow = () => performance.timeOrigin + performance.now();

/** Back-to-back stages: each ends when `end(stage)` is called and begins where the previous ended. */
export class StageTimeline {
  readonly windows: StageWindow[] = [];
  #last = epochNow();

  end(stage: string): void {
    const now = epochNow();
    this.windows.push({ stage, start: this.#last, end: now });
    this.#last = now;
  }

  /** `12.3 s`: a stage's duration for the console (0 s for a stage never ended). */
  seconds(stage: string): string {
    const window = this.windows.find((w) => w.stage === stage);
    return `${(window ? (window.end - window.start) / 1000 : 0).toFixed(1)} s`;
  }
}

/**
 * Takes `--stats <file>` or `--stats=<file>` out of `argv` (the shared option parser rejects
 * flags it does not know); BUILD_STATS_FILE stands in for the flag.
 */
export function takeStatsFlag(argv: readonly string[], env = process.env): { statsFile: string | null; rest: string[] } {
  const rest: string[] = [];
  let statsFile = env['BUILD_STATS_FILE'] || null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--stats' && i + 1 < argv.length) statsFile = argv[++i]!;
    else if (arg.startsWith('--stats=')) statsFile = arg.slice('--stats='.length);
    else rest.push(arg);
  }
  return { statsFile, rest };
}

export async function writeBuildStats(file: string, stats: BuildStats): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(stats, null, 2)}\n`);
}
