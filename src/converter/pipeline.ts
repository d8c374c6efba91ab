/**
 * The converter pipeline: a folder of raw reports → validated reports → MDX digests, JSON
 * and `build-report.json`. Each stage is timed; one bad report never stops the others.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, BuildReportEntry, InputStatus } from '../schema/build-report.ts';
import type { Report } from '../schema/report.ts';
import { convertReport, type ConversionOutcome } from './convert-report.ts';
import { digestMdx } from './emit/digest-mdx.ts';
import { discoverReports } from './read/discover.ts';
import { StageTimer } from './timing.ts';

export interface ConvertOptions {
  /** Folder of raw reports. */
  inputDir: string;
  /** Where to write `<slug>.mdx` digests (emptied of stale digests first); null to skip. */
  mdxDir: string | null;
  /** Where to write `<slug>.json` and `build-report.json`; null to skip. */
  jsonDir: string | null;
}

export interface ConvertResult {
  reports: Report[];
  buildReport: BuildReport;
  timer: StageTimer;
  /** Total bytes of input read. */
  inputBytes: number;
}

function entryFor(outcome: ConversionOutcome): BuildReportEntry {
  if (!outcome.ok) return { source: outcome.source, status: 'rejected', slug: null, messages: [outcome.reason] };
  const { report } = outcome;
  const status: InputStatus = report.warnings.length > 0 ? 'published-with-warnings' : 'published';
  return { source: outcome.source, status, slug: report.slug, messages: report.warnings };
}

function summarize(inputDir: string, entries: BuildReportEntry[]): BuildReport {
  const counts = { published: 0, 'published-with-warnings': 0, rejected: 0 };
  for (const entry of entries) counts[entry.status] += 1;
  return { inputDir, counts, entries };
}

/** Replaces the generated files of one kind in `dir` (only files ending in `extension`). */
async function replaceGenerated(dir: string, extension: string, files: Map<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const stale = (await readdir(dir)).filter((name) => name.endsWith(extension) && !files.has(name));
  await Promise.all(stale.map((name) => rm(join(dir, name))));
  await Promise.all([...files].map(([name, content]) => writeFile(join(dir, name), content)));
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function convertArchive(options: ConvertOptions): Promise<ConvertResult> {
  const timer = new StageTimer();
  const files = await timer.time('discover', () => discoverReports(options.inputDir));
  const outcomes: ConversionOutcome[] = [];
  for (const file of files) outcomes.push(await convertReport(file, timer));

  const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
  const buildReport = summarize(options.inputDir, outcomes.map(entryFor));
  const { mdxDir, jsonDir } = options;
  if (mdxDir) {
    const pages = new Map(reports.map((r) => [`${r.slug}.mdx`, digestMdx(r)]));
    await timer.time('emit-mdx', () => replaceGenerated(mdxDir, '.mdx', pages));
  }
  if (jsonDir) {
    const docs = new Map(reports.map((r) => [`${r.slug}.json`, json(r)]));
    docs.set('build-report.json', json(buildReport));
    await timer.time('emit-json', () => replaceGenerated(jsonDir, '.json', docs));
  }
  const inputBytes = outcomes.reduce((sum, o) => sum + o.bytes, 0);
  return { reports, buildReport, timer, inputBytes };
}
