/** Grid helpers shared by the layouts: row widths, header detection, two-level headers, TOC grids. */
import { isNumeric } from './numbers.ts';

/**
 * Makes a row exactly `width` cells: pads with '' and, rather than dropping text, folds
 * surplus non-empty cells into the last cell (extractors sometimes split one cell in two).
 */
export function fitRow(row: readonly string[], width: number): string[] {
  if (row.length <= width) return [...row, ...Array<string>(width - row.length).fill('')];
  const head = row.slice(0, width - 1);
  const tail = row.slice(width - 1).filter((cell) => cell !== '').join(' ');
  return [...head, tail];
}

/** A header row: at least one non-empty cell, and fewer than half of its filled cells numeric. */
export function looksLikeHeader(row: readonly string[]): boolean {
  const filled = row.filter((cell) => cell !== '');
  if (filled.length === 0) return false;
  return filled.filter(isNumeric).length * 2 < filled.length;
}

/**
 * Whether `sub` is the second level of a two-level header under `top`: it starts blank, none
 * of its cells is numeric, and every filled cell sits under a group (a top cell followed by blanks)
 * or under a blank top cell.
 */
export function isSubHeader(top: readonly string[], sub: readonly string[]): boolean {
  if (sub.length === 0 || sub[0] !== '' || !top.includes('')) return false;
  const filled = sub.flatMap((cell, i) => (cell === '' ? [] : [i]));
  if (filled.length === 0 || filled.some((i) => isNumeric(sub[i] ?? ''))) return false;
  return filled.every((i) => (top[i] ?? '') === '' || (top[i + 1] ?? '') === '');
}

/** Flattens a two-level header: a group name spans the blank cells after it (`EPS 2025E`, `EPS 2026E`). */
export function flattenHeader(top: readonly string[], sub: readonly string[]): string[] {
  const width = Math.max(top.length, sub.length);
  const columns: string[] = [];
  let group = '';
  for (let i = 0; i < width; i++) {
    const parent = top[i] ?? '';
    const child = sub[i] ?? '';
    if (parent !== '') group = parent;
    if (child === '') columns.push(parent);
    else columns.push(parent !== '' || group !== '' ? `${parent || group} ${child}` : child);
  }
  return columns;
}

/**
 * A table of contents laid out as a grid: at most three columns, and most rows end with a
 * page number that never decreases. Such grids are left to the structure parser.
 */
export function looksLikeToc(rows: readonly (readonly string[])[]): boolean {
  if (rows.length === 0 || rows.some((row) => row.length > 3)) return false;
  let last = 0;
  let paged = 0;
  for (const row of rows) {
    const filled = row.filter((cell) => cell !== '');
    const page = filled.at(-1) ?? '';
    if (filled.length < 2 || !/^\d{1,4}$/.test(page) || Number(page) < last) continue;
    last = Number(page);
    paged++;
  }
  return paged * 5 >= rows.length * 3;
}

/** Widest row length; 0 for no rows. */
export function maxWidth(rows: readonly (readonly string[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** Drops trailing empty cells that a trailing separator leaves. */
export function trimTrailingEmpty(row: readonly string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
}
