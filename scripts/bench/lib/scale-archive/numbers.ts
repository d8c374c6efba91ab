/**
 * Table rows sampled and figures perturbed, so every generated report carries its own numbers.
 *
 * Only figures that are plainly measurements change: decimals, percentages and grouped numbers
 * in table rows (398.0, 3,688,428, -2.45%), and in prose decimals with a unit (+8.4975%, 2.78pct,
 * 20.54x). Dates, tickers (0700.HK, 9626. HK), licences, phone numbers, postcodes, ranks and
 * version numbers (GPT-4.5, Qwen3.7) are left alone: they are not preceded or followed by what a
 * measurement is.
 */
import { isTableRow } from '../../../../src/converter/parse/metadata/lines.ts';
import { memoByLine } from './memo.ts';
import type { Random } from './random.ts';
import type { TableSegment } from './segments.ts';

/** A figure that fills its cell: what follows is the cell's end (tab, pipe, line end) or the next figure. */
const CELL_FIGURE =
  /(?<![\w.:/\-])([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?=%))(%?)(?=[ \u3000]*(?:$|[\t|]|[+-]?\d))/g;
const PROSE_FIGURE = /(?<![\w.\-])([+-]?)(\d+\.\d+)(?=\s*(?:%|pct|x(?![A-Za-z])|倍))/g;

function formatLike(value: number, original: string): string {
  const decimals = original.split('.')[1]?.length ?? 0;
  const fixed = Math.abs(value).toFixed(decimals);
  if (!original.includes(',')) return fixed;
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** One figure scaled by 0.8–1.25, printed with the precision and grouping it had. */
function perturb(sign: string, digits: string, random: Random): string {
  const value = Number(digits.replace(/,/g, ''));
  const scaled = value * (0.8 + random.next() * 0.45);
  return `${sign}${formatLike(scaled, digits)}`;
}

/** How a line's figures are perturbed: as table cells, as prose, or not at all (no figures). */
export const figureKind = memoByLine((line: string): 'table' | 'prose' | 'none' => {
  if (!/\d[.,%]|\d\s*(?:pct|x|倍)/.test(line)) return 'none';
  return isTableRow(line) ? 'table' : 'prose';
});

/** The line with its figures perturbed: every measurement in a table row, unit-bearing decimals in prose. */
export function perturbFigures(line: string, kind: 'table' | 'prose' | 'none', random: Random): string {
  if (kind === 'none') return line;
  if (kind === 'table') {
    return line.replace(CELL_FIGURE, (_, sign: string, digits: string, percent: string) => `${perturb(sign, digits, random)}${percent}`);
  }
  return line.replace(PROSE_FIGURE, (_, sign: string, digits: string) => perturb(sign, digits, random));
}

/**
 * A table's lines: the header, then the data rows, a sample of them for a long table. `keep` is the
 * share of rows to keep; a table never shrinks below eight rows.
 */
export function renderTable(table: TableSegment, keep: number, random: Random): string[] {
  if (!table.sampleable || keep >= 1) return [...table.head, ...table.rows];
  const minimum = Math.min(8, table.rows.length);
  let rows = table.rows.filter(() => random.chance(keep));
  if (rows.length < minimum) rows = table.rows.slice(0, minimum);
  return [...table.head, ...rows];
}
