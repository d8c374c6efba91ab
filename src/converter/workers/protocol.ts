/** What the conversion pool (main thread) sends a conversion worker, and what comes back. */
import type { InputFile } from '../read/discover.ts';
import type { StageTiming } from '../timing.ts';
import type { ConvertedFile } from './convert-task.ts';

/**
 * Main → worker: convert one report, or (`probe`) only answer, which tells the pool the worker's
 * modules load here: a failure then means workers cannot run at all, not that a report broke one.
 */
export type ConvertTask = { type: 'convert'; file: InputFile; renderDigests: boolean } | { type: 'probe' };

/** Worker → main: one report's result and the worker's time for it, stage by stage (`probe` answers `null`). */
export interface ConvertAnswer {
  result: ConvertedFile;
  timings: StageTiming[];
}
