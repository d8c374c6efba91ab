/**
 * Event dates: `7 月 2 日`, `当地时间 6 月 28 日`, `2026年5月12日`, `5月20日晚` resolved to ISO dates.
 * A date without a year takes the year that puts it nearest the report's own time (its period
 * end, else its date), so `12 月 29 日` in a report of 2027-01-03 is 2026-12-29.
 */
import type { IsoDate, Period } from '../../../schema/report.ts';

/** Where an event date's missing year comes from. */
export interface DateReference {
  period: Period | null;
  date: IsoDate | null;
}

const DATE_IN_TEXT = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DAY_MS = 86_400_000;

function iso(year: number, month: number, day: number): IsoDate | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function referenceTime(reference: DateReference): number | null {
  const anchor = reference.period?.end ?? reference.date;
  return anchor ? Date.parse(`${anchor}T00:00:00Z`) : null;
}

/** The year-less month and day, placed in the year nearest the reference. */
export function resolveMonthDay(month: number, day: number, reference: DateReference): IsoDate | null {
  const anchor = referenceTime(reference);
  if (anchor === null) return null;
  const year = new Date(anchor).getUTCFullYear();
  const candidates = [year - 1, year, year + 1]
    .map((y) => iso(y, month, day))
    .filter((d): d is IsoDate => d !== null);
  const distance = (d: IsoDate) => Math.abs(Date.parse(`${d}T00:00:00Z`) - anchor) / DAY_MS;
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The first full day date written in `text`, resolved against the reference. */
export function firstEventDate(text: string, reference: DateReference): { date: IsoDate; index: number; length: number } | null {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = year ? iso(Number(year), Number(month), Number(day)) : resolveMonthDay(Number(month), Number(day), reference);
  return date ? { date, index: match.index, length: match[0].length } : null;
}
