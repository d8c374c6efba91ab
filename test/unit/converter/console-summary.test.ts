/**
 * The console summary: a small archive listed in full; a big one shows the totals and only the
 * first inputs with warnings or a rejection (a few messages each), with counts of the rest and
 * where build-report.json is; `--verbose` lists every input and message.
 */
import { describe, expect, it } from 'vitest';
import { consoleSummary, FIRST_PROBLEMS_SHOWN, FULL_LIST_MAX, MESSAGES_SHOWN } from '~/converter/console-summary.ts';
import type { BuildReport, BuildReportEntry } from '~/schema/build-report.ts';

/** An archive of `clean` clean reports, then `warned` with `messagesEach` warnings each, then one rejected. */
function report(clean: number, warned: number, messagesEach = 1): BuildReport {
  const entries: BuildReportEntry[] = [];
  for (let i = 0; i < clean; i++) entries.push({ source: `c${String(i).padStart(5, '0')}.txt`, status: 'published', slug: `c-${i}`, messages: [] });
  for (let i = 0; i < warned; i++) {
    const messages = Array.from({ length: messagesEach }, (_, m) => `警告 ${i}.${m}`);
    entries.push({ source: `w${String(i).padStart(5, '0')}.txt`, status: 'published-with-warnings', slug: `w-${i}`, messages });
  }
  entries.push({ source: 'z-empty.txt', status: 'rejected', slug: null, messages: ['文件为空'] });
  const counts = { published: clean, 'published-with-warnings': warned, rejected: 1, skipped: 0 };
  return { inputDir: 'in', counts, entries };
}

describe('consoleSummary', () => {
  it('lists every input of a small archive, clean ones included', () => {
    const small = report(3, 2);
    const text = consoleSummary(small);
    for (const entry of small.entries) expect(text).toContain(entry.source);
    expect(text).toContain('  已发布  c00000.txt → c-0');
    expect(text).toContain('      - 警告 1.0');
    expect(text.split('\n').at(-1)).toBe('6 份报告：3 已发布，2 有警告，1 未发布');
  });

  it('shows a big archive as totals and the first inputs with warnings, counting the rest', () => {
    const big = report(5000, 300, MESSAGES_SHOWN + 2);
    const lines = consoleSummary(big, { reportFile: 'out/build-report.json' }).split('\n');
    expect(lines[1]).toBe('5301 份报告：5000 已发布，300 有警告，1 未发布');
    expect(lines.filter((l) => l.startsWith('  已发布（有警告）  '))).toHaveLength(FIRST_PROBLEMS_SHOWN);
    expect(lines.some((l) => l.includes('c00000.txt'))).toBe(false);
    expect(lines.some((l) => l.includes(`w${String(FIRST_PROBLEMS_SHOWN).padStart(5, '0')}.txt`))).toBe(false);
    // Each input shown with its first messages and how many more it has.
    expect(lines.filter((l) => l.startsWith('      - 警告 0.'))).toHaveLength(MESSAGES_SHOWN);
    expect(lines).toContain('      - ……另有 2 条');
    const rest = 300 + 1 - FIRST_PROBLEMS_SHOWN;
    expect(lines).toContain(`  ……另有 ${rest} 份有警告或未发布，全部见 out/build-report.json（--verbose 全部列出）`);
    expect(lines.at(-1)).toBe('  5000 份已发布且无警告，未逐一列出');
    expect(lines.length).toBeLessThan(FIRST_PROBLEMS_SHOWN * (MESSAGES_SHOWN + 2) + 5);
  });

  it('names build-report.json on the clean line when every problem was shown', () => {
    const lines = consoleSummary(report(FULL_LIST_MAX, 2), { reportFile: 'r.json' }).split('\n');
    expect(lines.filter((l) => l.startsWith('  已发布（有警告）  ') || l.startsWith('  未发布  '))).toHaveLength(3);
    expect(lines.at(-1)).toBe(`  ${FULL_LIST_MAX} 份已发布且无警告，未逐一列出，全部见 r.json`);
  });

  it('lists every input and every message with --verbose, however big the archive', () => {
    const big = report(100, 40, MESSAGES_SHOWN + 2);
    const lines = consoleSummary(big, { verbose: true }).split('\n');
    expect(lines.filter((l) => l.startsWith('  已发布  '))).toHaveLength(100);
    expect(lines.filter((l) => l.startsWith('  已发布（有警告）  '))).toHaveLength(40);
    expect(lines.filter((l) => l.startsWith('      - 警告 '))).toHaveLength(40 * (MESSAGES_SHOWN + 2));
    expect(lines.some((l) => l.includes('另有'))).toBe(false);
  });
});
