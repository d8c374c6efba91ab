/**
 * `npm run digest -- --input <dir> --json <dir>` as a publisher runs it: a child process that
 * writes the JSON export and the build report, prints every input, and honours --strict.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function archiveWithOneReport(): Promise<string> {
  const input = await mkdtemp(join(tmpdir(), 'digest-cli-'));
  await copyFile('content/reports/003_d21945e2f427e36b.txt', join(input, 'computer-weekly.txt'));
  return input;
}

describe('npm run digest', () => {
  it('writes one JSON per report and build-report.json, and lists the input on the console', async () => {
    const input = await archiveWithOneReport();
    const json = await mkdtemp(join(tmpdir(), 'digest-cli-json-'));
    const { stdout } = await run(process.execPath, ['scripts/digest.ts', '--input', input, '--json', json]);
    expect(stdout).toContain('computer-weekly.txt');
    const files = (await readdir(json)).sort();
    expect(files).toHaveLength(2);
    expect(files).toContain('build-report.json');
    const report = JSON.parse(await readFile(join(json, files.find((f) => f !== 'build-report.json')!), 'utf8'));
    expect(report).toMatchObject({ source: 'computer-weekly.txt', broker: '国金证券', title: '如何看 META 做云' });
  });

  it('fails under --strict when an input is rejected, and still writes the others', async () => {
    const input = await archiveWithOneReport();
    await writeFile(join(input, 'empty.txt'), '');
    const json = await mkdtemp(join(tmpdir(), 'digest-cli-json-'));
    const failure = await run(process.execPath, ['scripts/digest.ts', '--input', input, '--json', json, '--strict']).catch((e: { code: number; stdout: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    const buildReport = JSON.parse(await readFile(join(json, 'build-report.json'), 'utf8'));
    expect(buildReport.counts).toMatchObject({ rejected: 1 });
  });

  it('asks for an output folder instead of writing nowhere', async () => {
    const failure = await run(process.execPath, ['scripts/digest.ts', '--input', 'content/reports']).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('--json') });
  });
});
