/**
 * Attaches captions and sources. A table's caption is the nearest caption line above it
 * (blank, furniture and 单位：… lines between are allowed), else a short title line right above;
 * its source is the nearest source line below it (short notes between are allowed). A line
 * holding several captions or sources gives them out left to right, each once.
 */
import { isBodyLabel } from '../structure/labels.ts';
import { parseCaptionLine, parseSourceLine } from './captions.ts';
import { isHeadingLike, isProse, isSkippable } from './lines.ts';
import type { CaptionPart } from './types.ts';

const MAX_TITLE_LENGTH = 40;
const MAX_NOTE_LINES = 4;
const MAX_UNIT_LINES = 2;
const UNIT_LINE = /^\s*(?:单位|币种|注)\s*[：:]/;
const NOTE_LINE = /^\s*(?:注|备注|说明|数据(?:统计)?说明|\*|©|www\.|https?:)/;

/** Captions and sources already given out, by line. */
export class Ledger {
  readonly captionsUsed = new Map<number, number>();
  readonly sourcesUsed = new Map<number, number>();
  /** Lines inside a table or chart range. */
  readonly claimed: boolean[];
  constructor(lineCount: number) {
    this.claimed = Array<boolean>(lineCount).fill(false);
  }
  claim(start: number, end: number): void {
    for (let i = start; i <= end; i++) this.claimed[i] = true;
  }
}

/** The next caption on `line` not yet given out, or null. */
export function takeCaption(lines: readonly string[], ledger: Ledger, line: number): CaptionPart | null {
  const used = ledger.captionsUsed.get(line) ?? 0;
  const caption = parseCaptionLine(lines[line] ?? '')[used];
  if (!caption) return null;
  ledger.captionsUsed.set(line, used + 1);
  return caption;
}

/** The next source on `line` not yet given out, or null. */
export function takeSource(lines: readonly string[], ledger: Ledger, line: number): string | null {
  const used = ledger.sourcesUsed.get(line) ?? 0;
  const source = parseSourceLine(lines[line] ?? '')[used];
  if (source === undefined) return null;
  ledger.sourcesUsed.set(line, used + 1);
  return source;
}

/**
 * A short title line above an uncaptioned table: no sentence, heading, source or list marker, and
 * not a part's label (盈利预测, 财务数据及盈利预测): that heads a section the table belongs to.
 */
export function isTitleLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_TITLE_LENGTH && !isProse(text) && !isHeadingLike(text) && !isBodyLabel(text) &&
    !/[|\t]/.test(text) && parseSourceLine(text).length === 0 && !/^[-*+●•▌▍]\s/.test(text) && !/[：:]$/.test(text);
}

/** Line of the caption (or title) for a table starting at `start`, and whether it is a numbered caption. */
export function captionLineAbove(lines: readonly string[], ledger: Ledger, start: number): { line: number; numbered: boolean } | null {
  let units = 0;
  for (let i = start - 1; i >= 0 && !ledger.claimed[i]; i--) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    const captions = parseCaptionLine(line);
    if (captions.length > 0) return captions.length > (ledger.captionsUsed.get(i) ?? 0) ? { line: i, numbered: true } : null;
    if (UNIT_LINE.test(line) && units++ < MAX_UNIT_LINES) continue;
    return isTitleLine(line) ? { line: i, numbered: false } : null;
  }
  return null;
}

/** Line of the source for an item ending at `end`, or null; short notes may sit between. */
export function sourceLineBelow(lines: readonly string[], ledger: Ledger, end: number): number | null {
  let notes = 0;
  for (let i = end + 1; i < lines.length && !ledger.claimed[i]; i++) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    const sources = parseSourceLine(line);
    if (sources.length > 0) return sources.length > (ledger.sourcesUsed.get(i) ?? 0) ? i : null;
    if (parseCaptionLine(line).length > 0 || isHeadingLike(line) || /^\s*[|<]/.test(line) || line.includes('\t')) return null;
    const isNote = NOTE_LINE.test(line) || (line.trim().length <= MAX_TITLE_LENGTH && !isProse(line));
    if (!isNote || ++notes > MAX_NOTE_LINES) return null;
  }
  return null;
}
