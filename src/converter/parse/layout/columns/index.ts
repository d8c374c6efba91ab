/**
 * The reader for pdftotext -layout text: pages (footers and running headers are furniture),
 * vertical banners lifted out, and each page split into its side column and its body column by
 * character column. On the first page, what stands above the body's first line of prose is the
 * masthead (`header`), the side column is the `sidebar`; on later pages a side column is body
 * text read after the main column.
 */
import { restoreBullet } from '../bullets.ts';
import { blankTemplateTags } from '../template-tags.ts';
import type { LayoutLine, Zone } from '../types.ts';
import { liftBanners } from './banner.ts';
import { findBodyColumn } from './body-column.ts';
import { splitPages, type Page } from './pages.ts';
import { isProseSegment, segmentsOf } from './segments.ts';
import { sideColumnOf, splitColumns, type ColumnParts } from './split.ts';

/** Reads pdftotext -layout text into lines in reading order, with their pages and zones. */
export function readColumns(text: string): LayoutLine[] {
  const pages = splitPages(text.split('\n').map(blankTemplateTags));
  return pages.flatMap((page, i) => readPage(page, i + 1));
}

function readPage(page: Page, number: number): LayoutLine[] {
  const furniture: LayoutLine[] = [];
  const content: string[] = [];
  page.lines.forEach((line, i) => {
    if (page.furniture[i]) furniture.push({ text: line.trim(), page: number, zone: 'furniture' });
    else content.push(line);
  });
  const { lines, words } = liftBanners(content);
  const banners = words.map((text): LayoutLine => ({ text, page: number, zone: number === 1 ? 'header' : 'furniture' }));
  return [...banners, ...readColumnsOfPage(lines, number), ...furniture];
}

/** A page's lines in reading order: on page 1 header, sidebar, body; elsewhere body, then side text. */
function readColumnsOfPage(lines: readonly string[], page: number): LayoutLine[] {
  const body = findBodyColumn(lines);
  const side = body ? sideColumnOf(lines, body) : null;
  const parts: ColumnParts[] = body && side ? splitColumns(lines, body, side) : lines.map((line) => ({ side: '', body: line }));
  const start = page === 1 ? firstProseLine(parts) : 0;
  const line = (text: string, zone: Zone): LayoutLine => ({ text, page, zone });
  // The masthead stands above both columns; blocks set apart on one line (a date at the left, the
  // report type at the right; the rating box beside the title) are read one after another.
  const header = lines
    .slice(0, start)
    .flatMap((t) => t.trim().split(/ {4,}/u))
    .filter((t) => t !== '')
    .map((t) => line(restoreBullet(t), 'header'));
  const sideZone: Zone = page === 1 ? 'sidebar' : 'body';
  const sideLines = parts.slice(start).map((p) => p.side).filter((t) => t.trim() !== '').map((t) => line(restoreBullet(t), sideZone));
  const bodyLines = parts.slice(start).map((p) => line(restoreBullet(p.body), 'body'));
  return page === 1 ? [...header, ...sideLines, ...bodyLines] : [...bodyLines, ...sideLines];
}

/**
 * Where the first page's body begins: its first line of running prose — a line of a paragraph,
 * not a headline (a title is short and has no sentence end); a label just above it counts too.
 */
function firstProseLine(parts: readonly ColumnParts[]): number {
  const at = parts.findIndex((p) => segmentsOf(p.body).some(isProseSegment) && isParagraphLine(p.body.trim()));
  if (at < 0) return 0;
  // A label such as 投资要点 or 事件 heads the first paragraph: it belongs to the body.
  let start = at;
  // Walk up over the paragraph's opening lines (a bullet point's first line), the label lines
  // (投资要点, 事件) and blank lines just above — not over text beside nothing.
  const opensParagraph = (i: number) => /^\s*[■●◆▌⚫•❑➢◼]/u.test(parts[i]!.body) && parts[i + 1]?.body.trim() !== '';
  // Beside an empty body row, a short side line (证券分析师, a name) is the side column's own.
  const sideOnly = (i: number) => parts[i]!.body.trim() === '' && parts[i]!.side.trim().length <= 24;
  // A paragraph's first lines, right above the line found (no blank between), are the body's too.
  const continuesDown = (i: number) => {
    if (!segmentsOf(parts[i]!.body).some(isProseSegment)) return false;
    // Rows where only the side column has text pass beside the paragraph; a blank row ends it.
    for (let k = i + 1; k < parts.length; k += 1) {
      if (parts[k]!.body.trim() !== '') return true;
      if (parts[k]!.side.trim() === '') return false;
    }
    return false;
  };
  const passable = (i: number) =>
    opensParagraph(i) || sideOnly(i) || continuesDown(i) || (isBodyLabel(parts[i]!.body) && (parts[i]!.body.trim() !== '' || parts[i]!.side.trim() === ''));
  while (start > 0 && passable(start - 1)) start -= 1;
  // The masthead ends with text, not with the side column's lines it passed.
  while (start < at && parts[start]!.body.trim() === '') start += 1;
  return start;
}

/** A line of a paragraph: ending a sentence or clause, or long; a line under a dash is a title's. */
function isParagraphLine(text: string): boolean {
  if (/^[—–-]/u.test(text.trim())) return false;
  return text.length >= 40 || /[。；]/u.test(text) || (text.match(/[，、]/gu)?.length ?? 0) >= 2;
}

const BODY_LABEL = /^\s*(?:[•●■◆▌⚫lu]\s*)?(?:投资要点|核心观点|主要观点|报告摘要|摘要|事件|事项|点评|评论|投资建议|公司简介|投資概要)[：:]?\s*$/u;

function isBodyLabel(text: string): boolean {
  return text.trim() === '' || BODY_LABEL.test(text);
}
