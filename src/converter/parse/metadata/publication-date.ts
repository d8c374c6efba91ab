/**
 * The publication date.
 *
 * Explicit: a labelled date (报告日期：2023-07-16, 发布日期：…) or a title-page line that is
 * only a date (2026年07月05日). Inferred otherwise: a report is published on or after every
 * date it reports on, so the latest of its 截至 (data as-of) dates, its period's end and its
 * newest related report is the best estimate; the warning says which it came from.
 */
import type { IsoDate, Period, RelatedReport } from '../../../schema/report.ts';
import { parseDate, readDate, toIso } from './dates.ts';

/** The date and where it came from; a warning when inferred or missing. */
export interface PublicationDate {
  date: IsoDate | null;
  dateSource: 'explicit' | 'inferred' | null;
  warnings: string[];
}

const DATE_LABEL = /(?:报告|发布|出版|发表)(?:日期|时间)\s*[:：]\s*/g;
const DATE_LINE_PREFIX = /^(?:证券研究报告|研究报告|日期)?\s*[|·:：]?\s*/;
const AS_OF = /截[至止](?:到|至)?(?:日期)?\s*[:：]?\s*/g;

/** A full date (with its year) that starts right at `at`. */
function fullDateAt(text: string, at: number): IsoDate | null {
  const read = readDate(text, at, false);
  if (!read || read.date.year === null) return null;
  return toIso(read.date.year, read.date.month, read.date.day);
}

/** The date the report prints as its own, from the front-matter lines. */
export function findExplicitDate(frontLines: readonly string[]): IsoDate | null {
  for (const line of frontLines) {
    for (const label of line.matchAll(DATE_LABEL)) {
      const date = fullDateAt(line, label.index + label[0].length);
      if (date) return date;
    }
  }
  for (const line of frontLines) {
    const date = parseDate(line.replace(DATE_LINE_PREFIX, ''));
    if (date && /\d{4}/.test(line)) return date;
  }
  return null;
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

interface Evidence {
  date: IsoDate;
  what: string;
}

/** The latest of the dates a report covers, with what it was inferred from. */
export function inferDate(lines: readonly string[], period: Period | null, related: readonly RelatedReport[]): PublicationDate {
  const evidence: Evidence[] = [];
  if (period) evidence.push({ date: period.end, what: '报告期' });
  for (const date of asOfDates(lines)) evidence.push({ date, what: '“截至”数据日期' });
  for (const report of related) if (report.date) evidence.push({ date: report.date, what: '最新相关研究日期' });
  // Latest first; on equal dates the earlier-listed (stronger) source names the warning.
  const latest = evidence.reduce<Evidence | null>((best, e) => (!best || e.date > best.date ? e : best), null);
  if (!latest) return { date: null, dateSource: null, warnings: ['未找到报告日期（date）'] };
  return { date: latest.date, dateSource: 'inferred', warnings: [`发布日期（date）由${latest.what}推断（${latest.date}）`] };
}
