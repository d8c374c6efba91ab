/**
 * A conversion worker (see `pool.ts`): Piscina runs this module's default export in a worker thread
 * for each task, one task at a time per worker.
 */
import { StageTimer } from '../timing.ts';
import { convertTask } from './convert-task.ts';
import type { ConvertAnswer, ConvertTask } from './protocol.ts';

export default async function convertInWorker(task: ConvertTask): Promise<ConvertAnswer | null> {
  if (task.type === 'probe') return null;
  const timer = new StageTimer();
  const result = await convertTask(task.file, task.renderDigests, timer);
  return { result, timings: timer.timings };
}
