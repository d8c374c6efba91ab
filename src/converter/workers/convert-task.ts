/**
 * One report's conversion as a unit of work, the same in this thread and in a worker thread:
 * convert, never throw, and (in a worker) render the MDX digest while the report is at hand.
 */
import type { ConversionOutcome } from '../convert-report.ts';
import { convertReport } from '../convert-report.ts';
import { renderDigest, type DigestFiles } from '../render/digest-files.ts';
import type { InputFile } from '../read/discover.ts';
import type { StageTimer } from '../timing.ts';

/** A report converted anew. */
export interface ConvertedFile {
  outcome: ConversionOutcome;
  /** False when the outcome is not the input's own (an unexpected error): such a result is never cached. */
  cacheable: boolean;
  /** The digest of `outcome.report` (MDX and HTML), when it was rendered with the conversion; else null. */
  digest: DigestFiles | null;
}

/** The rejection of a report whose conversion failed unexpectedly (a converter bug, an unreadable file, a crashed worker). */
export function failedConversion(source: string, error: unknown): ConvertedFile {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const reason = `转换时出错，未发布：${message}；请把该文件报告给维护者`;
  return { outcome: { ok: false, source, reason, bytes: 0 }, cacheable: false, digest: null };
}

/**
 * Converts one report; even a converter bug or an unreadable file becomes that report's rejection,
 * never the build's end. Such a rejection is not the input's own result, so it is never cached.
 */
export async function convertSafely(file: InputFile, timer: StageTimer): Promise<ConvertedFile> {
  try {
    return { outcome: await convertReport(file, timer), cacheable: true, digest: null };
  } catch (error) {
    return failedConversion(file.source, error);
  }
}

/**
 * Converts one report and, with `renderDigests`, renders its digest (stage `render-digest`). A digest that
 * fails to render is left to the main thread, which renders it again and fails exactly as a build
 * without workers does: workers must not turn an emit bug into a quiet rejection.
 */
export async function convertTask(file: InputFile, renderDigests: boolean, timer: StageTimer): Promise<ConvertedFile> {
  const converted = await convertSafely(file, timer);
  const { outcome } = converted;
  if (!renderDigests || !outcome.ok) return converted;
  try {
    const digest = await timer.time('render-digest', () => renderDigest(outcome.report));
    return { ...converted, digest };
  } catch {
    return converted;
  }
}
