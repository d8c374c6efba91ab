/**
 * One report's conversion as a unit of work, the same in this thread and in a worker thread:
 * convert, never throw, and (in a worker) render the MDX digest while the report is at hand.
 */
import type { ConversionOutcome } from '../convert-report.ts';
import { convertReport } from '../convert-report.ts';
import { digestMdx } from '../emit/digest-mdx.ts';
import type { InputFile } from '../read/discover.ts';
import type { StageTimer } from '../timing.ts';

/** A report converted anew. */
export interface ConvertedFile {
  outcome: ConversionOutcome;
  /** False when the outcome is not the input's own (an unexpected error): such a result is never cached. */
  cacheable: boolean;
  /** The MDX digest of `outcome.report`, UTF-8, when it was rendered with the conversion; else null. */
  mdx: Uint8Array | null;
}

/** The rejection of a report whose conversion failed unexpectedly (a converter bug, an unreadable file, a crashed worker). */
export function failedConversion(source: string, error: unknown): ConvertedFile {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const reason = `转换时出错，未发布：${message}；请把该文件报告给维护者`;
  return { outcome: { ok: false, source, reason, bytes: 0 }, cacheable: false, mdx: null };
}

/**
 * Converts one report; even a converter bug or an unreadable file becomes that report's rejection,
 * never the build's end. Such a rejection is not the input's own result, so it is never cached.
 */
export async function convertSafely(file: InputFile, timer: StageTimer): Promise<ConvertedFile> {
  try {
    return { outcome: await convertReport(file, timer), cacheable: true, mdx: null };
  } catch (error) {
    return failedConversion(file.source, error);
  }
}

/**
 * Converts one report and, with `renderMdx`, renders its digest (stage `render-mdx`). A digest that
 * fails to render is left to the main thread, which renders it again and fails exactly as a build
 * without workers does: workers must not turn an emit bug into a quiet rejection.
 */
export async function convertTask(file: InputFile, renderMdx: boolean, timer: StageTimer): Promise<ConvertedFile> {
  const converted = await convertSafely(file, timer);
  const { outcome } = converted;
  if (!renderMdx || !outcome.ok) return converted;
  try {
    // TextEncoder gives a buffer of its own (Buffer.from may share a pool), so it can be transferred.
    const mdx = await timer.time('render-mdx', () => new TextEncoder().encode(digestMdx(outcome.report)));
    return { ...converted, mdx };
  } catch {
    return converted;
  }
}
