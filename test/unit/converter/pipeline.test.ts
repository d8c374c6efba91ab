/**
 * The converter as `npm run digest -- --input <dir> --json <dir>` runs it: every input is
 * accounted for in build-report.json, and each report's JSON carries the public field names.
 */
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertArchive, type ConvertResult } from '~/converter/pipeline.ts';

const PUBLIC_FIELDS = [
  'source', 'slug', 'title', 'subtitle', 'broker', 'date', 'dateSource', 'period', 'rating', 'reportType', 'sector',
  'analysts', 'subject', 'targetPrice', 'keyPoints', 'sections', 'risks', 'relatedReports', 'warnings',
];

let input: string;
let jsonDir: string;
let result: ConvertResult;

beforeAll(async () => {
  input = await mkdtemp(join(tmpdir(), 'digest-in-'));
  jsonDir = await mkdtemp(join(tmpdir(), 'digest-json-'));
  await copyFile('content/reports/004_0d1459b9884b146f.txt', join(input, 'huaan-weekly.txt'));
  await copyFile('content/reports/000_2272510a5eb1dbfa.txt', join(input, 'gjzq-weekly.txt'));
  await writeFile(join(input, 'gjzq-weekly.meta.yaml'), 'date: 2026-07-05\nsector: 互联网传媒\n');
  await writeFile(join(input, 'empty.txt'), '');
  result = await convertArchive({ inputDir: input, mdxDir: null, jsonDir });
});

describe('convertArchive', () => {
  it('lists every input in build-report.json with its status', async () => {
    const report = JSON.parse(await readFile(join(jsonDir, 'build-report.json'), 'utf8'));
    expect(report.entries.map((e: { source: string }) => e.source)).toEqual(['empty.txt', 'gjzq-weekly.txt', 'huaan-weekly.txt']);
    expect(report.entries[0]).toMatchObject({ status: 'rejected', slug: null, messages: [expect.stringContaining('empty')] });
    expect(report.counts.rejected).toBe(1);
  });

  it('writes one JSON per published report, named by slug, with the public field names', async () => {
    const files = (await readdir(jsonDir)).filter((f) => f !== 'build-report.json').sort();
    expect(files).toEqual(result.reports.map((r) => `${r.slug}.json`).sort());
    expect(files).toHaveLength(2);
    const json = JSON.parse(await readFile(join(jsonDir, files[0]!), 'utf8'));
    for (const field of PUBLIC_FIELDS) expect(json).toHaveProperty(field);
  });

  it('lets a sidecar file override fields and records them as overrides', () => {
    const weekly = result.reports.find((r) => r.source === 'gjzq-weekly.txt')!;
    expect(weekly).toMatchObject({ date: '2026-07-05', dateSource: 'override', sector: '互联网传媒', overrides: ['date', 'sector'] });
  });

  it('publishes a report whose sidecar is broken, with a warning naming the file', async () => {
    await writeFile(join(input, 'gjzq-weekly.meta.yaml'), 'date: [unclosed\n');
    const again = await convertArchive({ inputDir: input, mdxDir: null, jsonDir: null });
    const entry = again.buildReport.entries.find((e) => e.source === 'gjzq-weekly.txt')!;
    expect(entry.status).toBe('published-with-warnings');
    expect(entry.messages.join('\n')).toContain('gjzq-weekly.meta.yaml');
    await writeFile(join(input, 'gjzq-weekly.meta.yaml'), 'date: 2026-07-05\nsector: 互联网传媒\n');
  });
});
