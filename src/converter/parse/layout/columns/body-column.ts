/**
 * Where the body column of a pdftotext -layout page is. A paragraph of prose is printed as lines
 * that start at one column and (but for its last line) end at one column; the body column is the
 * span most prose lines share. A side column (rating box, market data, analysts) sits to its left
 * or right; a page without one has its body across the whole width.
 */
import { isProseSegment, segmentsOf, type Segment } from './segments.ts';

/** The span of the body column, in character columns: start inclusive, end exclusive. */
export interface ColumnSpan {
  start: number;
  end: number;
}

/** Prose lines a page needs before its body column is trusted. */
const MIN_PROSE_LINES = 4;
/** How far a prose line may start or end from the column's edge (indents, hanging bullets). */
const EDGE_TOLERANCE = 3;

/** The most frequent value, counting values within `tolerance` of it; ties go to the smaller value. */
function modeWithin(values: readonly number[], tolerance: number): { value: number; count: number } | null {
  let best: { value: number; count: number } | null = null;
  for (const value of new Set(values)) {
    const count = values.filter((v) => Math.abs(v - value) <= tolerance).length;
    if (!best || count > best.count || (count === best.count && value < best.value)) best = { value, count };
  }
  return best;
}

/** The prose runs of a page's lines. */
function proseSegments(lines: readonly string[]): Segment[] {
  return lines.flatMap((line) => segmentsOf(line).filter(isProseSegment));
}

/** The page's body column, or null when the page has too little prose to tell. */
export function findBodyColumn(lines: readonly string[]): ColumnSpan | null {
  const prose = proseSegments(lines);
  if (prose.length < MIN_PROSE_LINES) return null;
  const start = modeWithin(prose.map((s) => s.start), 1);
  if (!start || start.count < MIN_PROSE_LINES) return null;
  const inColumn = prose.filter((s) => Math.abs(s.start - start.value) <= EDGE_TOLERANCE);
  // The column ends where its longest lines end (justified lines all end there; last lines end earlier).
  const ends = inColumn.map((s) => s.end).sort((a, b) => b - a);
  const end = ends[Math.min(ends.length - 1, Math.floor(ends.length / 4))] ?? start.value;
  return { start: Math.max(0, start.value - EDGE_TOLERANCE), end: end + EDGE_TOLERANCE };
}
