/**
 * One report file through the stages read → decode → parse → override → slug → validate.
 * Returns the validated report, or the reason it cannot be published; never throws for bad input.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Report } from '../schema/report.ts';
import { applyOverrides, ignoredSidecar, parseSidecar } from './overrides.ts';
import { parseReport, type ParsedReport } from './parse/index.ts';
import { decodeReport } from './read/decode.ts';
import type { InputFile } from './read/discover.ts';
import { slugFor } from './slug.ts';
import { slugVocabulary } from './slug-vocabulary.ts';
import type { StageTimer } from './timing.ts';
import { describeIssues } from './validation.ts';

/** A published report (with a hash of its decoded text, to find copies), or the reason it is not published. */
export type ConversionOutcome =
  | { ok: true; source: string; report: Report; bytes: number; contentHash: string }
  | { ok: false; source: string; reason: string; bytes: number; ignorable?: boolean };

/** Applies the sidecar file, if any: its valid fields, with a warning for each it could not use; never a lost report. */
async function withSidecar(parsed: ParsedReport, file: InputFile): Promise<{ report: ParsedReport; slug: string | null }> {
  if (!file.sidecarPath) return { report: parsed, slug: null };
  const name = basename(file.sidecarPath);
  const text = await readFile(file.sidecarPath, 'utf8').catch((error: Error) => new Error(`${name} 无法读取：${error.message}`));
  const sidecar = text instanceof Error ? ignoredSidecar(text.message) : parseSidecar(text, name);
  const { report, slug } = applyOverrides(parsed, sidecar.fields);
  return { report: { ...report, warnings: [...report.warnings, ...sidecar.warnings] }, slug };
}

/** Converts one report file; bad input becomes a rejection with its reason, never an exception. */
export async function convertReport(file: InputFile, timer: StageTimer): Promise<ConversionOutcome> {
  // Read synchronously: reports are converted one after another, and the four thread-pool round
  // trips of an asynchronous read cost more than the read itself (most of the stage on a busy machine).
  const bytes = await timer.time('read', () => readFileSync(file.path));
  const decoded = await timer.time('decode', () => decodeReport(bytes));
  if (!decoded.ok) return { ok: false, source: file.source, reason: decoded.reason, bytes: bytes.length };

  const contentHash = createHash('sha256').update(decoded.text).digest('hex');
  const read = await timer.time('parse', () => parseReport(decoded.text, file.source));
  const parsed = decoded.warnings ? { ...read, warnings: [...decoded.warnings, ...read.warnings] } : read;
  const { report, slug } = await timer.time('override', () => withSidecar(parsed, file));
  const candidate = { ...report, slug: slug ?? slugFor(report, slugVocabulary) };
  const validated = await timer.time('validate', () => Report.safeParse(candidate));
  if (!validated.success) {
    return { ok: false, source: file.source, reason: `模型校验失败：${describeIssues(validated.error)}`, bytes: bytes.length };
  }
  return { ok: true, source: file.source, report: validated.data, bytes: bytes.length, contentHash };
}
