/**
 * A conversion worker thread (see `pool.ts`): converts the reports it is sent, one at a time and in
 * the order sent, and answers each with its result and stage times.
 */
import { parentPort } from 'node:worker_threads';
import { StageTimer } from '../timing.ts';
import { convertTask } from './convert-task.ts';
import type { TaskMessage, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (port === null) throw new Error('convert-worker.ts runs only as a worker thread');

const run = async (task: TaskMessage): Promise<void> => {
  const timer = new StageTimer();
  const result = await convertTask(task.file, task.renderDigests, timer);
  const message: WorkerMessage = { type: 'done', id: task.id, result, timings: timer.timings };
  // The digest's bytes move to the main thread instead of being copied.
  port.postMessage(message, result.digest ? [result.digest.mdx.buffer, result.digest.html.buffer].filter((b) => b instanceof ArrayBuffer) : []);
};

// One task at a time even though a conversion awaits (a sidecar is read asynchronously): the pool
// sends a worker a second task before the first is done, and if the worker dies, the task it was
// working on — the oldest unanswered one — is the one to blame.
let queue = Promise.resolve();
port.on('message', (task: TaskMessage) => {
  queue = queue.then(() => run(task));
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
