/** The build's console summary: every input with its status, so nothing is lost silently. */
import type { BuildReport } from '../schema/build-report.ts';

const LABEL = { published: '已发布', 'published-with-warnings': '已发布（有警告）', rejected: '未发布', skipped: '已跳过' } as const;

export function consoleSummary(report: BuildReport): string {
  const lines = report.entries.map((entry) => {
    const head = `  ${LABEL[entry.status]}  ${entry.source}${entry.slug ? ` → ${entry.slug}` : ''}`;
    return [head, ...entry.messages.map((m) => `      - ${m}`)].join('\n');
  });
  const { counts } = report;
  const reports = report.entries.length - counts.skipped;
  const skipped = counts.skipped > 0 ? `；另有 ${counts.skipped} 个文件已跳过` : '';
  const total = `${reports} 份报告：${counts.published} 已发布，${counts['published-with-warnings']} 有警告，${counts.rejected} 未发布${skipped}`;
  return [`输入目录 ${report.inputDir}`, ...lines, total].join('\n');
}
