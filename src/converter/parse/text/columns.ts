/**
 * Two-column pages kept side by side: some extractors print each line as
 * `left column text   right column text`, with a wide gap (3+ spaces) at a steady position.
 * When enough consecutive lines share that gap, the block is rewritten as the left column's
 * lines followed by the right column's lines, so reading order is restored.
 */
import { isWide } from './line-kinds.ts';

/** Fewest lines with text on both sides of the gap before a block is treated as two columns. */
const MIN_TWO_SIDED_LINES = 4;
/** How far (in characters) the right column's start may drift between lines of one block. */
const COLUMN_TOLERANCE = 3;
/** Both sides of a two-column line carry at least this many characters (table cells are shorter). */
const MIN_COLUMN_TEXT = 6;
/** Blank lines tolerated inside one two-column block. */
const MAX_BLANK_RUN = 2;

/** How a line relates to a column gap at a given position. */
interface LineSplit {
  left: string;
  right: string;
}

/**
 * Where a column starts, counted two ways: in characters, and in printed width (a CJK character
 * is two cells wide). Extractors pad with spaces by one or the other, so columns line up in one.
 */
interface ColumnStart {
  char: number;
  printed: number;
}

function printedColumn(line: string, index: number): number {
  let width = 0;
  for (const char of line.slice(0, index)) width += isWide(char) ? 2 : 1;
  return width;
}

/** Where a line's right column starts: after its only wide inner gap, or after wide indentation. */
function rightColumnStart(line: string): ColumnStart | null {
  // Both kinds of column start need a run of three spaces: most lines have none.
  if (line.includes('|') || line.includes('\t') || !line.includes('   ')) return null;
  const gaps = [...line.matchAll(/(?<=\S) {3,}(?=\S)/g)];
  let char = -1;
  if (gaps.length === 1 && gaps[0]) char = (gaps[0].index ?? 0) + gaps[0][0].length;
  else if (gaps.length === 0 && /^ {3,}\S/.test(line)) char = line.search(/\S/);
  return char < 0 ? null : { char, printed: printedColumn(line, char) };
}

function sameColumn(a: ColumnStart, b: ColumnStart): boolean {
  return Math.abs(a.char - b.char) <= COLUMN_TOLERANCE || Math.abs(a.printed - b.printed) <= COLUMN_TOLERANCE;
}

/** Splits a line at a column position, or returns null when it does not fit the columns. */
function splitAt(line: string, column: ColumnStart): LineSplit | null {
  if (line.trim() === '') return { left: '', right: '' };
  const start = rightColumnStart(line);
  if (start && sameColumn(start, column)) {
    return { left: line.slice(0, start.char).trim(), right: line.slice(start.char).trim() };
  }
  // A left-only line: the right column is empty on this line.
  const end = line.trimEnd();
  const endsBefore = end.length < column.char || printedColumn(end, end.length) < column.printed;
  if (!start && endsBefore && !/ {3,}/.test(line.trim())) return { left: line.trim(), right: '' };
  return null;
}

/** Rewrites side-by-side two-column blocks as left column then right column. */
export function decolumnize(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const block = columnBlockAt(lines, i);
    if (block) {
      out.push(...block.lines);
      i = block.end;
    } else {
      out.push(lines[i] ?? '');
      i += 1;
    }
  }
  return out;
}

/** The two-column block starting at `from`, rewritten, with the index after it; null if none. */
function columnBlockAt(lines: readonly string[], from: number): { lines: string[]; end: number } | null {
  const first = lines[from] ?? '';
  const column = rightColumnStart(first);
  if (!column || first.search(/\S/) === column.char) return null;
  const splits: LineSplit[] = [];
  let end = from;
  let blankRun = 0;
  for (; end < lines.length; end += 1) {
    const split = splitAt(lines[end] ?? '', column);
    if (!split) break;
    blankRun = split.left === '' && split.right === '' ? blankRun + 1 : 0;
    if (blankRun > MAX_BLANK_RUN) break;
    splits.push(split);
  }
  // After the last right-column text, the left column runs on only until a blank line: what
  // follows a gap (a full-width heading, the next part of the page) sits beside nothing.
  let keep = splits.findLastIndex((s) => s.right !== '') + 1;
  while (keep < splits.length && splits[keep]?.left !== '') keep += 1;
  end = from + keep;
  splits.length = keep;
  const twoSided = splits.filter((s) => isColumnText(s.left) && isColumnText(s.right)).length;
  if (twoSided < MIN_TWO_SIDED_LINES || twoSided * 2 < splits.length) return null;
  const left = splits.map((s) => s.left);
  const right = splits.map((s) => s.right);
  return { lines: [...trimBlankEdges(left), '', ...trimBlankEdges(right)], end };
}

/** Column text is a run of prose, not a short table cell such as a label or a number. */
function isColumnText(text: string): boolean {
  return text.length >= MIN_COLUMN_TEXT && !/^[-+−]?[\d.,%]+$/.test(text);
}

/** Drops blank lines at the start and end of a column (blank rows where only the other column had text). */
function trimBlankEdges(column: string[]): string[] {
  let start = 0;
  let end = column.length;
  while (start < end && column[start] === '') start += 1;
  while (end > start && column[end - 1] === '') end -= 1;
  return column.slice(start, end);
}
