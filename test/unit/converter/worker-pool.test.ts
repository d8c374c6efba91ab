/**
 * Conversion in worker threads (issue #8): the same reports, build report, MDX and JSON as
 * converting in this thread, in the same order; a report that breaks its worker is rejected on its
 * own; workers that cannot start leave the work to this thread; and small batches never start them.
 * Nothing here asserts a time.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { convertArchive, type ConvertOptions, type ConvertResult } from '~/converter/pipeline.ts';
import type { InputFile } from '~/converter/read/discover.ts';
import { StageTimer } from '~/converter/timing.ts';
import { convertSafely } from '~/converter/workers/convert-task.ts';
import { MIN_FILES_FOR_WORKERS, openConverter, workerSettings } from '~/converter/workers/convert-files.ts';
import { ConversionPool, convertInWorkers } from '~/converter/workers/pool.ts';
import { filesIn, tempDirs } from '../../helpers/temp-files.ts';
import { generateArchive } from '../../../scripts/bench/lib/scale-archive.ts';

const SEED_DIR = 'content/reports';
const TIMEOUT = 120_000;
/** Workers for any batch of this many files or more, so small archives exercise them. */
const MIN_FILES = 8;
const freshDir = tempDirs();

/**
 * Generated reports, the seeds, and what the main thread resolves across reports: a copy, two
 * sidecars claiming one slug (the second gets a suffixed slug and a new digest), and an empty file.
 */
async function writeArchive(input: string): Promise<void> {
  await generateArchive({ count: 40, seed: 3, outDir: input, seedDir: SEED_DIR });
  const seeds = (await readdir(SEED_DIR)).filter((name) => name.endsWith('.txt')).sort();
  for (const seed of seeds) await copyFile(join(SEED_DIR, seed), join(input, seed));
  await copyFile(join(SEED_DIR, seeds[0]!), join(input, 'zz-copy.txt'));
  await writeFile(join(input, seeds[1]!.replace('.txt', '.meta.yaml')), 'slug: shared-slug\nsector: 互联网传媒\n');
  await writeFile(join(input, seeds[2]!.replace('.txt', '.meta.yaml')), 'slug: shared-slug\n');
  await writeFile(join(input, 'empty.txt'), '');
}

/** Every file in `dir`, name → bytes. */

interface Run {
  result: ConvertResult;
  mdx: Map<string, Buffer>;
  json: Map<string, Buffer>;
}

async function convertInto(input: string, options: Partial<ConvertOptions>): Promise<Run> {
  const mdxDir = await freshDir('workers-mdx-');
  const jsonDir = await freshDir('workers-json-');
  const result = await convertArchive({ inputDir: input, mdxDir, jsonDir, cacheDir: null, ...options });
  return { result, mdx: await filesIn(mdxDir), json: await filesIn(jsonDir) };
}

function expectSameOutput(actual: Run, expected: Run): void {
  expect(actual.result.reports).toStrictEqual(expected.result.reports);
  expect(actual.result.buildReport).toStrictEqual(expected.result.buildReport);
  expect(actual.result.inputBytes).toBe(expected.result.inputBytes);
  // By checksum: deep-comparing megabytes of Buffers byte by byte is what made this test slow.
  expect(checksums(actual.mdx)).toStrictEqual(checksums(expected.mdx));
  expect(checksums(actual.json)).toStrictEqual(checksums(expected.json));
}

/** name → SHA-256 of the file, for every digest file (MDX, HTML, archive entry). */
function checksums(files: Map<string, Buffer>): Map<string, string> {
  return new Map([...files].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]));
}

describe('convertArchive with worker threads', () => {
  let input: string;
  let cacheDir: string;
  let inThread: Run;
  let inWorkers: Run;

  beforeAll(async () => {
    input = await freshDir('workers-input-');
    cacheDir = await freshDir('workers-cache-');
    await writeArchive(input);
    // Two workers allowed, but 48 reports are below the default threshold: converted in this thread.
    inThread = await convertInto(input, { workers: 2, minFilesForWorkers: MIN_FILES_FOR_WORKERS });
    inWorkers = await convertInto(input, { workers: 2, minFilesForWorkers: MIN_FILES, cacheDir });
  }, TIMEOUT);

  it('gives exactly what converting in this thread gives, in the same order', () => {
    expect(inWorkers.result.parallelism).toEqual({ workers: 2, note: expect.stringContaining('2 个工作线程') });
    expect(inThread.result.parallelism).toEqual({ workers: 0, note: expect.stringContaining(`少于 ${MIN_FILES_FOR_WORKERS} 篇`) });
    expectSameOutput(inWorkers, inThread);
    // The archive does exercise the cross-report steps the main thread keeps.
    const statuses = inThread.result.buildReport.entries.map((e) => e.status);
    expect(statuses.filter((s) => s === 'rejected')).toHaveLength(2);
    expect(inThread.result.reports.some((r) => r.slug === 'shared-slug-2')).toBe(true);
  });

  it('shows the wall time of converting beside the stage times summed over the workers', () => {
    const stages = inWorkers.result.timer.timings.map((t) => t.stage);
    expect(stages).toEqual(expect.arrayContaining(['parse', 'validate', 'render-digest', 'convert-wall', 'emit-digests']));
    expect(inThread.result.timer.timings.map((t) => t.stage)).not.toContain('convert-wall');
  });

  it('caches what the workers converted, digests included, for a later build in this thread', async () => {
    expect(inWorkers.result.cache.hits).toBe(0);
    const warm = await convertInto(input, { workers: 0, minFilesForWorkers: MIN_FILES, cacheDir });
    expect(warm.result.cache.misses).toBe(0);
    expect(warm.result.parallelism.workers).toBe(0);
    expectSameOutput(warm, inThread);
  }, TIMEOUT);
});

describe('the worker pool', () => {
  let input: string;
  let files: InputFile[];

  beforeAll(async () => {
    input = await freshDir('workers-pool-');
    await generateArchive({ count: 6, seed: 5, outDir: input, seedDir: SEED_DIR });
    files = (await readdir(input)).sort().map((name) => ({ source: name, path: join(input, name), sidecarPath: null }));
  }, TIMEOUT);

  async function inThisThread(list: readonly InputFile[]) {
    const timer = new StageTimer();
    const results = [];
    for (const file of list) results.push(await convertSafely(file, timer));
    return results.map((r) => r.outcome);
  }

  it('rejects a report the converter throws on inside a worker, with the reason, and converts the rest', async () => {
    const missing: InputFile = { source: 'vanished.txt', path: join(input, 'vanished.txt'), sidecarPath: null };
    const list = [...files.slice(0, 3), missing, ...files.slice(3)];
    const run = await convertInWorkers(list, { size: 2, renderDigests: true, timer: new StageTimer() });
    expect(run.fallback).toBeNull();
    expect(run.converted[3]).toMatchObject({ cacheable: false, outcome: { ok: false, source: 'vanished.txt', reason: expect.stringMatching(/转换时出错.*ENOENT/) } });
    expect(run.converted.map((c) => c.outcome)).toStrictEqual(await inThisThread(list));
    expect(run.converted.filter((c) => c.digest !== null)).toHaveLength(files.length);
  }, TIMEOUT);

  it('rejects the report a worker died on, and a new worker converts the rest', async () => {
    const crashUrl = new URL('./workers/crashing-worker.ts', import.meta.url);
    const crashers = ['throws.txt', 'exits.txt'].map((source) => ({ source, path: files[0]!.path, sidecarPath: null }));
    const list = [files[0]!, crashers[0]!, ...files.slice(1, 4), crashers[1]!, ...files.slice(4)];
    const run = await convertInWorkers(list, { size: 2, renderDigests: false, timer: new StageTimer(), workerUrl: crashUrl });
    expect(run.fallback).toBeNull();
    const outcomes = run.converted.map((c) => c.outcome);
    expect(outcomes[1]).toMatchObject({ ok: false, source: 'throws.txt', reason: expect.stringContaining('simulated worker crash') });
    expect(outcomes[5]).toMatchObject({ ok: false, source: 'exits.txt', reason: expect.stringContaining('exited with code: 7') });
    const others = outcomes.filter((o) => o.source !== 'throws.txt' && o.source !== 'exits.txt');
    expect(others).toStrictEqual(await inThisThread(files));
  }, TIMEOUT);

  it('converts in this thread a report its worker ran out of heap on, as a build without workers does', async () => {
    const crashUrl = new URL('./workers/crashing-worker.ts', import.meta.url);
    const hungry: InputFile = { source: 'hungry.txt', path: files[0]!.path, sidecarPath: null };
    const list = [files[0]!, hungry, ...files.slice(1, 4)];
    const run = await convertInWorkers(list, { size: 2, renderDigests: true, timer: new StageTimer(), workerUrl: crashUrl, heapLimitMb: 128 });
    expect(run.fallback).toBeNull();
    expect(run.converted[1]!.outcome).toMatchObject({ ok: true, source: 'hungry.txt' });
    expect(run.converted[1]!.digest).not.toBeNull();
    expect(run.converted.map((c) => c.outcome)).toStrictEqual(await inThisThread(list));
  }, TIMEOUT);

  it('converts in this thread, saying why, when workers cannot start', async () => {
    const workerUrl = new URL('./workers/no-such-worker.ts', import.meta.url);
    const run = await convertInWorkers(files, { size: 2, renderDigests: true, timer: new StageTimer(), workerUrl });
    expect(run.fallback).toMatch(/工作线程无法启动.*no-such-worker/);
    expect(run.converted.map((c) => c.outcome)).toStrictEqual(await inThisThread(files));
  }, TIMEOUT);
});

describe('a converter of many batches', () => {
  it('replaces its pool with a fresh one after recycleAfter reports, converting as before', async () => {
    const input = await freshDir('workers-recycle-');
    await generateArchive({ count: 12, seed: 5, outDir: input, seedDir: SEED_DIR });
    const files: InputFile[] = (await readdir(input)).sort().map((source) => ({ source, path: join(input, source), sidecarPath: null }));
    const starts = vi.spyOn(ConversionPool, 'start');
    const converter = await openConverter(files.length, { workers: 2, minFiles: 1, renderDigests: false, timer: new StageTimer(), recycleAfter: 4 });
    const converted = [];
    let pools = 0;
    try {
      for (let at = 0; at < files.length; at += 3) converted.push(...(await converter.convert(files.slice(at, at + 3))));
      pools = starts.mock.calls.length;
    } finally {
      await converter.close();
      starts.mockRestore();
    }
    expect(converter.parallelism.workers).toBe(2);
    // Batches of 3, a fresh pool once one has converted 4 or more: pools for batches 1–2 and 3–4.
    expect(pools).toBe(2);
    const timer = new StageTimer();
    const inThread = [];
    for (const file of files) inThread.push((await convertSafely(file, timer)).outcome);
    expect(converted.map((c) => c.outcome)).toStrictEqual(inThread);
  }, TIMEOUT);
});

describe('when workers are used', () => {
  it('converts a batch below the threshold in this thread, however many workers are allowed', async () => {
    const input = await freshDir('workers-small-');
    await mkdir(input, { recursive: true });
    for (const seed of (await readdir(SEED_DIR)).filter((name) => name.endsWith('.txt'))) await copyFile(join(SEED_DIR, seed), join(input, seed));
    const result = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null, workers: 4, minFilesForWorkers: MIN_FILES });
    expect(result.parallelism).toEqual({ workers: 0, note: expect.stringContaining(`少于 ${MIN_FILES} 篇`) });
    expect(result.timer.timings.map((t) => t.stage)).not.toContain('convert-wall');
  }, TIMEOUT);

  it('takes the counts from the options, else CONVERT_WORKERS and CONVERT_WORKERS_MIN_FILES, else the defaults', () => {
    const env = { CONVERT_WORKERS: '1', CONVERT_WORKERS_MIN_FILES: '20' };
    expect(workerSettings({ workers: 3, minFilesForWorkers: 10 }, env)).toEqual({ workers: 3, minFiles: 10 });
    expect(workerSettings({}, env)).toEqual({ workers: 1, minFiles: 20 });
    expect(workerSettings({}, { CONVERT_WORKERS: ' 0 ' })).toMatchObject({ workers: 0 });
    const byDefault = workerSettings({}, {});
    expect(byDefault.minFiles).toBe(MIN_FILES_FOR_WORKERS);
    expect(byDefault.workers).toBeGreaterThanOrEqual(1);
    expect(byDefault.workers).toBeLessThanOrEqual(4);
    expect(workerSettings({}, { CONVERT_WORKERS: 'many', CONVERT_WORKERS_MIN_FILES: '-1' })).toEqual(byDefault);
  });
});
