/**
 * A folder of generated files (the digests, the JSON export) written one report at a time, as the
 * conversion streams past, and cleaned up at the end: files of the kinds this folder holds that the
 * build did not write are stale (a report removed or renamed) and are removed. A file that already
 * holds what is written is left alone, so an unchanged digest keeps its mtime and Astro can skip it.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapConcurrently } from '../cache/concurrency.ts';

/** Enough parallel writes to keep the disk busy, few enough never to run out of file handles. */
const WRITE_CONCURRENCY = 32;

/** Writes `content` unless the file already holds it. */
async function writeIfChanged(path: string, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const current = await readFile(path).catch(() => null);
  if (!current?.equals(bytes)) await writeFile(path, bytes);
}

export class GeneratedFiles {
  readonly #dir: string;
  /** File name endings this folder's generated files have: only such files are ever removed. */
  readonly #extensions: readonly string[];
  readonly #written = new Set<string>();
  #made = false;

  constructor(dir: string, extensions: readonly string[]) {
    this.#dir = dir;
    this.#extensions = extensions;
  }

  /** Writes a batch of files (name → content), a bounded number at a time. */
  async write(files: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<void> {
    if (!this.#made) await mkdir(this.#dir, { recursive: true });
    this.#made = true;
    for (const [name] of files) this.#written.add(name);
    await mapConcurrently(files, WRITE_CONCURRENCY, ([name, content]) => writeIfChanged(join(this.#dir, name), content));
  }

  /** Removes the generated files this build did not write. */
  async removeStale(): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const names = await readdir(this.#dir);
    const stale = names.filter((name) => this.#extensions.some((extension) => name.endsWith(extension)) && !this.#written.has(name));
    await mapConcurrently(stale, WRITE_CONCURRENCY, (name) => rm(join(this.#dir, name)));
  }
}
