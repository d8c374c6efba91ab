/**
 * A title-page block (key points, risks) → its items: one per bullet, numbered item or paragraph.
 *
 * Bullets and numbered markers start a new item even without a blank line before them; hard-wrapped
 * pieces are re-joined; a short bullet title (`● 本周行情回顾`) or a lead-in ending in a colon
 * (`1. 海外 AI：`, `行业竞争加剧的风险：`) is joined to the paragraph it introduces.
 */
import { joinParagraphs } from '../text/paragraphs.ts';
import { printedWidth } from '../text/line-kinds.ts';
import {
  collapseSpaces,
  endsSentence,
  endsWithFinalPunctuation,
  isBlank,
  joinWrapped,
  startsWithBullet,
  startsWithNumberedItem,
  stripBullet,
  stripMarkdown,
  stripNumberedItem,
} from './text-utils.ts';

/** One paragraph of a block, and whether it opened with a bullet or a number. */
interface Piece {
  text: string;
  marked: boolean;
  /** A bullet title (`● **标题**`, `● 本周行情回顾`) introducing the paragraph after it. */
  title?: boolean;
}

/** A whole line in bold after its bullet is a title, whatever punctuation it holds. */
const BOLD_LINE = /^\s*(?:\S\s*)?\*\*[^*]+\*\*\s*$/u;

/** Longest lead-in or bullet title that is joined to the paragraph after it. */
const MAX_LEAD_IN_LENGTH = 30;

/** Whether a trimmed line opens a list item. */
function opensItem(line: string): boolean {
  const text = stripMarkdown(line.trim());
  return startsWithBullet(line.trim()) || startsWithNumberedItem(text);
}

/** Groups lines so that each bullet or numbered line starts a group. */
function groupLines(lines: readonly string[]): { lines: string[]; marked: boolean }[] {
  const groups: { lines: string[]; marked: boolean }[] = [];
  for (const line of lines) {
    const opens = !isBlank(line) && opensItem(line);
    if (opens || groups.length === 0) groups.push({ lines: [], marked: opens });
    groups.at(-1)!.lines.push(line);
  }
  return groups;
}

/** Removes a bullet, and a number unless the text goes on to number further items inline (`1) … 2) …`). */
export function stripListMarker(text: string): string {
  const plain = stripMarkdown(stripBullet(stripMarkdown(text.trim())));
  if (!startsWithNumberedItem(plain)) return plain;
  const rest = stripNumberedItem(plain);
  return /(?:^|[^\d])(?:2[)）]|[（(]2[)）]|2、)/.test(rest) ? plain : rest;
}

/** Whether a stripped item line is a short title (`本周行情回顾`) or lead-in (`海外 AI：`) rather than prose. */
function isShortTitle(text: string): boolean {
  const short = text.replace(/\s+/g, '').length <= MAX_LEAD_IN_LENGTH;
  return short && (/[:：]$/.test(text) || !endsWithFinalPunctuation(text));
}

/** Share of the item's widest other line from which a first line is a hard wrap, not a title. */
const WRAP_WIDTH_SHARE = 0.86;
/** Narrowest hard-wrapped line, in CJK characters: a text column is wider than a short title. */
const MIN_WRAPPED_WIDTH = 12;

/** A first line as wide as a text column and as the item's other lines is the first half of a hard wrap. */
function isWrappedFirstLine(lines: readonly string[]): boolean {
  const first = printedWidth(lines[0]!);
  const others = lines.slice(1).filter((line) => !isBlank(line)).map(printedWidth);
  return others.length > 0 && first >= MIN_WRAPPED_WIDTH && first >= WRAP_WIDTH_SHARE * Math.max(...others);
}

/**
 * The block's paragraphs, each marked when it opened a list item. A short title line of an item is
 * kept apart from joinParagraphs, which may run it into the next line as a hard wrap.
 */
function piecesOf(lines: readonly string[]): Piece[] {
  return groupLines(lines).flatMap((group) => {
    const first = group.marked ? collapseSpaces(stripListMarker(group.lines[0]!)) : '';
    const bold = BOLD_LINE.test(group.lines[0]!) && first.replace(/\s+/g, '').length <= MAX_LEAD_IN_LENGTH;
    if (group.marked && (bold || (isShortTitle(first) && !isWrappedFirstLine(group.lines)))) {
      const rest = joinParagraphs(group.lines.slice(1)).map((p) => ({ text: collapseSpaces(stripMarkdown(p)), marked: false }));
      return [{ text: first, marked: true, title: true }, ...rest];
    }
    return joinParagraphs(group.lines).map((paragraph, index) => ({
      text: collapseSpaces(index === 0 && group.marked ? stripListMarker(paragraph) : stripMarkdown(paragraph)),
      marked: index === 0 && group.marked,
    }));
  });
}

/** Joins a piece to the next one when it is a bullet title, a lead-in or the first half of a hard wrap. */
function joinPieces(current: Piece, next: Piece): Piece | null {
  if (next.marked) return null;
  const short = current.text.replace(/\s+/g, '').length <= MAX_LEAD_IN_LENGTH;
  if (/[:：]$/.test(current.text) && short) return { text: current.text + next.text, marked: current.marked };
  if (current.title) {
    return { text: `${current.text}：${next.text}`, marked: true };
  }
  if (!endsSentence(current.text) && !/[:：]$/.test(current.text)) {
    return { text: joinWrapped(current.text, next.text), marked: current.marked };
  }
  return null;
}

/** A block's items, in order: bullets, numbered items and paragraphs, with titles and wraps joined. */
export function blockItems(lines: readonly string[]): string[] {
  const merged: Piece[] = [];
  for (const piece of piecesOf(lines)) {
    if (piece.text === '') continue;
    const last = merged.at(-1);
    const joined = last ? joinPieces(last, piece) : null;
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(piece);
  }
  return merged.map((piece) => piece.text);
}
