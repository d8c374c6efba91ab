/**
 * Every report accounted for: an input folder full of what a publisher may drop in by mistake
 * (empty, binary, PDF, other encodings, line endings, control characters, a 1 MB line, copies,
 * colliding slugs, a broken sidecar, hidden files), built with the real `npm run build` as a child
 * process. Each input appears in build-report.json and in the console summary with its status and
 * reason; the good reports are published; `--strict` fails the build, and passes a clean one.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '~/schema/build-report.ts';
import type { Report } from '~/schema/report.ts';
import { OUTSIDE_SECRET, writeBadInputArchive, type Expected } from '../fixtures/archives/bad-input/archive.ts';
import { runBuild, type BuildRun } from '../helpers/child-build.ts';
import { filesUnder } from '../helpers/temp-files.ts';

const OUT = resolve('out/e2e/bad-input');
const LABEL = { published: '已发布', 'published-with-warnings': '已发布（有警告）', rejected: '未发布', skipped: '已跳过' } as const;

let expected: Record<string, Expected>;
let run: BuildRun;
let strictRun: BuildRun;
let cleanStrictRun: BuildRun;
let buildReport: BuildReport;
let reports: Map<string, Report>;

beforeAll(async () => {
  const input = await mkdtemp(join(tmpdir(), 'bad-input-'));
  expected = await writeBadInputArchive(input);
  // One after the other: every build writes src/content/digests/.
  run = await runBuild(['--input', input, '--out', `${OUT}/site`, '--json', `${OUT}/json`]);
  strictRun = await runBuild(['--input', input, '--out', `${OUT}/strict-site`, '--strict']);
  // A clean archive: one report whose only warning (the inferred date) a sidecar settles.
  const clean = await mkdtemp(join(tmpdir(), 'clean-input-'));
  await copyFile('content/reports/000_2272510a5eb1dbfa.txt', join(clean, 'weekly.txt'));
  await writeFile(join(clean, 'weekly.meta.yaml'), 'date: 2026-07-03\n');
  // A hidden system file is listed as skipped; it must not fail a strict build.
  await writeFile(join(clean, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  cleanStrictRun = await runBuild(['--input', clean, '--out', `${OUT}/clean-site`, '--strict']);

  buildReport = JSON.parse(await readFile(`${OUT}/json/build-report.json`, 'utf8')) as BuildReport;
  reports = new Map();
  for (const entry of buildReport.entries.filter((e) => e.slug)) {
    const report = JSON.parse(await readFile(`${OUT}/json/${entry.slug}.json`, 'utf8')) as Report;
    reports.set(entry.source, report);
  }
}, 300_000);

describe('a build of an input folder full of bad input', () => {
  it('succeeds without --strict', () => {
    expect(run.code, run.stderr).toBe(0);
  });

  it('lists every input in build-report.json, sorted, with the expected status and reason', () => {
    expect(buildReport.entries.map((e) => e.source)).toEqual(Object.keys(expected).sort());
    for (const entry of buildReport.entries) {
      const want = expected[entry.source]!;
      expect({ source: entry.source, status: entry.status }).toEqual({ source: entry.source, status: want.status });
      if (want.message) expect(entry.messages.join('\n'), entry.source).toContain(want.message);
      if (entry.status === 'rejected') {
        expect(entry.slug).toBeNull();
        expect(entry.messages[0]).toMatch(new RegExp(`^${entry.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`));
      }
    }
    const counts = { published: 0, 'published-with-warnings': 0, rejected: 0, skipped: 0 };
    for (const want of Object.values(expected)) counts[want.status] += 1;
    expect(buildReport.counts).toEqual(counts);
  });

  it('lists every input in the console summary with its status', () => {
    for (const entry of buildReport.entries) {
      expect(run.stdout).toContain(`  ${LABEL[entry.status]}  ${entry.source}`);
      expect(run.stdout).toContain(entry.messages[0]!);
    }
    const skipped = buildReport.counts.skipped;
    expect(run.stdout).toContain(`${buildReport.entries.length - skipped} 份报告`);
    expect(run.stdout).toContain(`另有 ${skipped} 个文件已跳过`);
  });

  it('decodes every encoding and line ending to the same text as the UTF-8 original', () => {
    for (const [source, want] of Object.entries(expected)) {
      if (!want.sameTitleAs) continue;
      expect(reports.get(source)?.title, source).toBe(reports.get(want.sameTitleAs)?.title);
    }
    expect(reports.get('computer-weekly.txt')?.title).toBe('如何看 META 做云');
  });

  it('titles a report without metadata from its first line', () => {
    expect(reports.get('no-metadata.txt')?.title).toBe('一些随手记下的想法');
  });

  it('gives a colliding slug a suffix, by source order', () => {
    expect(reports.get('slug-a.txt')?.slug).toBe('shared-slug');
    expect(reports.get('slug-b.txt')?.slug).toBe('shared-slug-2');
  });

  it('publishes a page, and the original as UTF-8, for every published report', async () => {
    const published = buildReport.entries.filter((e) => e.status === 'published' || e.status === 'published-with-warnings');
    for (const entry of published) expect(existsSync(`${OUT}/site/digests/${entry.slug}/index.html`), entry.source).toBe(true);
    const gbk = reports.get('gbk.txt')!;
    const original = await readFile(`${OUT}/site/digests/${gbk.slug}/original.txt`, 'utf8');
    expect(original).toContain('如何看 META 做云');
    const longLine = await readFile(`${OUT}/site/digests/${reports.get('long-line.txt')!.slug}/index.html`, 'utf8');
    expect(longLine).toContain('国金证券互联网周报，长行测试。');
  });
});

describe('symbolic links and sidecars', () => {
  it('publishes nothing a link reaches outside the input folder: no page, no original, no search entry, no JSON', async () => {
    for (const dir of [`${OUT}/site`, `${OUT}/json`]) {
      for (const file of await filesUnder(dir)) expect((await readFile(file)).includes(OUTSIDE_SECRET), file).toBe(false);
    }
  });

  it('applies the valid fields of a sidecar whose other fields are invalid', () => {
    const report = reports.get('partly-valid-sidecar.txt')!;
    expect(report).toMatchObject({ title: '修正后的丁公司点评', sector: '计算机', overrides: ['sector', 'title'] });
    expect(report.slug).not.toBe('Not A Slug!');
  });
});

describe('--strict', () => {
  it('fails the build when any input is rejected or has warnings, after reporting every input', () => {
    expect(strictRun.code).not.toBe(0);
    expect(strictRun.stderr).toContain('--strict');
    for (const source of Object.keys(expected)) expect(strictRun.stdout).toContain(source);
  });

  it('passes a clean archive', () => {
    expect(cleanStrictRun.stdout).toContain('1 份报告：1 已发布，0 有警告，0 未发布；另有 1 个文件已跳过');
    expect(cleanStrictRun.code).toBe(0);
  });
});
