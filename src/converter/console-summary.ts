/**
 * The build's console summary. A small archive is listed in full, every input with its status; a
 * big one (over `FULL_LIST_MAX` inputs) shows the totals and only the first inputs with warnings or
 * a rejection, with a count of the rest, since at 10,000 reports the full list is over 100,000
 * lines. Nothing is lost: build-report.json lists every input, and `--verbose` prints them all.
 */
import type { BuildReport, BuildReportEntry } from '../schema/build-report.ts';

const LABEL = { published: '已发布', 'published-with-warnings': '已发布（有警告）', rejected: '未发布', skipped: '已跳过' } as const;

/** Archives of at most this many inputs are listed in full, as a publisher's first archive is. */
export const FULL_LIST_MAX = 30;
/** Inputs with warnings or a rejection shown for a bigger archive. */
export const FIRST_PROBLEMS_SHOWN = 20;
/** Messages shown per input in the short form; the rest are counted. */
export const MESSAGES_SHOWN = 3;

export interface SummaryOptions {
  /** `--verbose`: every input and every message, whatever the archive's size. */
  verbose?: boolean;
  /** Where build-report.json was written, named when the list is cut short. */
  reportFile?: string | null;
}

function entryLines(entry: BuildReportEntry, maxMessages: number): string[] {
  const head = `  ${LABEL[entry.status]}  ${entry.source}${entry.slug ? ` → ${entry.slug}` : ''}`;
  const shown = entry.messages.slice(0, maxMessages).map((m) => `      - ${m}`);
  const hidden = entry.messages.length - shown.length;
  return [head, ...shown, ...(hidden > 0 ? [`      - ……另有 ${hidden} 条`] : [])];
}

function totalLine(report: BuildReport): string {
  const { counts } = report;
  const reports = report.entries.length - counts.skipped;
  const skipped = counts.skipped > 0 ? `；另有 ${counts.skipped} 个文件已跳过` : '';
  return `${reports} 份报告：${counts.published} 已发布，${counts['published-with-warnings']} 有警告，${counts.rejected} 未发布${skipped}`;
}

/** The inputs a reader must look at: not published cleanly. */
function problems(report: BuildReport): BuildReportEntry[] {
  return report.entries.filter((entry) => entry.status !== 'published' || entry.messages.length > 0);
}

export function consoleSummary(report: BuildReport, options: SummaryOptions = {}): string {
  const head = `输入目录 ${report.inputDir}`;
  if (options.verbose || report.entries.length <= FULL_LIST_MAX) {
    return [head, ...report.entries.flatMap((entry) => entryLines(entry, Infinity)), totalLine(report)].join('\n');
  }
  const all = problems(report);
  const shown = all.slice(0, FIRST_PROBLEMS_SHOWN);
  const rest = all.length - shown.length;
  const where = options.reportFile ? `，全部见 ${options.reportFile}` : '';
  const more = rest > 0 ? [`  ……另有 ${rest} 份有警告或未发布${where}（--verbose 全部列出）`] : [];
  const clean = report.entries.length - all.length;
  const cleanLine = `  ${clean} 份已发布且无警告，未逐一列出${rest > 0 ? '' : where}`;
  return [head, totalLine(report), ...shown.flatMap((entry) => entryLines(entry, MESSAGES_SHOWN)), ...more, cleanLine].join('\n');
}
