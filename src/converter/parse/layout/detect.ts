/**
 * What kind of text a report is, from a few cheap measurements of its lines. Each kind has its own
 * reader (see `index.ts`): the rules that suit one layout break the others.
 */
import type { LayoutKind } from './types.ts';

/** At most this many non-blank lines, one of them this long: the report was flattened onto a line. */
const FLAT_MAX_LINES = 5;
const FLAT_MIN_LINE = 300;
/** Any line this long is a flattened page, whatever the rest looks like (an HTML table's line is not). */
const HUGE_LINE = 5000;

/** Share of non-blank lines that must look like Markdown structure (`#` headings, HTML tables, images). */
const MARKDOWN_SHARE = 0.04;
/** Share of non-blank lines that must carry column padding (a run of 3+ spaces inside, or deep indentation). */
const COLUMNS_SHARE = 0.2;

function isMarkdownLine(line: string): boolean {
  return /^#{1,6}\s/.test(line) || /^\s*<\/?(?:table|tr|td|th)\b/i.test(line) || /^!\[[^\]]*\]\(/.test(line);
}

function isPaddedLine(line: string): boolean {
  return /\S {3,}\S/.test(line) || /^ {8,}\S/.test(line);
}

/** The layout kind of a report's raw (decoded) text. */
export function detectLayout(raw: string): LayoutKind {
  const lines = raw.split(/\r\n?|\n|\f/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return 'plain';
  const longest = Math.max(...lines.map((line) => (/^\s*<table\b/i.test(line) ? 0 : line.length)));
  if (longest >= HUGE_LINE || (lines.length <= FLAT_MAX_LINES && longest >= FLAT_MIN_LINE)) return 'flattened';
  const share = (test: (line: string) => boolean) => lines.filter(test).length / lines.length;
  // Tab- and pipe-separated tables are the plain extractors' (and MinerU's) own, not column padding.
  if (share(isMarkdownLine) >= MARKDOWN_SHARE) return 'markdown';
  if (share((line) => !line.includes('\t') && !line.includes('|') && isPaddedLine(line)) >= COLUMNS_SHARE) return 'columns';
  return 'plain';
}
