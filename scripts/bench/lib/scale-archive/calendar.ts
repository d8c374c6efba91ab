/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and the shift that moves a
 * template's dates to a report's: by whole days for weekly reports (so weekdays stay weekdays),
 * by whole months for monthly ones (so "6 月投资策略" stays about its month).
 */

const DAY_MS = 86_400_000;

/** A calendar date. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The day number of a date, or null when the date does not exist (2 月 30 日). */
export function dayNumber(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.getTime() / DAY_MS;
}

export function ymdOf(day: number): Ymd {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Day number of an ISO date (2026-07-03). */
export function dayOfIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The date `months` months later, its day clamped to the month's length (1 月 31 日 + 1 → 2 月 28 日). */
export function addMonths(date: Ymd, months: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

function monthIndex(date: Ymd): number {
  return date.y * 12 + date.m - 1;
}

/** How one report's dates differ from its template's. */
export interface DateShift {
  mode: 'days' | 'months';
  /** The template's reference day (its publication date or period end). */
  anchor: number;
  /** Whole days (mode `days`). */
  days: number;
  /** Whole months: the shift itself (mode `months`) or what it amounts to for month-only dates. */
  months: number;
  /** What the shift amounts to for year-only dates (2025E, 24 年). */
  years: number;
}

/** The shift that moves `anchor` to `target` (both day numbers); `target` is already on the mode's grid. */
export function shiftBetween(anchor: number, target: number, mode: DateShift['mode']): DateShift {
  const from = ymdOf(anchor);
  const to = ymdOf(target);
  const months = monthIndex(to) - monthIndex(from);
  return { mode, anchor, days: mode === 'days' ? target - anchor : 0, months, years: to.y - from.y };
}

/** The shifted full date, or null when the date does not exist. */
export function shiftDate(date: Ymd, shift: DateShift): Ymd | null {
  const day = dayNumber(date.y, date.m, date.d);
  if (day === null) return null;
  return shift.mode === 'days' ? ymdOf(day + shift.days) : addMonths(date, shift.months);
}

/** A year-less month and day placed in the year nearest the anchor (as the parser reads it). */
export function nearestYear(m: number, d: number, anchor: number): Ymd | null {
  const year = ymdOf(anchor).y;
  let best: Ymd | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const day = dayNumber(y, m, d);
    if (day !== null && Math.abs(day - anchor) < bestDistance) {
      best = { y, m, d };
      bestDistance = Math.abs(day - anchor);
    }
  }
  return best;
}

/** A month number (1–12) moved by the shift's months. */
export function shiftMonth(m: number, shift: DateShift): number {
  return ((((m - 1 + shift.months) % 12) + 12) % 12) + 1;
}
