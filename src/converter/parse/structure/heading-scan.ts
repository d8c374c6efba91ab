/**
 * Finds the heading lines of a report: numbered and Markdown headings by their form, bare headings
 * because the report's own table of contents lists them, and standalone 投资建议 / 风险提示 labels.
 */
import { isBodyLabel, isRiskTitle, isStandaloneSectionLabel, matchLabel } from './labels.ts';
import { LEAD_MARK } from '../text/lead-ins.ts';
import { bulletHeadingTitle, continuesNumbering, isCaptionOrSource, looksLikeHeadingTitle, parseNumbering, patternHeading } from './headings.ts';
import type { Numbering } from './headings.ts';
import type { TocBlock, TocEntry } from './toc.ts';
import { isWhitespaceCode, printedWidth } from '../text/line-kinds.ts';
import { collapseSpaces, compactKey, isBlank, joinWrapped, plainLine, stripBullet } from './text-utils.ts';

/** A heading found in the lines. */
export interface HeadingHit {
  /** Index of the heading's first line. */
  start: number;
  /** Index of its last line (a heading wrapped over two lines ends one later). */
  end: number;
  /** Heading text without numbering or Markdown markers. */
  title: string;
  level: number;
  numbering: Numbering | null;
  /** How it was recognised: by its own form, by the TOC, as a standalone section label, or by its bullet. */
  source: 'pattern' | 'toc' | 'label' | 'bullet';
  /** Whether it is an unnumbered Markdown heading (its level is relative to the other Markdown headings). */
  markdown: boolean;
}

/** Longest bare heading accepted on the strength of a TOC entry (TOC titles can be long sentences). */
const MAX_TOC_HEADING_LENGTH = 80;
/** How many extra lines a wrapped heading may span. */
const MAX_WRAPPED_LINES = 2;

/** Where the TOC matching state lives while scanning. */
interface TocState {
  entries: TocEntry[];
  used: Set<number>;
  /** Lines inside a TOC or a figure list: never headings, never body text. */
  inBlock: (index: number) => boolean;
  /** First line after the last TOC block: TOC entries only match from here on. */
  after: number;
  /** Whether the TOC lists numbered headings: then a bare `1 标题` line must be listed to count. */
  numbered: boolean;
  /** Numbers of the numbered headings accepted so far (`3`, `3-1`), for the sequence check. */
  seen: Set<string>;
  /** Every prefix of every entry key ('' and the key included; used or not): other keys match no entry. */
  prefixes: Set<string>;
  /** Length of the longest entry key. */
  longestKey: number;
}

function tocState(blocks: readonly TocBlock[]): TocState {
  const entries = blocks.filter((b) => b.kind === 'toc').flatMap((b) => b.entries);
  const after = blocks.reduce((max, b) => Math.max(max, b.end + 1), 0);
  return {
    entries,
    used: new Set(),
    inBlock: (i) => blocks.some((b) => i >= b.start && i <= b.end),
    after,
    numbered: entries.some((e) => parseNumbering(e.title) !== null),
    seen: new Set(),
    prefixes: new Set(entries.flatMap((e) => Array.from({ length: e.key.length + 1 }, (_, n) => e.key.slice(0, n)))),
    longestKey: Math.max(0, ...entries.map((e) => e.key.length)),
  };
}

/** Index of an unused TOC entry with this key, or -1. */
function findEntry(state: TocState, key: string): number {
  return state.entries.findIndex((e, i) => !state.used.has(i) && e.key === key);
}

/** Whether some unused entry starts with this key (the line may be the first half of a wrapped heading). */
function isEntryPrefix(state: TocState, key: string): boolean {
  return key.length > 0 && state.entries.some((e, i) => !state.used.has(i) && e.key.startsWith(key));
}

/** Characters compactKey may drop: blanks, Markdown markers and its trailing punctuation (either width). */
const DROPPABLE = new Set([...'*_#。.…·:：,，;；．']);

/**
 * Whether `line` has more than `limit` characters that are neither blank nor droppable: its key keeps
 * all of them but a bullet glyph (half-width forms and lower case do not shorten a string). Stops early.
 */
function keyExceeds(line: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < line.length; i++) {
    if (isWhitespaceCode(line.charCodeAt(i)) || DROPPABLE.has(line[i]!)) continue;
    if (++kept > limit) return true;
  }
  return false;
}

/** Matches the line at `i` (joined with up to two following lines) against the TOC. */
function tocHeading(lines: readonly string[], i: number, state: TocState): HeadingHit | null {
  // Body prose is longer than any TOC entry: such a line (even its first half) matches none. One
  // more character is allowed for the bullet glyph plainLine may drop.
  if (state.entries.length === 0 || keyExceeds(lines[i]!, state.longestKey + 1)) return null;
  let text = collapseSpaces(plainLine(lines[i]!));
  let end = i;
  for (let extra = 0; extra <= MAX_WRAPPED_LINES; extra += 1) {
    const key = compactKey(text);
    // Neither an entry's key nor the start of one: nothing to find (the common case, checked in O(1)).
    if (!state.prefixes.has(key)) return null;
    const entry = findEntry(state, key);
    if (entry !== -1) return tocHit(state, entry, text, i, end);
    if (extra === MAX_WRAPPED_LINES || !isEntryPrefix(state, key)) return null;
    let next = end + 1;
    while (next < lines.length && isBlank(lines[next]!)) next += 1;
    if (next >= lines.length) return null;
    text = joinWrapped(text, collapseSpaces(plainLine(lines[next]!)));
    end = next;
  }
  return null;
}

function tocHit(state: TocState, entry: number, text: string, start: number, end: number): HeadingHit | null {
  if (text.replace(/\s+/g, '').length > MAX_TOC_HEADING_LENGTH || isCaptionOrSource(text)) return null;
  state.used.add(entry);
  const numbering = parseNumbering(text);
  const title = (numbering ? numbering.title : text).replace(/[。.]$/, '');
  const level = numbering ? numbering.level : state.entries[entry]!.level;
  return { start, end, title, level, numbering, source: 'toc', markdown: false };
}

/** A heading by form (numbered or Markdown), with the single-number rule tightened when the TOC is numbered. */
function formHeading(line: string, previous: string, state: TocState): HeadingHit | null {
  const heading = patternHeading(line, previous);
  if (!heading) return null;
  const numbering = heading.numbering;
  if (numbering?.form === 'single' && state.numbered && heading.markdownDepth === 0) return null;
  // Arabic numbers must continue the report's numbering; Chinese numerals (一、) are unambiguous.
  if (numbering && numbering.form !== 'chinese' && !continuesNumbering(numbering.numbers, state.seen)) return null;
  return {
    start: -1,
    end: -1,
    title: heading.title,
    level: heading.level,
    numbering: heading.numbering,
    source: 'pattern',
    markdown: heading.numbering === null,
  };
}

/** A standalone 风险提示 (always) or 投资建议-style label (only in reports without a TOC). */
function labelHeading(line: string, state: TocState): HeadingHit | null {
  if (!isStandaloneSectionLabel(line)) return null;
  const title = plainLine(line).replace(/[:：]$/, '');
  if (state.entries.length > 0 && !isRiskTitle(title)) return null;
  return { start: -1, end: -1, title, level: 1, numbering: null, source: 'label', markdown: false };
}

/** Longest tail of a bullet heading wrapped onto the next line (`▌…积极拓展智算数据中心` / `项目`). */
const MAX_WRAPPED_TAIL = 6;

/**
 * A bullet-marked heading (only in reports without a TOC: with one, bullets mark the summary's
 * points). A short unpunctuated next line that is followed by text is the title's wrapped tail.
 */
function bulletHeading(lines: readonly string[], i: number, state: TocState): HeadingHit | null {
  if (state.entries.length > 0 || isStandaloneSectionLabel(lines[i]!)) return null;
  const title = bulletHeadingTitle(lines[i]!);
  // A lead the layout stage cut off its paragraph is as wide as the paragraph's lines, and a heading.
  const cutLead = lines[i]!.trim().startsWith(LEAD_MARK);
  if (!title || (!cutLead && opensWrappedParagraph(lines, i))) return null;
  let end = i;
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next]!)) next += 1;
  const tail = lines[next]?.trim() ?? '';
  const after = lines[next + 1];
  if (tail !== '' && tail.length <= MAX_WRAPPED_TAIL && !/[\p{P}\d]/u.test(tail) && after !== undefined && !isBlank(after) && !bulletHeadingTitle(tail)) end = next;
  const full = end === i ? title : joinWrapped(title, tail);
  return { start: i, end, title: full, level: 1, numbering: null, source: 'bullet', markdown: false };
}

/** A line as wide as the lines right under it starts a hard-wrapped paragraph: it is no heading. */
const WRAPPED_SHARE = 0.86;

function opensWrappedParagraph(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || isBlank(next)) return false;
  const width = printedWidth(stripBullet(lines[i]!.trim()));
  const nextWidth = printedWidth(next.trim());
  return width >= WRAPPED_SHARE * nextWidth && nextWidth >= WRAPPED_SHARE * width;
}

/** The heading at line `i`, or null. */
function headingAt(lines: readonly string[], i: number, previous: string, state: TocState): HeadingHit | null {
  const line = lines[i]!;
  const inBody = i >= state.after;
  if (inBody) {
    const fromToc = tocHeading(lines, i, state);
    if (fromToc) return fromToc;
  }
  const hit = formHeading(line, previous, state) ?? (inBody ? labelHeading(line, state) : null);
  if (hit) return { ...hit, start: i, end: i };
  return inBody ? bulletHeading(lines, i, state) : null;
}

/** Every heading in the lines, in order (TOC and figure-list lines excluded). */
export function scanHeadings(lines: readonly string[], blocks: readonly TocBlock[]): HeadingHit[] {
  const state = tocState(blocks);
  const hits: HeadingHit[] = [];
  let previous = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (state.inBlock(i)) {
      previous = line.trim();
      continue;
    }
    const hit = headingAt(lines, i, previous, state);
    if (hit && looksLikeHeadingOrListed(hit)) {
      hits.push(hit);
      if (hit.numbering) state.seen.add(hit.numbering.numbers.join('-'));
      i = hit.end;
    }
    previous = lines[i]!.trim();
  }
  // In a report with numbered headings, bullets mark the headings under them.
  const numbered = hits.some((hit) => hit.numbering !== null);
  return numbered ? hits.map((hit) => (hit.source === 'bullet' ? { ...hit, level: 2 } : hit)) : hits;
}

/** Last guard: an unnumbered label that opens a title-page block (相关研究, 分析师 …) is not a heading. */
function looksLikeHeadingOrListed(hit: HeadingHit): boolean {
  const label = hit.numbering ? null : matchLabel(hit.title);
  if (label && (label.kind === 'titlePage' || label.kind === 'toc' || label.kind === 'figures') && !isBodyLabel(hit.title)) return false;
  return hit.source === 'toc' || looksLikeHeadingTitle(hit.title);
}
