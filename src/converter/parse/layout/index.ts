/**
 * Stage "layout": raw report text → its kind and its lines in reading order, each in a zone of its
 * page (see `types.ts`). Every later stage reads this model.
 */
import { normalizeText } from '../text/normalize.ts';
import { detectLayout } from './detect.ts';
import type { LayoutLine, ReportLayout } from './types.ts';

/** Without a page break, the first page is taken to end at its first running footer, or after this many lines. */
const FIRST_PAGE_MAX_LINES = 150;
const PAGE_FOOTER = /^(?:请务必|敬请|请)(?:仔细)?(?:阅读|参阅|参见).{0,30}(?:声明|免责|披露|重要)/u;

/** Reads a report's raw (decoded) text into its layout. */
export function readLayout(raw: string): ReportLayout {
  const kind = detectLayout(raw);
  const pages = raw.split('\f').map((page) => normalizeText(page).split('\n'));
  if (pages.length === 1) pages.splice(0, 1, ...splitFirstPage(pages[0] ?? []));
  const lines: LayoutLine[] = pages.flatMap((page, i) => page.map((text) => ({ text, page: i + 1, zone: i === 0 ? 'header' : 'body' }) as const));
  return { kind, lines };
}

/** A text without page breaks: its first page ends at the first running footer (or a line limit). */
function splitFirstPage(lines: string[]): string[][] {
  const footer = lines.findIndex((line) => PAGE_FOOTER.test(line.trim()));
  const end = footer >= 0 && footer < FIRST_PAGE_MAX_LINES ? footer + 1 : Math.min(lines.length, FIRST_PAGE_MAX_LINES);
  return end < lines.length ? [lines.slice(0, end), lines.slice(end)] : [lines];
}
