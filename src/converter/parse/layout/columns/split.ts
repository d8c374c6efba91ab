/**
 * Splits the lines of a pdftotext -layout page into its side column and its body column, given
 * where the body column is. Each run of text goes to the column it starts in; a run that an
 * extractor glued across the gutter with a single space (`买入 05%；扣非归母净利润…`) is cut at
 * the space nearest the gutter.
 */
import type { ColumnSpan } from './body-column.ts';
import { segmentsOf, type Segment } from './segments.ts';

/** A line's text in each column ('' where the column is empty on that line). */
export interface ColumnParts {
  side: string;
  body: string;
}

/** Which side of the body the side column is on. */
export type SideColumn = 'left' | 'right';

/** How far from the gutter a glued run may be cut. */
const CUT_TOLERANCE = 3;
/** Side lines a page needs before it counts as two columns. */
const MIN_SIDE_LINES = 3;

/** The column boundary: the body's left edge for a left side column, its right edge for a right one. */
function gutterOf(body: ColumnSpan, side: SideColumn): number {
  return side === 'left' ? body.start : body.end;
}

/** Cuts a run at the space nearest `at`, or returns null when it has none close by. */
function cutNear(segment: Segment, at: number): [Segment, Segment] | null {
  let best = -1;
  for (let i = 0; i < segment.text.length; i += 1) {
    const column = segment.start + i;
    if (segment.text[i] === ' ' && Math.abs(column - at) <= CUT_TOLERANCE && (best < 0 || Math.abs(column - at) < Math.abs(best - at))) best = column;
  }
  if (best < 0) return null;
  const k = best - segment.start;
  return [
    { start: segment.start, end: best, text: segment.text.slice(0, k) },
    { start: best + 1, end: segment.end, text: segment.text.slice(k + 1) },
  ];
}

/** A side column's piece of a glued run is a short label or value, never a clause of prose. */
const MAX_GLUED_SIDE = 16;

function isSidePiece(segment: Segment): boolean {
  return segment.text.length <= MAX_GLUED_SIDE && !/[，。；]/u.test(segment.text);
}

/** The line's runs, each given to a column (`before` the gutter or `after` it). */
function assign(line: string, gutter: number, side: SideColumn): { before: Segment[]; after: Segment[] } {
  const before: Segment[] = [];
  const after: Segment[] = [];
  for (const segment of segmentsOf(line)) {
    if (segment.start >= gutter - 1) after.push(segment);
    else if (segment.end <= gutter + 1) before.push(segment);
    else {
      const cut = cutNear(segment, gutter);
      if (cut && isSidePiece(side === 'left' ? cut[0] : cut[1])) {
        before.push(cut[0]);
        after.push(cut[1]);
      } else (side === 'left' ? after : before).push(segment);
    }
  }
  return { before, after };
}

/** The text of runs as printed, the spacing between them kept (table cells stay apart). */
function textOf(line: string, segments: readonly Segment[]): string {
  const first = segments[0];
  const last = segments.at(-1);
  return first && last ? line.slice(first.start, last.end) : '';
}

/** Splits each line into its side and body parts. */
export function splitColumns(lines: readonly string[], body: ColumnSpan, side: SideColumn): ColumnParts[] {
  const gutter = gutterOf(body, side);
  return lines.map((line) => {
    const { before, after } = assign(line, gutter, side);
    const [bodyRuns, sideRuns] = side === 'left' ? [after, before] : [before, after];
    return { side: textOf(line, sideRuns), body: textOf(line, bodyRuns) };
  });
}

/** Which side of the body a side column is on, or null when the page has none. */
export function sideColumnOf(lines: readonly string[], body: ColumnSpan): SideColumn | null {
  const count = (side: SideColumn) => splitColumns(lines, body, side).filter((parts) => parts.side.trim() !== '').length;
  const left = body.start > 8 ? count('left') : 0;
  const right = count('right');
  const best = left >= right ? 'left' : 'right';
  return Math.max(left, right) >= MIN_SIDE_LINES ? best : null;
}
