/**
 * The reader for MinerU-style Markdown. MinerU prints no page breaks and reads a page's side
 * column after its main column, so the first page is taken to end where the body proper starts
 * (a table of contents or the first numbered section); on it, prose and the summary's bullets are
 * body and every other line (title, author block, rating box, dates) is masthead. Images,
 * disclaimer pointers and lines that recur as running headers are furniture; template tags are
 * scrubbed everywhere.
 */
import { isDisclaimerPointer } from '../columns/pages.ts';
import { scrubTemplateTags } from '../template-tags.ts';
import type { LayoutLine, Zone } from '../types.ts';

const IMAGE = /^!\[[^\]]*\]\([^)]*\)$/u;
/** A table of contents, or a numbered first-level section: the first page is over. */
const BODY_PROPER = /^#{0,6}\s*(?:目\s*录|内容目录|提\s*纲|(?:第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]{1,3}、|1\s*[.、．]\s*\S|1\s+[\u3400-\u9fff]))/u;
/** The first page is not longer than this many non-blank lines. */
const MAX_FIRST_PAGE_LINES = 80;
/** A short line that appears this often is a running header. */
const MIN_RUNNING_REPEATS = 3;
const MAX_RUNNING_LINE = 30;

/** Reads MinerU Markdown into lines in reading order, with their pages and zones. */
export function readMarkdown(text: string): LayoutLine[] {
  const lines = text.split('\n').map(scrubTemplateTags);
  const running = runningLines(lines);
  const firstPageEnd = endOfFirstPage(lines);
  return lines.map((line, i): LayoutLine => {
    const page = i < firstPageEnd ? 1 : 2;
    return { text: line, page, zone: zoneOf(line, page, running) };
  });
}

function zoneOf(line: string, page: number, running: ReadonlySet<string>): Zone {
  const text = line.trim();
  if (IMAGE.test(text) || isDisclaimerPointer(text) || running.has(text)) return 'furniture';
  if (page > 1) return 'body';
  return isBodyText(text) ? 'body' : 'header';
}

/** Prose, a list item or a summary heading: the first page's body rather than its masthead. */
function isBodyText(text: string): boolean {
  const plain = text.replace(/^#{1,6}\s*/u, '');
  if (/^(?:[-*•]\s|\d+[.、．)]\s*\S)/u.test(plain) && plain.length > 20) return true;
  if (/^(?:核心观点|投资要点|主要观点|报告摘要|摘要|本报告导读|报告导读|投资摘要|前言|事件|点评|风险提示)[：:]?$/u.test(plain)) return true;
  return plain.length > 60 || /[。；]/u.test(plain);
}

/** Where the first page ends: the first table of contents or numbered section, or a line limit. */
function endOfFirstPage(lines: readonly string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    seen += 1;
    if (seen > 3 && BODY_PROPER.test(text)) return i;
    if (seen > MAX_FIRST_PAGE_LINES) return i;
  }
  return lines.length;
}

/** Short lines that recur: running headers (金工量化专题报告) printed on every page. */
function runningLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.trim();
    if (text === '' || text.length > MAX_RUNNING_LINE || /[，。；：:]/u.test(text) || /^#/.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([text, n]) => n >= MIN_RUNNING_REPEATS && !/^[\d.,%\s-]+$/.test(text)).map(([text]) => text));
}
