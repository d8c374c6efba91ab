/**
 * The conversion worker, killing its thread on `throws.txt` and `exits.txt` as a crash in the
 * converter would (a native fault, running out of memory): an uncaught exception outside the task
 * ends the thread with an 'error' event, process.exit with an exit code only; and allocating
 * without end on `hungry.txt`, as a report too big for a worker's heap would.
 */
import convertInWorker from '../../../../src/converter/workers/convert-worker.ts';
import type { ConvertTask } from '../../../../src/converter/workers/protocol.ts';

export default function crashingWorker(task: ConvertTask) {
  const source = task.type === 'convert' ? task.file.source : null;
  if (source === 'throws.txt') {
    setImmediate(() => {
      throw new Error('simulated worker crash');
    });
    return new Promise(() => undefined);
  }
  if (source === 'exits.txt') process.exit(7);
  if (source === 'hungry.txt') {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i * Math.random()));
  }
  return convertInWorker(task);
}
