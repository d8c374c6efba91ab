/**
 * A realistic archive of any size for the benchmarks (issue #8): N reports recombined from the
 * seed reports. Each report keeps one seed's layout (its extractor's tables, wrapping, list
 * style) but gets its own broker, analysts, publication date (2022–2026), sector, report type,
 * rating, headline, a recombined set of news items and table rows, and perturbed figures.
 *
 * Deterministic: the same seed and count give byte-identical files, and report i depends only on
 * the seed and i (an archive of 1,000 is the first 1,000 files of one of 10,000). Every report is
 * unique: a report that happens to equal an earlier one is drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateReport, prepareTemplates, type PreparedTemplate, type ReportFacts } from './scale-archive/report.ts';
import { loadTemplates } from './scale-archive/template.ts';

export type { ReportFacts } from './scale-archive/report.ts';

export interface ArchiveOptions {
  /** Number of reports to write. */
  count: number;
  /** Archive seed: the same seed gives the same archive. */
  seed: number;
  /** Folder to write `r00001.txt` … into (created; earlier generated files not in this archive are removed). */
  outDir: string;
  /** Folder of seed reports to recombine. */
  seedDir: string;
}

/** One written report and what the parser should find in it. */
export interface GeneratedReport extends ReportFacts {
  file: string;
  bytes: number;
}

export interface ArchiveSummary {
  files: number;
  bytes: number;
  outDir: string;
  /** Seeds used, by file name. */
  seeds: string[];
  reports: GeneratedReport[];
}

const GENERATED_NAME = /^r\d{5,}\.txt$/;
/** Files written at once: enough to keep the disk busy, few enough to bound memory. */
const WRITE_BATCH = 64;

export function reportFileName(index: number): string {
  return `r${String(index).padStart(5, '0')}.txt`;
}

/** Prepares the seeds once: templates, and every template's view of the shared news pool. */
export async function prepareSeeds(seedDir: string): Promise<PreparedTemplate[]> {
  return prepareTemplates(await loadTemplates(seedDir));
}

/** Report `index` (1-based), redrawn until its text differs from every report in `seen`. */
function uniqueReport(prepared: readonly PreparedTemplate[], seed: number, index: number, seen: Set<string>) {
  for (let attempt = 0; ; attempt++) {
    const report = generateReport(prepared, seed, index, attempt);
    const hash = createHash('sha256').update(report.text).digest('base64');
    if (!seen.has(hash)) {
      seen.add(hash);
      return report;
    }
  }
}

async function removeStale(outDir: string, count: number): Promise<void> {
  const keep = new Set(Array.from({ length: count }, (_, i) => reportFileName(i + 1)));
  const stale = (await readdir(outDir)).filter((name) => GENERATED_NAME.test(name) && !keep.has(name));
  await Promise.all(stale.map((name) => rm(join(outDir, name))));
}

/** Writes `count` reports into `outDir`; returns what was written. */
export async function generateArchive(options: ArchiveOptions): Promise<ArchiveSummary> {
  const { count, seed, outDir, seedDir } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, not ${count}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  const prepared = await prepareSeeds(seedDir);
  await mkdir(outDir, { recursive: true });
  await removeStale(outDir, count);
  const seen = new Set<string>();
  const reports: GeneratedReport[] = [];
  let batch: Promise<void>[] = [];
  for (let index = 1; index <= count; index++) {
    const { text, facts } = uniqueReport(prepared, seed, index, seen);
    const file = reportFileName(index);
    reports.push({ file, bytes: Buffer.byteLength(text), ...facts });
    batch.push(writeFile(join(outDir, file), text));
    if (batch.length >= WRITE_BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  const bytes = reports.reduce((sum, r) => sum + r.bytes, 0);
  return { files: count, bytes, outDir, seeds: prepared.map((p) => p.template.name), reports };
}
