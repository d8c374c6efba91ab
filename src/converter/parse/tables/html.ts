/**
 * HTML tables in Markdown input (MinerU). Rowspan and colspan are expanded into the grid:
 * a merged cell's text goes in its first (top-left) slot, the slots it covers get ''
 * (the schema's "merged cells are empty strings"); header groups are then flattened.
 */
import { fitRow, flattenHeader, isSubHeader, looksLikeToc, maxWidth } from './grid.ts';
import { cleanCell } from './lines.ts';
import type { RawBlock } from './types.ts';

interface HtmlCell { text: string; rowspan: number; colspan: number; header: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(attributes);
  const value = Number(match?.[1] ?? 1);
  return value >= 1 ? value : 1;
}

/** Rows of cells in one `<table>…</table>` source. */
export function htmlRows(html: string): HtmlCell[][] {
  const rows: HtmlCell[][] = [];
  for (const row of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi)) {
    const cells: HtmlCell[] = [];
    for (const cell of (row[1] ?? '').matchAll(/<(t[dh])\b([^>]*)>([\s\S]*?)<\/t[dh]\s*>/gi)) {
      const text = cleanCell(decodeEntities((cell[3] ?? '').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')));
      const attributes = cell[2] ?? '';
      cells.push({ text, rowspan: spanOf(attributes, 'rowspan'), colspan: spanOf(attributes, 'colspan'), header: cell[1]?.toLowerCase() === 'th' });
    }
    rows.push(cells);
  }
  return rows;
}

/** Lays cells on a grid: each cell takes the next free slot; the slots it spans stay ''. */
export function expandSpans(rows: readonly (readonly HtmlCell[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          (taken[r + dr] ?? [])[c + dc] = true;
          (grid[r + dr] ?? [])[c + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      }
      c += cell.colspan;
    }
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

/** How many leading rows are header rows: all-`<th>` rows, else the first row. */
function headerRowCount(rows: readonly (readonly HtmlCell[])[]): number {
  let count = 0;
  while (count < rows.length - 1 && (rows[count] ?? []).length > 0 && (rows[count] ?? []).every((cell) => cell.header)) count++;
  return Math.max(1, count);
}

/** Columns and body of one HTML table; header rows beyond the first are flattened into it. */
export function htmlTable(html: string): { columns: string[]; rows: string[][] } | null {
  const cells = htmlRows(html);
  const grid = expandSpans(cells);
  const width = maxWidth(grid);
  const [top = [], sub = []] = grid;
  const headerCount = headerRowCount(cells) >= 2 || isSubHeader(top, sub) ? 2 : 1;
  if (grid.length <= headerCount || width < 2) return null;
  const columns = headerCount === 2 ? flattenHeader(fitRow(top, width), fitRow(sub, width)) : fitRow(top, width);
  const rows = grid.slice(headerCount).map((row) => fitRow(row, width));
  return looksLikeToc(rows) ? null : { columns, rows };
}

/** HTML tables whose `<table>` opens a line; lines of prose around a table are never swallowed. */
export function findHtmlTables(lines: readonly string[], claimed: readonly boolean[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (claimed[i] || !/^\s*(?:<html>\s*)?(?:<body>\s*)?<table\b/i.test(lines[i] ?? '')) continue;
    let end = i;
    while (end < lines.length - 1 && !/<\/table\s*>/i.test(lines[end] ?? '')) end++;
    if (!/<\/table\s*>/i.test(lines[end] ?? '')) break;
    const table = htmlTable(lines.slice(i, end + 1).join('\n'));
    if (table) blocks.push({ startLine: i, endLine: end, ...table, title: null });
    i = end;
  }
  return blocks;
}
