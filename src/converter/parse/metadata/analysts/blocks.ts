/**
 * Where the author blocks are: the stretches of a report around its licence numbers and role
 * labels, as text for the tokenizer.
 *
 * A short line (a sidebar's, a Markdown block's) is read cell by cell (cells are separated by runs
 * of spaces): the body text that a column layout prints beside the sidebar is left out (a cell
 * with sentence punctuation or a long run of characters), so the sidebar's own cells join up in
 * reading order. A very long line
 * (a flattened report) is cut into windows around each anchor.
 */
import { LICENCE_LABEL, LICENCE_NUMBER } from './licence.ts';
import { BACK_MATTER_HEADING, CONTACT_LABEL, READ_NOTICE, ROLE_LABEL } from './roles.ts';

/** One author block: its text, and whether it comes before the back matter on the first page. */
export interface Block {
  text: string;
  primary: boolean;
  /** Where the block starts: line index, then offset in that line. */
  line: number;
  offset: number;
}

/** A line this long is a flattened page: read in windows, not pieces. */
const LONG_LINE = 400;
/** How far a flattened window reaches before and after an anchor. */
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 160;
/** How many non-blank lines around an anchor line belong to its block. */
const LINES_BEFORE = 3;
const LINES_AFTER = 3;

const ANCHOR = new RegExp(`${LICENCE_NUMBER.source}|${ROLE_LABEL.source}`, 'g');
/** A short line belongs to a block when it holds a licence, a role, a licence or contact label, or an e-mail. */
const LINE_ANCHOR = new RegExp(`${ANCHOR.source}|${LICENCE_LABEL.source}|${CONTACT_LABEL.source}|[A-Za-z0-9._-]+[@＠][A-Za-z0-9-]+\\.`);
const LINE_ANCHOR_G = new RegExp(LINE_ANCHOR.source, 'g');
const LABEL_WORDS = new RegExp(`${ROLE_LABEL.source}|${LICENCE_LABEL.source}|${CONTACT_LABEL.source}`, 'g');

const BACK_MATTER_HEADING_G = new RegExp(BACK_MATTER_HEADING.source, 'g');
/** A character of every back-matter heading (see `BACK_MATTER_HEADING`). */
const BACK_MATTER_CHAR = /[析团组销]/;

/** A piece of a short line that is body text, not part of an author block. */
function isProse(piece: string): boolean {
  return /[，。；！？“”]/.test(piece) || /[\u4e00-\u9fff]{7,}/.test(piece.replace(LABEL_WORDS, ' '));
}

/** The offset where the back matter starts in `text` (a heading not inside a 请阅读 … pointer), or -1. */
export function backMatterStart(text: string): number {
  // Every heading holds one of these (分析师…, …团队…, …小组…, …销售…): most lines hold none.
  if (!BACK_MATTER_CHAR.test(text)) return -1;
  for (const match of text.matchAll(BACK_MATTER_HEADING_G)) {
    if (!READ_NOTICE.test(text.slice(Math.max(0, match.index - 20), match.index))) return match.index;
  }
  return -1;
}

/**
 * What a cell of a short line (text between runs of spaces) gives its block: itself, nothing
 * when it is body text, or windows around its labels when a block is run into body text (a
 * flattened page cut into lines).
 */
function authorCells(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed === '') return [];
  if (!trimmed.split(/\s/).some(isProse)) return [trimmed];
  return windows(trimmed, LINE_ANCHOR_G).map(([from, to]) => trimmed.slice(from, to));
}

/** Windows of a long line around its anchors, merged when they overlap. */
function windows(line: string, anchor: RegExp = ANCHOR): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of line.matchAll(anchor)) {
    const from = Math.max(0, match.index - WINDOW_BEFORE);
    const to = Math.min(line.length, match.index + match[0].length + WINDOW_AFTER);
    const last = spans.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else spans.push([from, to]);
  }
  return spans;
}

/**
 * The author blocks of `lines`; those that start before line `frontEnd` and before the back
 * matter are primary.
 */
export function authorBlocks(lines: readonly string[], frontEnd: number): Block[] {
  const blocks: Block[] = [];
  let back = Infinity;
  const anchors: number[] = [];
  lines.forEach((line, index) => {
    const start = backMatterStart(line);
    if (line.length >= LONG_LINE) {
      // The back matter's heading cuts the line: no window reaches across it.
      const cut = start >= 0 ? start : line.length;
      for (const [part, offset] of [[line.slice(0, cut), 0], [line.slice(cut), cut]] as const) {
        for (const [from, to] of windows(part)) {
          const inBack = index > back || offset > 0;
          blocks.push({ text: part.slice(from, to), primary: index < frontEnd && !inBack, line: index, offset: offset + from });
        }
      }
    } else if (LINE_ANCHOR.test(line)) {
      anchors.push(index);
    }
    if (start >= 0 && back === Infinity) back = index;
  });
  for (const [from, to] of lineSpans(lines, anchors)) {
    const text = lines
      .slice(from, to)
      .map((line) => (line.length < LONG_LINE ? line.split(/\s{2,}/).flatMap(authorCells).join(' ') : ''))
      .join('\n');
    blocks.push({ text, primary: from < frontEnd && from < back, line: from, offset: 0 });
  }
  return blocks.sort((a, b) => a.line - b.line || a.offset - b.offset);
}

/** Line ranges around anchor lines, reaching a few non-blank lines each way, merged. */
function lineSpans(lines: readonly string[], anchors: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  const reach = (from: number, step: 1 | -1, count: number): number => {
    let at = from;
    for (let seen = 0; seen < count; ) {
      const next = at + step;
      if (next < 0 || next >= lines.length) break;
      at = next;
      if ((lines[at] ?? '').trim() !== '') seen += 1;
    }
    return at;
  };
  for (const anchor of anchors) {
    const from = reach(anchor, -1, LINES_BEFORE);
    const to = reach(anchor, 1, LINES_AFTER) + 1;
    const last = spans.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}
