/**
 * Date grammar for report metadata.
 *
 *   date  := 2026年6月29日 | 2026 年 6 月 29 日 | 2026-06-29 | 2026.06.29 | 2026/06/29
 *          | 二〇二六年六月二十九日 | 29 June 2026 | June 29, 2026
 *          | 6月29日 | 6.29                       (year from context)
 *   span  := date SEP end                          SEP := - – — ~ ～ 至 到
 *   end   := date | 7月3日 | 30日 | 7.3            (missing parts from the start)
 *   compact := 20260629                            (only where a label says it is a date)
 *
 * Full-width digits and punctuation (２０２６／０６／２９) read as their ASCII forms. A span whose
 * end falls before its start without a year of its own rolls over into the next year (12.29-1.2).
 */
import type { IsoDate, Period } from '../../../../schema/report.ts';

/** A date as printed, its year possibly missing. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number;
}

/** A fully specified date found in running text. */
export interface FoundDate {
  iso: IsoDate;
  /** Offset of the match in the searched text. */
  index: number;
  /** Offset just after the match. */
  end: number;
}

const CJK_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/y;
const NUMERIC_DATE = /(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])/y;
const DOTTED_MONTH_DAY = /(\d{1,2})\.(\d{1,2})(?![\d.%])/y;
const DAY_ONLY = /(\d{1,2})\s*[日号]/y;
const SPAN_SEPARATOR = /\s*(?:[-–—~～]+|至|到)\s*/y;
const COMPACT_DATE = /((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/y;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const CN_DIGIT = '〇零一二三四五六七八九';
const CN_NUMBER = '[一二三四五六七八九十]{1,3}';

/** Dates that name their year, in every printed form; `\d` here is ASCII (the text is folded first). */
const FULL_DATES = new RegExp(
  [
    String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`,
    String.raw`(?<!\d)(\d{4})\s*([-./])\s*(\d{1,2})\s*\5\s*(\d{1,2})(?![\d.])`,
    `([${CN_DIGIT}]{4})年(${CN_NUMBER})月(${CN_NUMBER})[日号]`,
    String.raw`(?<![\dA-Za-z])(\d{1,2})\s+${MONTH_NAME},?\s+(\d{4})(?!\d)`,
    String.raw`(?<![A-Za-z])${MONTH_NAME}\s+(\d{1,2}),?\s+(\d{4})(?!\d)`,
  ].join('|'),
  'gi',
);

/**
 * Full-width digits, Latin letters and date separators (２０２６／０６－２９, ＳＨ) and the ideographic
 * space as their ASCII forms; Chinese punctuation (：，（）) stays as printed. Length is kept.
 */
const FULL_WIDTH = /[\uff0d-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g;

export function foldWidth(text: string): string {
  if (!/[\uff0d-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/.test(text)) return text;
  return text.replace(FULL_WIDTH, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** 二〇二六 → 2026 (digit by digit); 二十九 → 29 (a number up to 99). */
function chineseNumber(text: string, digitwise: boolean): number {
  if (digitwise) return Number([...text].map((char) => Math.max(0, CN_DIGIT.indexOf(char) - 1)).join(''));
  const value = (char: string | undefined): number => (char ? '一二三四五六七八九'.indexOf(char) + 1 : 0);
  const ten = text.indexOf('十');
  if (ten < 0) return value(text[0]);
  return (ten === 0 ? 1 : value(text[ten - 1])) * 10 + value(text[ten + 1]);
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The ISO date, or null when the day does not exist (2月30日). */
export function toIso(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Run a sticky pattern at `at`; the match and where it ends. */
function stickyMatch(pattern: RegExp, text: string, at: number): { groups: string[]; end: number } | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) return null;
  return { groups: match.map((group) => group ?? ''), end: pattern.lastIndex };
}

function num(text: string | undefined): number | null {
  return text ? Number(text) : null;
}

/** A date at offset `at` (full, 6月29日 or, when `allowDotted`, 6.29), and where it ends. */
export function readDate(text: string, at: number, allowDotted = true): { date: DateParts; end: number } | null {
  const cjk = stickyMatch(CJK_DATE, text, at);
  if (cjk) return { date: { year: num(cjk.groups[1]), month: Number(cjk.groups[2]), day: Number(cjk.groups[3]) }, end: cjk.end };
  const numeric = stickyMatch(NUMERIC_DATE, text, at);
  if (numeric) {
    const [, year, , month, day] = numeric.groups;
    return { date: { year: Number(year), month: Number(month), day: Number(day) }, end: numeric.end };
  }
  const dotted = allowDotted ? stickyMatch(DOTTED_MONTH_DAY, text, at) : null;
  if (dotted) return { date: { year: null, month: Number(dotted.groups[1]), day: Number(dotted.groups[2]) }, end: dotted.end };
  return null;
}

/** A compact date (20250324) at offset `at`: only where a label says a date follows. */
export function readCompactDate(text: string, at: number): FoundDate | null {
  const match = stickyMatch(COMPACT_DATE, text, at);
  const iso = match ? toIso(Number(match.groups[1]), Number(match.groups[2]), Number(match.groups[3])) : null;
  return match && iso ? { iso, index: at, end: match.end } : null;
}

/** A span's end: a date, or a bare day (30日) in the start's month. */
function readSpanEnd(text: string, at: number, start: DateParts): { date: DateParts; end: number } | null {
  const date = readDate(text, at);
  if (date) return date;
  const day = stickyMatch(DAY_ONLY, text, at);
  return day ? { date: { year: null, month: start.month, day: Number(day.groups[1]) }, end: day.end } : null;
}

/** One whole date string (2026年7月3日, 2026-07-03, 7月3日 with a context year) as ISO. */
export function parseDate(text: string, contextYear: number | null = null): IsoDate | null {
  const trimmed = foldWidth(text).trim();
  const read = readDate(trimmed, 0);
  if (!read || read.end !== trimmed.length) return null;
  const year = read.date.year ?? contextYear;
  return year === null ? null : toIso(year, read.date.month, read.date.day);
}

/** A whole span string (2026年6月29日-7月3日, 6.29-7.3, 2023-07-10 至 2023-07-14) as a period. */
export function parseSpan(text: string, contextYear: number | null = null): Period | null {
  const trimmed = foldWidth(text).trim();
  const start = readDate(trimmed, 0);
  if (!start) return null;
  const separator = stickyMatch(SPAN_SEPARATOR, trimmed, start.end);
  if (!separator) return null;
  const end = readSpanEnd(trimmed, separator.end, start.date);
  if (!end || end.end !== trimmed.length) return null;
  return resolveSpan(start.date, end.date, contextYear);
}

/** Fill in the years of a span: from the start, the end, or the context; roll over a new year. */
function resolveSpan(start: DateParts, end: DateParts, contextYear: number | null): Period | null {
  const startYear = start.year ?? end.year ?? contextYear;
  if (startYear === null) return null;
  let endYear = end.year ?? startYear;
  const endsEarlier = end.month * 100 + end.day < start.month * 100 + start.day;
  if (end.year === null && endsEarlier) endYear += 1;
  let realStartYear = startYear;
  if (start.year === null && end.year !== null && endsEarlier) realStartYear -= 1;
  const from = toIso(realStartYear, start.month, start.day);
  const to = toIso(endYear, end.month, end.day);
  if (!from || !to || from > to) return null;
  return { start: from, end: to };
}

/** The valid date a FULL_DATES match spells, or null (31 February). */
function isoOf(match: RegExpMatchArray): IsoDate | null {
  const g = match;
  if (g[1]) return toIso(Number(g[1]), Number(g[2]), Number(g[3]));
  if (g[4]) return toIso(Number(g[4]), Number(g[6]), Number(g[7]));
  if (g[8]) return toIso(chineseNumber(g[8], true), chineseNumber(g[9]!, false), chineseNumber(g[10]!, false));
  if (g[11]) return toIso(Number(g[13]), monthOf(g[12]!), Number(g[11]));
  return toIso(Number(g[16]), monthOf(g[14]!), Number(g[15]));
}

/** Every fully specified date (with its year) in running text, in order. */
export function findFullDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of foldWidth(text).matchAll(FULL_DATES)) {
    const iso = isoOf(match);
    if (iso) found.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The first fully specified date in the text (findFullDates(text)[0], without reading the rest of it). */
export function firstFullDate(text: string): IsoDate | null {
  for (const match of foldWidth(text).matchAll(FULL_DATES)) {
    const iso = isoOf(match);
    if (iso) return iso;
  }
  return null;
}

/** The year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
