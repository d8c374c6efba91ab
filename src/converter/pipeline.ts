/**
 * The converter pipeline: a folder of raw reports → validated reports → MDX digests, JSON
 * and `build-report.json`. Each stage is timed; one bad report never stops the others.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, BuildReportEntry, InputStatus } from '../schema/build-report.ts';
import type { Report } from '../schema/report.ts';
import { convertReport, type ConversionOutcome } from './convert-report.ts';
import { resolveDuplicates } from './duplicates.ts';
import { digestMdx } from './emit/digest-mdx.ts';
import { bySource, discoverInputs, type InputFile, type SkippedInput } from './read/discover.ts';
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

/** A rejection's message names the file, so it reads on its own (in logs, in CI). */
function entryFor(outcome: ConversionOutcome): BuildReportEntry {
  if (!outcome.ok) {
    const status: InputStatus = outcome.ignorable ? 'skipped' : 'rejected';
    return { source: outcome.source, status, slug: null, messages: [`${outcome.source}：${outcome.reason}`] };
  }
  const { report } = outcome;
  const status: InputStatus = report.warnings.length > 0 ? 'published-with-warnings' : 'published';
  return { source: outcome.source, status, slug: report.slug, messages: report.warnings };
}

function summarize(inputDir: string, entries: BuildReportEntry[]): BuildReport {
  const counts = { published: 0, 'published-with-warnings': 0, rejected: 0, skipped: 0 };
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

/** Converts one report; even a converter bug or an unreadable file becomes that report's rejection, never the build's end. */
async function convertSafely(file: InputFile, timer: StageTimer): Promise<ConversionOutcome> {
  try {
    return await convertReport(file, timer);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, source: file.source, reason: `转换时出错，未发布：${message}；请把该文件报告给维护者`, bytes: 0 };
  }
}

function skippedOutcome(skipped: SkippedInput): ConversionOutcome {
  return { ok: false, source: skipped.source, reason: skipped.reason, bytes: 0, ignorable: skipped.ignorable };
}

/** Converts every report in the input folder; every file in it gets an entry in the build report. */
export async function convertArchive(options: ConvertOptions): Promise<ConvertResult> {
  const timer = new StageTimer();
  const listing = await timer.time('discover', () => discoverInputs(options.inputDir));
  const converted: ConversionOutcome[] = [];
  for (const file of listing.reports) converted.push(await convertSafely(file, timer));
  const outcomes = [...resolveDuplicates(converted), ...listing.skipped.map(skippedOutcome)].sort(bySource);

  const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
  const buildReport = summarize(options.inputDir, outcomes.map(entryFor));
  const { mdxDir, jsonDir } = options;
  // Rendering is timed with its stage: for a large report it costs more than writing.
  if (mdxDir) {
    await timer.time('emit-mdx', () => replaceGenerated(mdxDir, '.mdx', new Map(reports.map((r) => [`${r.slug}.mdx`, digestMdx(r)]))));
  }
  if (jsonDir) {
    await timer.time('emit-json', () => {
      const docs = new Map(reports.map((r) => [`${r.slug}.json`, json(r)]));
      docs.set('build-report.json', json(buildReport));
      return replaceGenerated(jsonDir, '.json', docs);
    });
  }
  const inputBytes = outcomes.reduce((sum, o) => sum + o.bytes, 0);
  return { reports, buildReport, timer, inputBytes };
}
