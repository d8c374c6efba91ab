/**
 * One report file through the stages read → decode → parse → slug → validate.
 * Returns the validated report, or the reason it cannot be published; never throws for bad input.
 */
import { readFile } from 'node:fs/promises';
import { Report } from '../schema/report.ts';
import { decodeReport } from './read/decode.ts';
import type { InputFile } from './read/discover.ts';
import { parseReport } from './parse/index.ts';
import { slugFor } from './slug.ts';
import type { StageTimer } from './timing.ts';

export type ConversionOutcome =
  | { ok: true; source: string; report: Report; bytes: number }
  | { ok: false; source: string; reason: string; bytes: number };

/** Formats zod issues as `field.path: message` lines a publisher can act on. */
export function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(report)'}: ${issue.message}`).join('; ');
}

export async function convertReport(file: InputFile, timer: StageTimer): Promise<ConversionOutcome> {
  const bytes = await timer.time('read', () => readFile(file.path));
  const decoded = await timer.time('decode', () => decodeReport(bytes));
  if (!decoded.ok) return { ok: false, source: file.source, reason: decoded.reason, bytes: bytes.length };

  const parsed = await timer.time('parse', () => parseReport(decoded.text, file.source));
  const candidate = { ...parsed, slug: slugFor(parsed) };
  const validated = await timer.time('validate', () => Report.safeParse(candidate));
  if (!validated.success) {
    return { ok: false, source: file.source, reason: `模型校验失败：${describeIssues(validated.error)}`, bytes: bytes.length };
  }
  return { ok: true, source: file.source, report: validated.data, bytes: bytes.length };
}
