/**
 * Writes Pagefind's gzipped files on libuv's thread pool, a few at a time, so compressing the
 * merged index runs beside the merge itself (which is single-threaded JavaScript) instead of after
 * each chunk: at 10,000 reports the merge writes 400 MB of chunks, and gzip was a third of its time.
 */
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Enough writes in flight to keep the pool's threads busy, few enough to bound the memory they hold. */
const IN_FLIGHT = 8;

export class CompressedWrites {
  readonly #pending = new Set<Promise<void>>();
  readonly #level: number;

  constructor(level: number) {
    this.#level = level;
  }

  /** Starts writing `content` gzipped to `path`; waits first while IN_FLIGHT writes are pending. */
  async write(path: string, content: Buffer): Promise<void> {
    while (this.#pending.size >= IN_FLIGHT) await Promise.race(this.#pending);
    const write = gzipAsync(content, { level: this.#level }).then((bytes) => writeFile(path, bytes));
    const tracked = write.finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }

  /** Waits for every write started; rejects with the first that failed. */
  async flush(): Promise<void> {
    await Promise.all(this.#pending);
  }
}
