/** Tab-separated tables: one row per line, cells split on tabs (PDF extractors' default layout). */
import { looksLikeToc } from './grid.ts';
import { splitHeader } from './header.ts';
import { cleanCell, isSkippable, nextContentLine } from './lines.ts';
import type { RawBlock } from './types.ts';

function isTabRow(line: string): boolean {
  return line.includes('\t') && line.split('\t').filter((cell) => cell.trim() !== '').length >= 1;
}

function startsTable(line: string): boolean {
  return line.includes('\t') && line.split('\t').filter((cell) => cell.trim() !== '').length >= 2;
}

/** Last line of the run of tab rows starting at `start`; blank and furniture lines between rows are allowed. */
function runEnd(lines: readonly string[], start: number): number {
  let end = start;
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isTabRow(line)) end = i++;
    else if (isSkippable(line) && isTabRow(lines[nextContentLine(lines, i)] ?? '')) i++;
    else break;
  }
  return end;
}

/** Tab-separated grids of at least two rows and two columns; TOC grids are left out. */
export function findTabTables(lines: readonly string[], claimed: readonly boolean[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (claimed[i] || !startsTable(lines[i] ?? '')) continue;
    const end = runEnd(lines, i);
    const grid = lines
      .slice(i, end + 1)
      .filter((line) => isTabRow(line))
      .map((line) => line.split('\t').map(cleanCell));
    const { columns, rows } = splitHeader(grid);
    if (grid.length >= 2 && columns.length >= 2 && rows.length >= 1 && !looksLikeToc(grid)) {
      blocks.push({ startLine: i, endLine: end, columns, rows, title: null });
    }
    i = end;
  }
  return blocks;
}
