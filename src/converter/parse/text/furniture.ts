/**
 * Page furniture: page numbers, running headers and footers, QR-code prompts. Three rules:
 * known patterns, short lines that recur on many pages, and short lines trapped inside a
 * page-break run (between two furniture lines with only blanks in between).
 */
import {
  bulletMarker,
  endsSentence,
  isBlank,
  isCaption,
  isNumberedHeading,
  isNumberedItem,
  isSourceLine,
  isTableRow,
  isWhitespaceCode,
} from './line-kinds.ts';

/** Bare page numbers: `3`, `第 3 页`, `3/15`, `- 3 -`, `Page 3 of 15`. */
const PAGE_NUMBER =
  /^(?:\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|page\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$/iu;

/** Running footers that point the reader to the disclaimer, and QR-code prompts. */
const RUNNING_FOOTER = [
  /^(?:请务必|敬请|请)(?:仔细)?(?:阅读|参阅|参见).{0,30}(?:声明|免责|披露|重要)/u,
  /^本报告.{0,20}(?:请务必|敬请)(?:阅读|参阅).{0,30}(?:声明|免责|披露|重要)/u,
];
const QR_PROMPT = /扫码|扫一扫|扫描.{0,6}二维码|长按识别/u;

/** Headers that are furniture only when they recur (on a cover page they are metadata). */
const RECURRING_HEADER = /^(?:证券研究报告|研究报告|行业研究|公司研究|策略研究)$/u;

/** A recurring short line this long or shorter may be a running header. */
const MAX_HEADER_LENGTH = 30;
/** Running footers are one printed line; a longer line is prose that happens to start alike. */
const MAX_FOOTER_LENGTH = 60;
/** A short line that appears this often is a running header. */
const MIN_REPEATS = 3;

/** Removes page furniture from body lines; blank lines are kept. */
export function stripFurniture(lines: readonly string[]): string[] {
  const furniture = furnitureMask(lines);
  return lines.filter((_, i) => !furniture[i]);
}

/** Which lines are page furniture (true) and which are text. */
export function furnitureMask(lines: readonly string[]): boolean[] {
  const counts = countShortLines(lines);
  const furniture = lines.map((line) => isFurniture(line, counts));
  markTrappedLines(lines, furniture);
  return furniture;
}

/** Whether a line is furniture on its own (before looking at its neighbours). */
function isFurniture(line: string, counts: ReadonlyMap<string, number>): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (PAGE_NUMBER.test(text)) return true;
  if (text.length <= MAX_FOOTER_LENGTH && RUNNING_FOOTER.some((pattern) => pattern.test(text))) return true;
  if (text.length <= MAX_HEADER_LENGTH && QR_PROMPT.test(text)) return true;
  // Only short lines are counted: a line with more non-blank characters than that has no count.
  const repeats = hasMoreNonBlanks(text, MAX_HEADER_LENGTH) ? 0 : (counts.get(key(text)) ?? 0);
  if (RECURRING_HEADER.test(text) && repeats >= 2) return true;
  return repeats >= MIN_REPEATS && mayBeRunningHeader(text);
}

/** Counts each short line's occurrences (by a whitespace-insensitive key). */
function countShortLines(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.trim();
    if (text === '' || text.length > MAX_HEADER_LENGTH) continue;
    const k = key(text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function key(text: string): string {
  return /\s/.test(text) ? text.replace(/\s+/g, '') : text;
}

/** Whether `text` has more than `limit` characters that are not whitespace (`\s`); stops early. */
function hasMoreNonBlanks(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isWhitespaceCode(text.charCodeAt(i)) && ++count > limit) return true;
  return false;
}

/**
 * Whether a recurring short line could be a running header rather than content that repeats
 * legitimately: source lines, captions, headings, list items, table rows, bracketed block
 * labels (`【行业重大事件】`), label lines ending in a colon, sentences and lines with numbers are content.
 */
function mayBeRunningHeader(text: string): boolean {
  if (isSourceLine(text) || isCaption(text) || isNumberedHeading(text) || isNumberedItem(text)) return false;
  if (isTableRow(text) || bulletMarker(text) !== '' || endsSentence(text)) return false;
  if (/^[【\[].*[】\]]$/u.test(text) || /[:：]$/u.test(text)) return false;
  return !/\d/.test(text);
}

/**
 * A short line (≤ 30 characters, no sentence end) inside a page-break run, with furniture lines
 * before and after it and only blanks in between, is furniture too: e.g. a one-off `证券研究报告`
 * between the page footer and the page number.
 */
function markTrappedLines(lines: readonly string[], furniture: boolean[]): void {
  let previousFurniture = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    if (furniture[i]) {
      previousFurniture = i;
      continue;
    }
    if (previousFurniture < 0 || !isShortPlain(line)) {
      previousFurniture = -1;
      continue;
    }
    const next = nextNonBlank(lines, i + 1);
    if (next >= 0 && furniture[next]) furniture[i] = true;
    else previousFurniture = -1;
  }
}

function isShortPlain(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_HEADER_LENGTH && !endsSentence(text) && !isTableRow(text);
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) if (!isBlank(lines[i] ?? '')) return i;
  return -1;
}
