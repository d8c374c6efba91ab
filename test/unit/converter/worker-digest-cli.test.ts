/**
 * Worker threads as a build runs them: `npm run digest` in a child process (plain Node with type
 * stripping, no test runner in between) with CONVERT_WORKERS=2 writes byte for byte what it
 * writes with CONVERT_WORKERS=0, and exits, its workers stopped. CONVERT_WORKERS_MIN_FILES lets a
 * small archive use the workers.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { filesIn, tempDirs } from '../../helpers/temp-files.ts';
import { generateArchive } from '../../../scripts/bench/lib/scale-archive.ts';

const run = promisify(execFile);
const REPORTS = 20;
const freshDir = tempDirs();


/** `npm run digest` on `input` with CONVERT_WORKERS=`workers`: its console output and the files it wrote. */
async function digest(input: string, workers: string) {
  const json = await freshDir('worker-cli-json-');
  const mdx = await freshDir('worker-cli-mdx-');
  const args = ['scripts/digest.ts', '--input', input, '--json', json, '--mdx', mdx, '--no-cache'];
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, CONVERT_WORKERS: workers, CONVERT_WORKERS_MIN_FILES: '8' }, timeout: 120_000 });
  return { stdout, json: await filesIn(json), mdx: await filesIn(mdx) };
}

describe('npm run digest with CONVERT_WORKERS', () => {
  it('writes the same files with two workers as in one thread', async () => {
    const input = await freshDir('worker-cli-input-');
    await generateArchive({ count: REPORTS, seed: 11, outDir: input, seedDir: 'content/reports' });
    const [inThread, inWorkers] = await Promise.all([digest(input, '0'), digest(input, '2')]);
    // Only a run with workers has the wall-time stage of their conversion.
    expect(inWorkers.stdout).toContain('convert-wall');
    expect(inThread.stdout).not.toContain('convert-wall');
    expect(inWorkers.json.size).toBe(REPORTS + 1);
    expect(inWorkers.json).toStrictEqual(inThread.json);
    expect(inWorkers.mdx).toStrictEqual(inThread.mdx);
  }, 240_000);
});
