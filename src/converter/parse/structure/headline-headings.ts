/**
 * Headings printed only in bold: company notes without numbering set each part's headline on a
 * line of its own (营收规模符合预期，高强度研发持续投入), between the end of one paragraph and the
 * full-width first line of the next. With the bold lost, that position and shape are what is left:
 * a short headline line, after a sentence's end, before a line of running text.
 */
import { isCaptionOrSource } from './headings.ts';
import type { HeadingHit } from './heading-scan.ts';
import { labelledRunLabels } from './key-points.ts';
import { matchLabel } from './labels.ts';
import { printedWidth } from '../text/line-kinds.ts';
import { isBlank, plainLine } from './text-utils.ts';

const MIN_LENGTH = 6;
const MAX_LENGTH = 36;
/** A headline quotes a few figures at most. */
const MAX_FIGURES = 4;
/** A headline is at most this share of a full line's width; the paragraph line after it at least this. */
const HEADLINE_SHARE = 0.8;
/** …or at most this share of the running text around it (a first page's column is narrower than later pages). */
const LOCAL_HEADLINE_SHARE = 0.88;
const LOCAL_WINDOW = 12;
const FULL_LINE_SHARE = 0.75;

/** The width a line of running text fills: the 90th percentile of the prose lines' widths (tables' rows are wider). */
function fullWidth(lines: readonly string[]): number {
  const prose = lines.filter(isProse);
  const widths = prose.map((line) => printedWidth(line.trim())).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 0;
}

/** Whether a prose line is part of running text (not a table row, with a clause mark). */
function isProse(line: string): boolean {
  return !isBlank(line) && !/\S {3,}\S/u.test(line.trim()) && /[，。；、]/u.test(line);
}

/** The median width of the running text within a few lines of line `i`. */
function localWidth(lines: readonly string[], i: number): number {
  const near = lines.slice(Math.max(0, i - LOCAL_WINDOW), i + LOCAL_WINDOW + 1).filter((line, k) => k !== Math.min(i, LOCAL_WINDOW) && isProse(line));
  const widths = near.map((line) => printedWidth(line.trim())).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}

/** Whether a line is short for a line of running text: of the whole report's, or of the text around it. */
function isShortLine(lines: readonly string[], i: number, text: string, full: number): boolean {
  const width = printedWidth(text);
  return width <= HEADLINE_SHARE * full || width <= LOCAL_HEADLINE_SHARE * localWidth(lines, i);
}

function neighbour(lines: readonly string[], i: number, step: 1 | -1): string | null {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!isBlank(lines[k]!)) return lines[k]!.trim();
  return null;
}

/** Whether a line reads as a headline: short, no sentence, not a caption, label, number or table row. */
function isHeadlineText(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < MIN_LENGTH || compact.length > MAX_LENGTH) return false;
  if (/[。；！？!?]|[，、：:,;（(“]$|^[-+%.（(，、。；：,]|^\d{1,2}[.、)）]/u.test(text) || isCaptionOrSource(text)) return false;
  // Figures are allowed (2025Q4、2026Q1 锂盐价格延续上行), a data line's run of them is not.
  if (/\s{2,}/u.test(text) || (text.match(/\d/g)?.length ?? 0) > compact.length / 3) return false;
  if ((text.match(/\d+(?:\.\d+)?/g)?.length ?? 0) > MAX_FIGURES) return false;
  if ((text.match(/[\u3400-\u9fff]/gu)?.length ?? 0) < compact.length / 2) return false;
  return matchLabel(text) === null;
}

/**
 * Some templates end a headline with a full stop (网内市场稳步推进，公司市占率维持领先。): a short
 * line of two clauses and one sentence, between paragraphs, is one too; the stop is not its title's.
 */
function withoutFullStop(text: string): string {
  const bare = text.replace(/。$/u, '');
  return bare !== text && /[，,]/u.test(bare) && !/[。；！？]/u.test(bare) ? bare : text;
}

/** Headline headings in `lines` (for reports that mark their parts by nothing else). */
export function headlineHeadings(lines: readonly string[]): HeadingHit[] {
  const full = fullWidth(lines);
  if (full === 0) return [];
  const hits: HeadingHit[] = [];
  lines.forEach((line, i) => {
    const printed = plainLine(line);
    const text = withoutFullStop(printed);
    if (isBlank(line) || !isHeadlineText(text) || !isShortLine(lines, i, printed, full)) return;
    const before = neighbour(lines, i, -1);
    const after = neighbour(lines, i, 1);
    if (after === null || printedWidth(after) < FULL_LINE_SHARE * full || isCaptionOrSource(after)) return;
    // What comes before has ended: a sentence, or a short label line (事件, 日期).
    if (before !== null && !/[。；！？”）)]$/u.test(before) && !(before.length <= 12 && !/[，、,]$/u.test(before))) return;
    hits.push({ start: i, end: i, title: text, level: 1, numbering: null, source: 'bullet', markdown: false });
  });
  return hits;
}

/** A paragraph opening with a short label (11 月行情回顾：…, 人工智能动态：…); the label without its month. */
const LABELLED_OPENING = /^(?:\d{1,2}\s*月)?\s*([\u3400-\u9fffA-Za-z&]{2,8})[:：]\s*\S/u;
/** The summary's labels must be read in this share of the lines (its page). */
const SUMMARY_SHARE = 0.25;
/** Paragraph openings with a label before those labels count. */
const MIN_SUMMARY_LABELS = 3;
const MAX_LABELLED_HEADING = 40;
const MAX_WRAPPED_TAIL = 30;
const WRAPPED_LINE_SHARE = 0.85;

/** The labels the summary opens its paragraphs with (行情回顾, 人工智能动态, 行业政策 …), months dropped. */
function summaryLabels(lines: readonly string[]): Set<string> {
  const run = labelledRunLabels(lines, Math.ceil(lines.length * SUMMARY_SHARE));
  const labels = new Set(run.map((label) => label.replace(/^\d{1,2}\s*月\s*/u, '')));
  return labels.size >= MIN_SUMMARY_LABELS ? labels : new Set();
}

/** Whether a heading's label is one of the summary's (互联网行业动态 and 行业动态 name one part). */
function isSummaryLabel(label: string, labels: ReadonlySet<string>): boolean {
  for (const known of labels) if (known === label || known.endsWith(label) || label.endsWith(known)) return true;
  return false;
}

/**
 * Headings that repeat the summary's labels: a weekly or monthly report sums its parts up on the
 * first page (行情回顾：…, 行业动态：…) and heads each part with a label and a headline
 * (行情回顾：11 月恒生科技指数下跌 3.2%), the headline sometimes wrapped onto a second line. Lines of
 * the same form whose label the summary does not use (OpenAI：…, 谷歌：…) head the parts inside them.
 */
export function labelledHeadings(lines: readonly string[]): HeadingHit[] {
  const labels = summaryLabels(lines);
  if (labels.size === 0) return [];
  const full = fullWidth(lines);
  const hits: HeadingHit[] = [];
  const from = Math.ceil(lines.length * SUMMARY_SHARE * 0.5);
  for (let i = from; i < lines.length; i += 1) {
    const text = plainLine(lines[i]!);
    const match = LABELLED_OPENING.exec(text);
    if (!match || /[。；！？]/u.test(text) || text.replace(/\s+/g, '').length > MAX_LABELLED_HEADING) continue;
    const before = neighbour(lines, i, -1);
    const afterHeading = hits.length > 0 && lines.slice(hits.at(-1)!.end + 1, i).every((line) => isBlank(line));
    if (before !== null && !afterHeading && !/[。；！？”）)]$/u.test(before)) continue;
    const next = neighbourIndex(lines, i);
    const tail = next === null ? '' : plainLine(lines[next]!);
    const wrapped = next !== null && !/[，、：:。；]$/u.test(text) && tail.replace(/\s+/g, '').length <= MAX_WRAPPED_TAIL && !/[。；]/u.test(tail) && !LABELLED_OPENING.test(tail);
    // A full line that the next line ends as a sentence is a paragraph's first line (a list item's).
    if (!wrapped && printedWidth(text) >= WRAPPED_LINE_SHARE * full) continue;
    const end = wrapped ? next! : i;
    const title = wrapped ? `${text}${tail}` : text;
    hits.push({ start: i, end, title, level: isSummaryLabel(match[1]!, labels) ? 1 : 2, numbering: null, source: 'bullet', markdown: false });
    i = end;
  }
  return hits.some((hit) => hit.level === 1) ? hits : [];
}

function neighbourIndex(lines: readonly string[], i: number): number | null {
  for (let k = i + 1; k < lines.length; k += 1) if (!isBlank(lines[k]!)) return k;
  return null;
}
