/** Turns a block's leading rows into column headings and body rows. */
import { fitRow, flattenHeader, isSubHeader, looksLikeHeader, maxWidth, trimTrailingEmpty } from './grid.ts';

/** Columns and body of a grid whose first row may be a header and second row a sub-header. */
export function splitHeader(grid: readonly (readonly string[])[]): { columns: string[]; rows: string[][] } {
  const trimmed = grid.map(trimTrailingEmpty);
  const width = maxWidth(trimmed);
  const [first, second] = trimmed;
  if (first === undefined || !looksLikeHeader(first)) {
    return { columns: Array<string>(width).fill(''), rows: trimmed.map((row) => fitRow(row, width)) };
  }
  if (second !== undefined && isSubHeader(first, second)) {
    return { columns: fitRow(flattenHeader(first, second), width), rows: trimmed.slice(2).map((row) => fitRow(row, width)) };
  }
  return { columns: fitRow(first, width), rows: trimmed.slice(1).map((row) => fitRow(row, width)) };
}
