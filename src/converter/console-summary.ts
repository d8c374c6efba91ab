/** The build's console summary: every input with its status, so nothing is lost silently. */
import type { BuildReport } from '../schema/build-report.ts';

const LABEL = { published: '已发布', 'published-with-warnings': '已发布（有警告）', rejected: '未发布' } as const;

export function consoleSummary(report: BuildReport): string {
  const lines = report.entries.map((entry) => {
    const head = `  ${LABEL[entry.status]}  ${entry.source}${entry.slug ? ` → ${entry.slug}` : ''}`;
    return [head, ...entry.messages.map((m) => `      - ${m}`)].join('\n');
  });
  const { counts } = report;
  const total = `${report.entries.length} 份报告：${counts.published} 已发布，${counts['published-with-warnings']} 有警告，${counts.rejected} 未发布`;
  return [`输入目录 ${report.inputDir}`, ...lines, total].join('\n');
}
