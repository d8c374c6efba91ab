/**
 * What a lost chart leaves in a flattened text: its axis labels and data run together
 * (`-40%-20%0%20%40%60%`, `2020-032020-072020-112021-03`, `1Q172Q173Q17`, `Nov-19Dec-19Jan-20`), and
 * the legend words after them (`半导体(申万)沪深300`). None of it is prose: it is dropped, so that a
 * sentence the chart interrupted at a page break reads on.
 */

/** A run of number-like characters: digits, signs, decimal points, percent, separators, and the A/E/Q/H of `2021E`, `1Q17`. */
const NUMERIC_RUN = /(?:[-+−]?\d[\d.,%‰:/~～\-−]*(?:[AEHQ](?![a-z])\d*)?)+/gu;
/** Month-year axis labels. */
const MONTH_AXIS = /(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[-/]?\d{2}){3,}/gu;

/** A run with at least this many digit groups, this long, is an axis or a row of chart data. */
const MIN_GROUPS = 5;
const MIN_LENGTH = 16;
/** So is any run of at least this many digit groups, or one unbroken run of this many digits. */
const MANY_GROUPS = 7;
const LONG_DIGITS = 10;

/** A legend after an axis: a short stretch without clause punctuation before the page ends. */
const MAX_LEGEND_LENGTH = 40;
const CLAUSE_PUNCTUATION = /[，。；：,;:！？、]/u;

function digitGroups(run: string): number {
  return run.match(/\d+/gu)?.length ?? 0;
}

/** Whether a run of number-like characters is chart residue rather than a figure in a sentence. */
export function isAxisRun(run: string): boolean {
  const groups = digitGroups(run);
  if (groups >= MANY_GROUPS) return true;
  if (groups >= MIN_GROUPS && run.length >= MIN_LENGTH) return true;
  // Years or values printed without separators (`20162017201820192020`); not a mobile number.
  return longestDigits(run) >= LONG_DIGITS && !/^1\d{10}$/u.test(run);
}

function longestDigits(run: string): number {
  return Math.max(0, ...(run.match(/\d+/gu) ?? []).map((d) => d.length));
}

/** Axis and chart-data runs in `text[from, to)`, as [start, end) ranges. */
export function axisRuns(text: string, from: number, to: number): { start: number; end: number }[] {
  const region = text.slice(from, to);
  const runs: { start: number; end: number }[] = [];
  for (const pattern of [NUMERIC_RUN, MONTH_AXIS]) {
    for (const match of region.matchAll(pattern)) {
      const before = region[match.index - 1] ?? '';
      // A licence (S…), a ticker (600584.SH) or a word with digits (H100) is not chart data.
      if (/[A-Za-z_]/u.test(before) || /^\.[A-Z]/u.test(region.slice(match.index + match[0].length))) continue;
      // A date printed right after the axis (`…150.6-2020年09月17日`) keeps its year.
      const year = /-?\d{4}$/u.exec(match[0]);
      const dated = year && /^[年/-]\d/u.test(region.slice(match.index + match[0].length, match.index + match[0].length + 2));
      const run = dated ? match[0].slice(0, year.index) : match[0];
      if (pattern === MONTH_AXIS || isAxisRun(run)) runs.push({ start: from + match.index, end: from + match.index + run.length });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** Whether the text between an axis run and the next page break (or run) is a chart legend. */
export function isLegend(text: string): boolean {
  const trimmed = text.trim();
  // A date is the masthead's, never a legend's.
  return trimmed.length > 0 && trimmed.length <= MAX_LEGEND_LENGTH && !CLAUSE_PUNCTUATION.test(trimmed) && !/\d{4}年\d{1,2}月/u.test(trimmed);
}
