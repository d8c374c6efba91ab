/**
 * Loaded before the real conversion worker (see `crashing-worker.ts`): kills the worker thread on
 * the reports named for it, as a crash in the converter (a native fault, running out of memory)
 * would. Its listener runs before the worker's, so the worker never sees those tasks.
 */
import { parentPort } from 'node:worker_threads';
import type { TaskMessage } from '../../../../src/converter/workers/protocol.ts';

parentPort?.on('message', (task: TaskMessage) => {
  // An uncaught exception ends the worker with an 'error' event; process.exit ends it with an exit code only.
  if (task.file.source === 'throws.txt') throw new Error('simulated worker crash');
  if (task.file.source === 'exits.txt') process.exit(7);
});
