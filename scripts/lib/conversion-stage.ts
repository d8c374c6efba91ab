/**
 * Stage "conversion", run in a child process, as the Astro stage is (astro-stage.ts): the conversion
 * keeps only a line per report, but V8 and the allocator keep the memory its chunks passed through
 * (2.1 GB at 10,000 reports), and the build's process then carried it through the Astro and Pagefind
 * stages, whose peaks it added to (3.4 GB at 10,000). In a child it is returned when the stage ends.
 *
 * As a script (`node scripts/lib/conversion-stage.ts`, options as JSON on the IPC channel) it is that child.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { convertArchive, type ConvertOptions, type ConvertResult } from '../../src/converter/pipeline.ts';
import { StageTimer, type StageTiming } from '../../src/converter/timing.ts';
import { consoleProgress } from './console-progress.ts';

/** What the conversion tells the build: everything but the report models, which it does not keep. */
export type ConversionSummary = Omit<ConvertResult, 'reports' | 'timer'> & { timer: StageTimer };

/** The options a child can be sent (no progress object: the child prints its own). */
export type ConversionStageOptions = Pick<ConvertOptions, 'inputDir' | 'mdxDir' | 'jsonDir' | 'cacheDir'>;

type Answer = Omit<ConvertResult, 'reports' | 'timer'> & { timings: StageTiming[] };

/** Converts the archive in a child process; rejects when the child fails or dies. */
export function convertInChildProcess(options: ConversionStageOptions): Promise<ConversionSummary> {
  const child = fork(fileURLToPath(import.meta.url), [], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: process.env });
  return new Promise((resolve, reject) => {
    let answer: Answer | null = null;
    child.on('message', (message: Answer) => (answer = message));
    child.on('error', reject);
    child.on('spawn', () => child.send(options));
    child.on('exit', (code, signal) => {
      if (code !== 0 || answer === null) return reject(new Error(`转换失败（${signal ?? `退出码 ${code}`}），见上方输出。`));
      const { timings, ...rest } = answer;
      const timer = new StageTimer();
      timer.timings.push(...timings);
      resolve({ ...rest, timer });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A build killed with SIGKILL cannot stop its child: the child stops itself (see astro-stage.ts).
  const orphaned = () => process.exit(1);
  process.on('disconnect', orphaned);
  process.once('message', async (options: ConversionStageOptions) => {
    const { reports: _reports, timer, ...rest } = await convertArchive({ ...options, progress: consoleProgress(), keepReports: false });
    process.send!({ ...rest, timings: timer.timings } satisfies Answer, () => {
      process.off('disconnect', orphaned);
      process.disconnect();
    });
  });
}
