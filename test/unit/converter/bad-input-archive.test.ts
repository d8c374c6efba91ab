/**
 * The bad-input archive through `convertArchive` (no site build; the e2e test builds it):
 * every input is accounted for, and a 20 MB report converts. Its time is printed, never asserted
 * (speed targets belong in `npm run bench:convert`).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArchive } from '~/converter/pipeline.ts';
import { writeBadInputArchive } from '../../fixtures/archives/bad-input/archive.ts';

describe('convertArchive on bad input', () => {
  it('gives every file in the folder an entry with the expected status and reason', async () => {
    const input = await mkdtemp(join(tmpdir(), 'bad-input-'));
    const expected = await writeBadInputArchive(input);
    const { buildReport } = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null });
    expect(buildReport.entries.map((e) => e.source)).toEqual(Object.keys(expected).sort());
    for (const entry of buildReport.entries) {
      const want = expected[entry.source]!;
      expect(entry.status, entry.source).toBe(want.status);
      if (want.message) expect(entry.messages.join('\n'), entry.source).toContain(want.message);
    }
  }, 60_000);

  it('is deterministic: the same folder gives the same build report', async () => {
    const input = await mkdtemp(join(tmpdir(), 'bad-input-'));
    await writeBadInputArchive(input);
    const first = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null });
    const second = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null });
    expect(second.buildReport).toEqual(first.buildReport);
  }, 60_000);
});

describe('a 20 MB report', () => {
  it('converts, with its digest and JSON written', async () => {
    const input = await mkdtemp(join(tmpdir(), 'large-in-'));
    const out = await mkdtemp(join(tmpdir(), 'large-out-'));
    const seed = await readFile('content/reports/004_0d1459b9884b146f.txt', 'utf8');
    const copies = Math.ceil(20e6 / Buffer.byteLength(`${seed}\n`));
    await writeFile(join(input, 'large.txt'), `${seed}\n`.repeat(copies));
    const start = performance.now();
    const result = await convertArchive({ inputDir: input, mdxDir: out, jsonDir: out });
    const seconds = (performance.now() - start) / 1000;
    console.log(`20 MB report: ${(result.inputBytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${result.timer.summary()})`);
    expect(result.inputBytes).toBeGreaterThanOrEqual(20e6);
    expect(result.buildReport.entries).toMatchObject([{ source: 'large.txt', status: expect.stringMatching(/^published/) }]);
    expect(result.reports[0]?.sections.length).toBeGreaterThan(0);
  }, 180_000);
});
