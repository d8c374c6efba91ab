/**
 * The span a periodic report covers: 本期（2026年6月29日-7月3日）, 本周（2023-07-10 至 2023-07-14）,
 * or, failing a labelled span, the span most chart captions carry (图表 1：…（6.29-7.3）).
 * Year-less spans take the context year (the report's own year).
 */
import type { Period } from '../../../schema/report.ts';
import { parseSpan } from './dates/grammar.ts';

/** 本期 / 本周 / 报告期, a few words (行情回顾), then the span in brackets. */
const LABELLED_SPAN = /(?:本期|本周|报告期|统计期|统计区间)[\u4e00-\u9fa5]{0,8}?\s*[（(]([^（）()]{3,40})[）)]/g;
const BRACKETED = /[（(]([^（）()]{3,40})[）)]/g;
/** The labels LABELLED_SPAN starts with: a line without one holds no labelled span. */
const SPAN_LABEL = /本期|本周|报告期|统计期|统计区间/;
const CAPTION = /^(图表|图|表)\s*\d/;

/** The most frequent period in the list (the first one on ties). */
function mostFrequent(periods: readonly Period[]): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  for (const period of periods) {
    const key = `${period.start}/${period.end}`;
    const seen = counts.get(key);
    counts.set(key, { period, count: (seen?.count ?? 0) + 1 });
  }
  let best: { period: Period; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.period ?? null;
}

function spansIn(lines: readonly string[], pattern: RegExp, contextYear: number | null): Period[] {
  const spans: Period[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(pattern)) {
      const span = parseSpan(match[1] ?? '', contextYear);
      if (span) spans.push(span);
    }
  }
  return spans;
}

/** The report's period: labelled spans first, chart-caption spans second; null when neither. */
export function findPeriod(lines: readonly string[], contextYear: number | null): Period | null {
  const labelled = mostFrequent(spansIn(lines.filter((line) => SPAN_LABEL.test(line)), LABELLED_SPAN, contextYear));
  if (labelled) return labelled;
  const captions = lines.filter((line) => CAPTION.test(line));
  return mostFrequent(spansIn(captions, BRACKETED, contextYear));
}
