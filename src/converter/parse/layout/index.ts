/**
 * Stage "layout": raw report text → its kind and its lines in reading order, each in a zone of its
 * page (see `types.ts`). Each kind has its own reader; every later stage reads this model.
 *
 *   columns/    pdftotext -layout: pages from footers, side column split from the body by column
 *   markdown/   MinerU Markdown: first page, masthead and body, furniture, template tags scrubbed
 *   flattened/  one-line texts: pages at repeated furniture, lines re-cut at tags, numbers, captions, labels
 *   (plain)     hard-wrapped single-column text: pages at form feeds, first page's masthead
 */
import { cleanLine, titlePageLength } from '../metadata/lines.ts';
import { cleanText, normalizeText } from '../text/normalize.ts';
import { readColumns } from './columns/index.ts';
import { detectLayout } from './detect.ts';
import { readFlattened } from './flattened/index.ts';
import { readMarkdown } from './markdown/index.ts';
import type { LayoutKind, LayoutLine, ReportLayout } from './types.ts';

/** Without a page break, the first page is taken to end at its first running footer, or after this many lines. */
const FIRST_PAGE_MAX_LINES = 150;
const PAGE_FOOTER = /^(?:请务必|敬请|请)(?:仔细)?(?:阅读|参阅|参见).{0,30}(?:声明|免责|披露|重要)/u;

/** Reads a report's raw (decoded) text into its layout. */
export function readLayout(raw: string): ReportLayout {
  const kind = detectLayout(raw);
  return { kind, lines: readerFor(kind)(raw) };
}

function readerFor(kind: LayoutKind): (raw: string) => LayoutLine[] {
  if (kind === 'columns') return readColumnPages;
  if (kind === 'markdown') return (raw) => readMarkdown(cleanText(raw));
  if (kind === 'flattened') return readFlattened;
  return readPlain;
}

/** Form feeds are page breaks the column reader trusts as they are; each piece is read on its own. */
function readColumnPages(raw: string): LayoutLine[] {
  let pageOffset = 0;
  return raw.split('\f').flatMap((piece) => {
    const lines = readColumns(cleanText(piece)).map((line) => ({ ...line, page: line.page + pageOffset }));
    pageOffset = lines.at(-1)?.page ?? pageOffset;
    return lines;
  });
}

/** Single-column text: pages at form feeds; the first page's title page (before its summary or prose) is its masthead. */
function readPlain(raw: string): LayoutLine[] {
  const pages = raw.split('\f').map((page) => normalizeText(page).split('\n'));
  if (pages.length === 1) pages.splice(0, 1, ...splitFirstPage(pages[0] ?? []));
  const mastheadEnd = titlePageLength((pages[0] ?? []).map(cleanLine));
  return pages.flatMap((page, i) =>
    page.map((text, k): LayoutLine => ({ text, page: i + 1, zone: i === 0 && k < mastheadEnd ? 'header' : 'body' })),
  );
}

/** A text without page breaks: its first page ends at the first running footer (or a line limit). */
function splitFirstPage(lines: string[]): string[][] {
  const footer = lines.findIndex((line) => PAGE_FOOTER.test(line.trim()));
  const end = footer >= 0 && footer < FIRST_PAGE_MAX_LINES ? footer + 1 : Math.min(lines.length, FIRST_PAGE_MAX_LINES);
  return end < lines.length ? [lines.slice(0, end), lines.slice(end)] : [lines];
}

/** The lines the structure stage reads: masthead and body, without furniture or the side column. */
export function bodyLines(layout: ReportLayout): string[] {
  return readingLines(layout).map((line) => line.text);
}

/** Masthead, body and back-matter lines in reading order, with their pages. */
export function readingLines(layout: ReportLayout): LayoutLine[] {
  return layout.lines.filter((line) => line.zone === 'header' || line.zone === 'body' || line.zone === 'back-matter');
}
