/**
 * Moves every date written in a report by one shift, in a single pass so no date moves twice.
 * Each form keeps its spelling (spaces, zero padding, 日 or 号):
 *
 *   2026年6月29日 · 2026 年 6 月 29 日 · 2023-07-10 · 2026.07.05     full dates
 *   6 月 29 日 · （6.29-7.3）                                          year-less days and spans
 *   2026 年 6 月 · 5 月                                                 months
 *   2025E · 2026Q1 · 2024 年 · 24 年 · 23Q1                            years
 *
 * A form that is not a real date (2 月 30 日, 13 月) is left as written.
 */
import { nearestYear, shiftDate, shiftMonth, type DateShift, type Ymd } from './calendar.ts';
import { memoByLine } from './memo.ts';

/** Not inside a longer number or a decimal. */
const NB = String.raw`(?<![\d.])`;
const ALTERNATIVES = [
  String.raw`${NB}(?<fy>\d{4})(?<fa>\s*年\s*)(?<fm>\d{1,2})(?<fb>\s*月\s*)(?<fd>\d{1,2})(?<fu>\s*[日号])`,
  String.raw`${NB}(?<ny>\d{4})(?<ns>[-./])(?<nm>\d{1,2})\k<ns>(?<nd>\d{1,2})(?![\d.])`,
  String.raw`${NB}(?<my>\d{4})(?<ma>\s*年\s*)(?<mm>\d{1,2})(?<mu>\s*月)`,
  // Only inside brackets: a bare 1.5-2.0 is a range of numbers, not of days.
  String.raw`(?<=[（(]\s*)(?<sm>\d{1,2})\.(?<sd>\d{1,2})(?<ss>\s*[-–—~～]\s*)(?<em>\d{1,2})\.(?<ed>\d{1,2})(?![\d.%])`,
  String.raw`${NB}(?<dm>\d{1,2})(?<da>\s*月\s*)(?<dd>\d{1,2})(?<du>\s*[日号])`,
  String.raw`${NB}(?<om>\d{1,2})(?<ou>\s*月)`,
  String.raw`${NB}(?<qy>20[0-4]\d)(?<qu>[EAQ])(?![A-Za-z])`,
  String.raw`${NB}(?<yy>20[0-4]\d)(?<yu>\s*年)`,
  // Two-digit years (24 年, 23Q1), but not durations (近 20 年, 第 20 年).
  String.raw`${NB}(?<![近超约逾第前后]\s*)(?<ty>[12]\d)(?<tu>\s*年|Q[1-4])`,
];
const DATE_TOKEN = new RegExp(ALTERNATIVES.join('|'), 'g');

type Groups = Record<string, string | undefined>;

/** A number printed as it was: zero-padded (07) only when it was. */
function pad(value: number, original: string): string {
  return original.startsWith('0') ? String(value).padStart(original.length, '0') : String(value);
}

/** In a numeric date (2024-11-11) a two-digit field is fixed-width. */
function padField(value: number, original: string): string {
  return String(value).padStart(original.length, '0');
}

function num(text: string | undefined): number {
  return Number(text ?? 'NaN');
}

/** Shift a year-less day, placed in the year nearest the template's anchor. */
function shiftYearless(m: number, d: number, shift: DateShift): Ymd | null {
  const full = nearestYear(m, d, shift.anchor);
  return full ? shiftDate(full, shift) : null;
}

function fullDate(g: Groups, shift: DateShift): string | null {
  const to = shiftDate({ y: num(g['fy']), m: num(g['fm']), d: num(g['fd']) }, shift);
  return to && `${to.y}${g['fa']}${pad(to.m, g['fm']!)}${g['fb']}${pad(to.d, g['fd']!)}${g['fu']}`;
}

function numericDate(g: Groups, shift: DateShift): string | null {
  const to = shiftDate({ y: num(g['ny']), m: num(g['nm']), d: num(g['nd']) }, shift);
  return to && `${to.y}${g['ns']}${padField(to.m, g['nm']!)}${g['ns']}${padField(to.d, g['nd']!)}`;
}

function yearMonth(g: Groups, shift: DateShift): string | null {
  const m = num(g['mm']);
  if (m < 1 || m > 12) return null;
  const total = num(g['my']) * 12 + m - 1 + shift.months;
  const y = Math.floor(total / 12);
  return `${y}${g['ma']}${pad(total - y * 12 + 1, g['mm']!)}${g['mu']}`;
}

function dottedSpan(g: Groups, shift: DateShift): string | null {
  const from = shiftYearless(num(g['sm']), num(g['sd']), shift);
  const to = shiftYearless(num(g['em']), num(g['ed']), shift);
  return from && to && `${from.m}.${from.d}${g['ss']}${to.m}.${to.d}`;
}

function monthDay(g: Groups, shift: DateShift): string | null {
  const to = shiftYearless(num(g['dm']), num(g['dd']), shift);
  return to && `${pad(to.m, g['dm']!)}${g['da']}${pad(to.d, g['dd']!)}${g['du']}`;
}

function monthOnly(g: Groups, shift: DateShift): string | null {
  const m = num(g['om']);
  return m >= 1 && m <= 12 ? `${pad(shiftMonth(m, shift), g['om']!)}${g['ou']}` : null;
}

function yearOnly(g: Groups, shift: DateShift): string | null {
  if (g['qy'] !== undefined) return `${num(g['qy']) + shift.years}${g['qu']}`;
  if (g['yy'] !== undefined) return `${num(g['yy']) + shift.years}${g['yu']}`;
  const year = num(g['ty']);
  if (year < 15 || year > 35) return null;
  return `${pad((year + shift.years + 100) % 100, g['ty']!)}${g['tu']}`;
}

function replacement(g: Groups, shift: DateShift): string | null {
  if (g['fy'] !== undefined) return fullDate(g, shift);
  if (g['ny'] !== undefined) return numericDate(g, shift);
  if (g['my'] !== undefined) return yearMonth(g, shift);
  if (g['sm'] !== undefined) return dottedSpan(g, shift);
  if (g['dm'] !== undefined) return monthDay(g, shift);
  if (g['om'] !== undefined) return monthOnly(g, shift);
  return yearOnly(g, shift);
}

interface DateToken {
  index: number;
  text: string;
  groups: Groups;
}

const NO_TOKENS: readonly DateToken[] = [];

/** The dates written in a line (worked out once per distinct line). */
const tokensOf = memoByLine((line: string): readonly DateToken[] => {
  if (!/\d/.test(line)) return NO_TOKENS;
  const tokens = [...line.matchAll(DATE_TOKEN)].map((m) => ({ index: m.index, text: m[0], groups: m.groups as Groups }));
  return tokens.length > 0 ? tokens : NO_TOKENS;
});

/** One line with every date moved by `shift`. */
export function shiftLineDates(line: string, shift: DateShift): string {
  const tokens = tokensOf(line);
  if (tokens.length === 0 || (shift.days === 0 && shift.months === 0 && shift.years === 0)) return line;
  let out = '';
  let at = 0;
  for (const token of tokens) {
    out += line.slice(at, token.index) + (replacement(token.groups, shift) ?? token.text);
    at = token.index + token.text.length;
  }
  return out + line.slice(at);
}

/** The text with every date moved by `shift`. */
export function shiftDates(text: string, shift: DateShift): string {
  return text
    .split('\n')
    .map((line) => shiftLineDates(line, shift))
    .join('\n');
}
