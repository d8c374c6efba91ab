/**
 * Markdown pipe tables, including tables split across pages: the part after a page break
 * comes back with a blank header row or the header repeated, and is merged into one table.
 */
import { fitRow, looksLikeHeader, looksLikeToc } from './grid.ts';
import { parseCaptionLine, parseSourceLine } from './captions.ts';
import { cleanCell, isBlank, isFurniture, isHeadingLike, isProse, isSkippable, nextContentLine } from './lines.ts';
import type { RawBlock } from './types.ts';

/** Short non-pipe text between pipe rows: a cell that spilled out of its row. */
const MAX_SPILL_LENGTH = 40;
const MAX_SPILL_LOOKAHEAD = 12;

function isPipeRow(line: string): boolean {
  const text = line.trim();
  return text.startsWith('|') && text.length > 1;
}

/** Cells of a pipe row, outer pipes removed; `\|` stays inside a cell. */
export function pipeCells(line: string): string[] {
  if (!line.includes('\\')) {
    // No escaped pipe: the same cuts with plain string operations (this runs for every table row).
    const trimmed = line.trim();
    const start = trimmed.startsWith('|') ? 1 : 0;
    const end = trimmed.length > start && trimmed.endsWith('|') ? trimmed.length - 1 : trimmed.length;
    return trimmed.slice(start, end).split('|').map(cleanCell);
  }
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((cell) => cleanCell(cell.replace(/\\\|/g, '|')));
}

function isSeparator(line: string): boolean {
  // Any character besides pipes, colons, dashes and blanks ends up in a cell that is no separator.
  if (/[^|:\-\s]/.test(line)) return false;
  const cells = pipeCells(line);
  return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell));
}

/** Short text that is no caption, source or heading. */
function isSpillText(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_SPILL_LENGTH || isProse(text) || isHeadingLike(text)) return false;
  return parseCaptionLine(text).length === 0 && parseSourceLine(text).length === 0;
}

/** A spilled cell: spill text followed, within a few short lines, by another pipe row. */
function isSpill(lines: readonly string[], i: number): boolean {
  if (!isSpillText(lines[i] ?? '')) return false;
  for (let next = i + 1; next < Math.min(lines.length, i + MAX_SPILL_LOOKAHEAD); next++) {
    const line = lines[next] ?? '';
    if (isPipeRow(line)) return true;
    if (!isBlank(line) && !isSpillText(line)) return false;
  }
  return false;
}

function continuesRegion(lines: readonly string[], i: number): boolean {
  return isPipeRow(lines[i] ?? '') || isSpill(lines, i);
}

/** Last line of the pipe region starting at `start`: pipe rows, blanks, furniture and spilled cells. */
function regionEnd(lines: readonly string[], start: number): number {
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isPipeRow(line)) end = i;
    else if (isSkippable(line) && continuesRegion(lines, nextContentLine(lines, i))) continue;
    else if (!isSkippable(line) && isSpill(lines, i)) continue;
    else break;
  }
  return end;
}

interface Segment { header: string[] | null; body: string[][] }

/** Splits a region into segments, each opened by a header row and its separator; spills join the row above. */
function segmentsOf(lines: readonly string[], start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { header: null, body: [] };
  for (let i = start; i <= end; i++) {
    const line = lines[i] ?? '';
    if (!isPipeRow(line) && isSkippable(line)) continue;
    if (!isPipeRow(line)) {
      appendSpill(current, line.trim());
      continue;
    }
    if (isSeparator(line)) continue;
    if (isSeparator(lines[nextContentLine(lines, i + 1)] ?? '')) {
      if (current.header !== null || current.body.length > 0) segments.push(current);
      current = { header: pipeCells(line), body: [] };
    } else current.body.push(pipeCells(line));
  }
  segments.push(current);
  return segments;
}

function appendSpill(segment: Segment, text: string): void {
  if (isFurniture(text)) return;
  const row = segment.body.at(-1);
  if (!row) return;
  const last = row.length - 1;
  row[last] = row[last] === '' ? text : `${row[last]} ${text}`;
}

const sameCells = (a: readonly string[], b: readonly string[]) => a.join('|') === b.join('|');

/** Rows of all segments; a later segment's header is dropped when blank or repeated, else kept as a row. */
function mergedRows(segments: readonly Segment[]): { header: string[]; rows: string[][] } {
  const [first, ...rest] = segments;
  const header = first?.header ?? first?.body[0] ?? [];
  const rows = first?.header ? [...first.body] : (first?.body.slice(1) ?? []);
  for (const segment of rest) {
    const repeated = segment.header !== null && (segment.header.every((cell) => cell === '') || sameCells(segment.header, header));
    if (segment.header !== null && !repeated) rows.push(segment.header);
    rows.push(...segment.body);
  }
  return { header, rows };
}

/** The header's length, or the most frequent row length when rows are wider or the header is blank. */
function tableWidth(header: readonly string[], rows: readonly (readonly string[])[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let common = header.length;
  for (const [length, count] of counts) if (count > (counts.get(common) ?? 0)) common = length;
  return header.some((cell) => cell !== '') ? Math.max(header.length, common) : common;
}

/** A one-cell first row over a text row is a title; the text row is the real header. */
function withTitle(header: string[], rows: string[][]): { title: string | null; header: string[]; rows: string[][] } {
  const filled = header.filter((cell) => cell !== '');
  const next = rows[0];
  if (header.length >= 3 && filled.length === 1 && header[0] !== '' && next && looksLikeHeader(next)) {
    return { title: filled[0] ?? null, header: next, rows: rows.slice(1) };
  }
  return { title: null, header, rows };
}

function blockOf(lines: readonly string[], start: number, end: number): RawBlock | null {
  const merged = mergedRows(segmentsOf(lines, start, end));
  const { title, header, rows } = withTitle(merged.header, merged.rows);
  if (rows.length === 0 || looksLikeToc([header, ...rows])) return null;
  const width = tableWidth(header, rows);
  if (width < 2) return null;
  const columns = fitRow(header, width);
  return { startLine: start, endLine: end, columns, rows: rows.map((row) => fitRow(row, width)), title };
}

/** Pipe tables of at least one body row; TOC grids are left out. */
export function findPipeTables(lines: readonly string[], claimed: readonly boolean[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (claimed[i] || !isPipeRow(lines[i] ?? '')) continue;
    const end = regionEnd(lines, i);
    const block = blockOf(lines, i, end);
    if (block) blocks.push(block);
    i = end;
  }
  return blocks;
}
