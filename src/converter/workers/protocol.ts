/** The messages between the conversion pool (main thread) and a conversion worker. */
import type { InputFile } from '../read/discover.ts';
import type { StageTiming } from '../timing.ts';
import type { ConvertedFile } from './convert-task.ts';

/** Main → worker: convert one report; `id` comes back with its result. */
export interface TaskMessage {
  id: number;
  file: InputFile;
  renderDigests: boolean;
}

/**
 * Worker → main. `ready` says the worker's modules loaded: a worker that fails before it is a
 * worker that cannot run at all (not a report that broke it). `done` carries one report's result
 * and the worker's time for it, stage by stage.
 */
export type WorkerMessage = { type: 'ready' } | { type: 'done'; id: number; result: ConvertedFile; timings: StageTiming[] };
