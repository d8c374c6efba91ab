/**
 * Earlier reports listed under 相关研究 / 相关研究报告 / 相关报告:
 *
 *   《互联网行业 2024 年 11 月投资策略-业绩期将至，互联网龙头      (a title hard-wrapped,
 *                                                                  a blank line in between)
 *   有望持续抬升盈利底部》 ——2024-11-11
 *   - 《人工智能周报(26年第20周)-…》——2026-05-19
 *   - 行业点评：电影大盘稳步复苏，暑期档行情持续演绎 2023-07-11
 *
 * An entry runs until its date; the list ends at the first line that neither starts an entry
 * nor continues an unfinished one.
 */
import type { RelatedReport } from '../../../schema/report.ts';
import { findFullDates } from './dates/grammar.ts';

const HEADING = /^(?:近期)?相关(?:研究报告|研究|报告)\s*[:：]?$/;
const LIST_MARKER = /^(?:[-•·●▪◆*]|\d{1,2}\s*[.、)）])\s*/;
const TRAILING_DATE_GAP = /^[\s）)]*$/;
const TITLE_TAIL = /[\s—–\-－~:：（(]+$/;
/** Stop a runaway list (a heading followed by something else entirely). */
const MAX_ENTRIES = 40;
/** An unclosed 《 must not swallow the body. */
const MAX_ENTRY_LENGTH = 200;

/** The entry's date when the text ends with one: its ISO form and where it starts. */
function trailingDate(text: string): { iso: string; index: number } | null {
  const last = findFullDates(text).at(-1);
  if (!last) return null;
  const after = text.slice(last.index).replace(/^[\d\s年月日号.\-/]+/, '');
  return TRAILING_DATE_GAP.test(after) ? last : null;
}

/** Join a hard-wrapped title: no space between CJK, one space between Latin words. */
function joinWrapped(head: string, tail: string): string {
  return /[A-Za-z0-9]$/.test(head) && /^[A-Za-z0-9]/.test(tail) ? `${head} ${tail}` : head + tail;
}

/** 《…》 nesting depth still open at the end of the text. */
function openQuotes(text: string): number {
  return (text.match(/《/g)?.length ?? 0) - (text.match(/》/g)?.length ?? 0);
}

function toEntry(text: string): RelatedReport | null {
  const date = trailingDate(text);
  let title = (date ? text.slice(0, date.index) : text).replace(TITLE_TAIL, '').trim();
  if (/^《.*》$/.test(title) && openQuotes(title.slice(1, -1)) === 0) title = title.slice(1, -1).trim();
  return title ? { title, date: date?.iso ?? null } : null;
}

/** The entries of the list that starts after the heading at `at`. */
function entriesAfter(lines: readonly string[], at: number): RelatedReport[] {
  const entries: RelatedReport[] = [];
  let open: string | null = null;
  const close = (): void => {
    const entry = open === null ? null : toEntry(open);
    if (entry) entries.push(entry);
    open = null;
  };
  for (let i = at + 1; i < lines.length && entries.length < MAX_ENTRIES; i += 1) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const startsEntry = LIST_MARKER.test(line) || line.startsWith('《');
    const insideQuotes = open !== null && openQuotes(open) > 0;
    // A wrapped entry continues inside its 《…》, or on a line that brings its missing date.
    const continues = open !== null && open.length < MAX_ENTRY_LENGTH && (insideQuotes || (trailingDate(open) === null && trailingDate(line) !== null));
    if (startsEntry && !insideQuotes) {
      close();
      open = line.replace(LIST_MARKER, '');
    } else if (continues && open !== null) {
      open = joinWrapped(open, line);
    } else break;
    if (openQuotes(open) <= 0 && trailingDate(open)) close();
  }
  close();
  return entries;
}

/** Every related report listed in the text, each once. */
export function findRelatedReports(lines: readonly string[]): RelatedReport[] {
  const seen = new Set<string>();
  const reports: RelatedReport[] = [];
  lines.forEach((line, at) => {
    if (!HEADING.test(line)) return;
    for (const entry of entriesAfter(lines, at)) {
      const key = `${entry.title}|${entry.date ?? ''}`;
      if (!seen.has(key)) reports.push(entry);
      seen.add(key);
    }
  });
  return reports;
}
