/**
 * Lines → clean paragraphs.
 *
 * PDF extractors hard-wrap prose at the column width, sometimes with a blank line after every
 * wrapped line, and page furniture (already stripped) can split a sentence across a page break.
 * So blank lines alone cannot mark paragraphs. Instead: a line that reaches (close to) the
 * block's typical full width, or leaves a bracket open, and does not end a sentence continues
 * into the next non-blank line; any other line ends its paragraph. List items, captions,
 * source lines, numbered headings and table rows always start a new paragraph, and table rows
 * are passed through unchanged, one per paragraph.
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
  isWide,
  printedWidth,
} from './line-kinds.ts';

export { isTableRow } from './line-kinds.ts';

/** A line at least this share of the typical full width counts as a full (wrapped) line. */
const FULL_LINE_RATIO = 0.86;

/** A citation ending in a dash and a date (`《…》 ——2024-11-11`) ends its entry. */
const CITATION_DATE = /[—–-]\s*\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\s*$/u;

/** A line plus the next line's first word reaching this share of the full width was wrapped before that word. */
const NEXT_WORD_RATIO = 0.97;

/** Joins a run of body lines into clean paragraphs (hard wraps re-joined, Markdown markers dropped). */
export function joinParagraphs(lines: readonly string[]): string[] {
  const fullWidth = typicalFullWidth(lines);
  const paragraphs: string[] = [];
  // Pieces and the last character are kept apart: re-reading the end of one growing string
  // made joining quadratic in the length of a paragraph.
  let pieces: string[] = [];
  let lastChar = '';
  let previous = '';
  let inHtmlTable = false;
  const flush = () => {
    const text = cleanParagraph(pieces.join(''));
    if (text) paragraphs.push(text);
    pieces = [];
    lastChar = '';
    previous = '';
  };
  for (const line of lines) {
    if (inHtmlTable || isTableRow(line)) {
      flush();
      paragraphs.push(line);
      inHtmlTable = htmlTableStillOpen(line, inHtmlTable);
      continue;
    }
    if (isBlank(line)) continue;
    if (previous && !continuesInto(previous, line, fullWidth)) flush();
    const piece = pieces.length > 0 ? `${wrapSeparator(lastChar, line.trim())}${line.trim()}` : stripBullet(line.trim());
    pieces.push(piece);
    lastChar = piece.at(-1) ?? lastChar;
    previous = line;
  }
  flush();
  return paragraphs;
}

/** Whether an HTML table is still open after this line. */
function htmlTableStillOpen(line: string, wasOpen: boolean): boolean {
  const opens = (line.match(/<table\b/gi) ?? []).length;
  const closes = (line.match(/<\/table>/gi) ?? []).length;
  if (opens > closes) return true;
  if (closes > opens) return false;
  return wasOpen;
}

/** Lines that always begin a paragraph of their own: list items, captions, sources, headings. */
function startsNewParagraph(line: string): boolean {
  return (
    bulletMarker(line) !== '' ||
    isNumberedItem(line) ||
    isCaption(line) ||
    isSourceLine(line) ||
    isNumberedHeading(line)
  );
}

/** Whether a prose line runs on into the next non-blank line. */
function continuesInto(line: string, next: string, fullWidth: number): boolean {
  if (startsNewParagraph(next) || endsSentence(line) || CITATION_DATE.test(line)) return false;
  // Captions and source lines are complete however long they are.
  if (isCaption(line) || isSourceLine(line)) return false;
  if (isFullLine(line, next, fullWidth)) return true;
  return hasOpenBracket(line);
}

/**
 * Whether a line reaches the wrap width: it is close to the full width, or the next line's
 * first word (a Latin word wraps whole) would not have fitted after it.
 */
function isFullLine(line: string, next: string, fullWidth: number): boolean {
  const width = printedWidth(line);
  if (width >= fullWidth * FULL_LINE_RATIO) return true;
  const firstWord = /^\s*[A-Za-z0-9][\w.\-/+%]*/.exec(next)?.[0] ?? '';
  return firstWord !== '' && width + printedWidth(firstWord) + 0.3 >= fullWidth * NEXT_WORD_RATIO;
}

/** Whether a line leaves a book-title mark, bracket or quote open, so its sentence cannot have ended. */
function hasOpenBracket(text: string): boolean {
  const pairs: readonly (readonly [string, string])[] = [
    ['《', '》'],
    ['（', '）'],
    ['“', '”'],
  ];
  return pairs.some(([open, close]) => count(text, open) > count(text, close));
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n += 1;
  return n;
}

/**
 * The block's typical full line width: the upper quartile of its prose line widths. In a
 * hard-wrapped block most lines are full, so the quartile sits at the wrap width; in an
 * unwrapped block only the longest lines qualify.
 */
function typicalFullWidth(lines: readonly string[]): number {
  const widths = lines
    .filter((line) => !isBlank(line) && !isTableRow(line))
    .map(printedWidth)
    .sort((a, b) => a - b);
  if (widths.length === 0) return Infinity;
  return widths[Math.round((widths.length - 1) * 0.75)] ?? Infinity;
}

/** What joins a wrapped line to the text before it: one space only between two Latin letters or digits. */
function wrapSeparator(last: string, after: string): string {
  const first = after[0] ?? '';
  const latinBoundary = /[A-Za-z0-9,.;:!?%)]/.test(last) && /[A-Za-z0-9(]/.test(first);
  return latinBoundary && !isWide(last) ? ' ' : '';
}

function stripBullet(line: string): string {
  const marker = bulletMarker(line);
  return marker ? line.slice(marker.length) : line;
}

/** Drops Markdown bold markers (`**bold**`), paired or dangling at either end of the paragraph. */
function cleanParagraph(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^\*\*|\*\*$/g, '')
    .trim();
}
