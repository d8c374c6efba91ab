/** Temporary folders a test file creates (all removed after its tests), and reading a folder back. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll } from 'vitest';

/** Returns a function making fresh temp folders; they are removed after the calling file's tests. */
export function tempDirs(): (prefix?: string) => Promise<string> {
  const created: string[] = [];
  afterAll(async () => {
    await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (prefix = 'research-digest-test-') => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    created.push(dir);
    return dir;
  };
}

/** Every file of a folder by name, sorted, with its bytes. */
export async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

/** Every file under `dir` (recursively), sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Every file under `dir` (recursively) by path relative to it, sorted, with a hash of its bytes: a folder's state, to compare. */
export async function treeHashes(dir: string): Promise<Map<string, string>> {
  const files = await filesUnder(dir);
  return new Map(await Promise.all(files.map(async (file) => [relative(dir, file), createHash('sha1').update(await readFile(file)).digest('hex')] as const)));
}
