/**
 * The publication date of a report that prints none. A report is published on or after every
 * date it reports on, so the latest of its period's end, its 截至 (data as-of) dates, the data
 * dates on its first page (股价日期, 市场数据(2026-04-24)), the end of a labelled data span
 * (回测区间：2018 年 1 月 1 日 ~ 2024 年 2 月 8 日) and its newest related report is the best
 * estimate; the warning says which it came from.
 */
import type { IsoDate, Period, RelatedReport } from '../../../../schema/report.ts';
import { parseSpan, readDate, toIso } from './grammar.ts';

/** The date and where it came from; a warning when inferred or missing. */
export interface PublicationDate {
  date: IsoDate | null;
  dateSource: 'explicit' | 'inferred' | null;
  warnings: string[];
}

/** What else the text says about when it was written. */
export interface DateClues {
  period: Period | null;
  related: readonly RelatedReport[];
  /** Data dates printed on the first page (股价日期, 市场数据, 基础数据 …). */
  dataDates?: readonly IsoDate[];
}

const AS_OF = /截[至止](?:到|至)?(?:日期)?\s*[:：]?\s*/g;
/** 回测区间 / 样本区间 / 统计区间 …, then the span. */
const DATA_SPAN = /(?:回测|样本|测试|统计|数据|考察|观察)(?:区间|期间|时间段|时段|期)\s*[:：为]?\s*([^；;，,。)）\n]{6,48})/g;

/** A full date (with its year) that starts right at `at`. */
function fullDateAt(text: string, at: number): IsoDate | null {
  const read = readDate(text, at, false);
  if (!read || read.date.year === null) return null;
  return toIso(read.date.year, read.date.month, read.date.day);
}

/** Every 截至 date in the text that names its year. */
export function asOfDates(lines: readonly string[]): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const line of lines) {
    if (!line.includes('截')) continue; // every 截至 / 截止 label starts with it
    for (const match of line.matchAll(AS_OF)) {
      const date = fullDateAt(line, match.index + match[0].length);
      if (date) dates.push(date);
    }
  }
  return dates;
}

/** The ends of labelled data spans (回测区间：… ~ 2024 年 2 月 8 日). */
export function dataSpanEnds(lines: readonly string[]): IsoDate[] {
  const ends: IsoDate[] = [];
  for (const line of lines) {
    if (!/区间|期间|时间段|时段|样本期|统计期/.test(line)) continue;
    for (const match of line.matchAll(DATA_SPAN)) {
      const span = parseSpan(match[1] ?? '');
      if (span) ends.push(span.end);
    }
  }
  return ends;
}

interface Evidence {
  date: IsoDate;
  what: string;
}

/** The latest of the dates a report covers, with what it was inferred from. */
export function inferDate(lines: readonly string[], clues: DateClues): PublicationDate {
  const evidence: Evidence[] = [];
  if (clues.period) evidence.push({ date: clues.period.end, what: '报告期' });
  for (const date of asOfDates(lines)) evidence.push({ date, what: '“截至”数据日期' });
  for (const date of clues.dataDates ?? []) evidence.push({ date, what: '首页数据日期' });
  for (const date of dataSpanEnds(lines)) evidence.push({ date, what: '数据区间' });
  for (const report of clues.related) if (report.date) evidence.push({ date: report.date, what: '最新相关研究日期' });
  // Latest first; on equal dates the earlier-listed (stronger) source names the warning.
  const latest = evidence.reduce<Evidence | null>((best, e) => (!best || e.date > best.date ? e : best), null);
  if (!latest) return { date: null, dateSource: null, warnings: ['未找到报告日期（date）'] };
  return { date: latest.date, dateSource: 'inferred', warnings: [`发布日期（date）由${latest.what}推断（${latest.date}）`] };
}
