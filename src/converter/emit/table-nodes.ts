/**
 * A report table as a GFM table inside the DataTable component: readable and editable in the
 * MDX source, escaped by the serializer like any other text.
 */
import type { AlignType, RootContent, Table as MdastTable, TableRow } from 'mdast';
import type { Table } from '../../schema/table.ts';
import { component, text, type AttributeValue } from './mdast-builders.ts';

const NUMERIC_CELL = /^[+-]?[\d,.]+\s*(%|x|X|倍|pct|亿元?|万元?|元)?$/;

/** Right-align a column when most of its non-empty cells are numbers, as a reader expects. */
function columnAlignment(table: Table): AlignType[] {
  return table.columns.map((_, column) => {
    let cells = 0;
    let numeric = 0;
    for (const row of table.rows) {
      const cell = (row[column] ?? '').trim();
      if (!cell || cell === '-') continue;
      cells += 1;
      if (NUMERIC_CELL.test(cell)) numeric += 1;
    }
    return cells > 0 && numeric / cells >= 0.6 ? 'right' : 'left';
  });
}

function row(cells: readonly string[], width: number): TableRow {
  const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return { type: 'tableRow', children: padded.map((cell) => ({ type: 'tableCell', children: cell ? [text(cell)] : [] })) };
}

/** The table as `<DataTable …>` wrapping a GFM table. */
export function tableNodes(table: Table): RootContent[] {
  // A loop, not Math.max(...rows): spreading a long table's rows was slow (and has an argument limit).
  let width = table.columns.length;
  for (const r of table.rows) width = Math.max(width, r.length);
  const gfm: MdastTable = {
    type: 'table',
    align: columnAlignment(table),
    children: [row(table.columns, width), ...table.rows.map((r) => row(r, width))],
  };
  const attributes: Record<string, AttributeValue> = { id: table.id };
  if (table.label) attributes['label'] = table.label;
  if (table.caption) attributes['caption'] = table.caption;
  if (table.source) attributes['source'] = table.source;
  return [component('DataTable', attributes, [gfm])];
}
