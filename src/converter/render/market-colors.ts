/**
 * Table cells the Chinese market's way: numbers align right, a rise shows red and a fall green.
 * Applied to the rendered digest at conversion time, so no script runs in the browser.
 * Alignment moves from inline styles to classes, which a strict Content-Security-Policy allows.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const NUMBER = /^[+\-−]?\d[\d,]*(\.\d+)?\s*(%|pct|x|X|倍|亿元?|万元?|元|bp)?$/;
const SIGNED = /^([+\-−])\s*\d/;
/** Columns whose unsigned positive numbers are rises: 周涨跌幅 (%), 同比, 环比, Chg … */
const CHANGE_COLUMN = /涨跌|涨幅|跌幅|变动|变化|增速|增长率|同比|环比|chg|change/iu;

/**
 * `num`, plus `rise` or `fall`, or nothing, for a cell's text. In a change column an unsigned
 * positive number is a rise too.
 */
export function cellClasses(text: string, inChangeColumn = false): string[] {
  const value = text.trim();
  if (!NUMBER.test(value)) return [];
  if (/^[+\-−]?0+(\.0+)?\D*$/.test(value)) return ['num'];
  const sign = SIGNED.exec(value)?.[1] ?? (inChangeColumn ? '+' : null);
  if (!sign) return ['num'];
  return ['num', sign === '+' ? 'rise' : 'fall'];
}

/** The text of a cell, as a reader sees it. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function rowsOf(node: Element | ElementContent): Element[] {
  if (node.type !== 'element') return [];
  if (node.tagName === 'tr') return [node];
  return node.children.flatMap(rowsOf);
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

function markCell(cell: Element, classes: readonly string[]): void {
  delete cell.properties['style'];
  if (classes.length > 0) cell.properties['className'] = [...classes];
}

/** Marks every cell of one table; the header row says which columns are changes. */
export function markTable(table: Element): void {
  const [header, ...body] = rowsOf(table);
  if (!header) return;
  const changeColumns = cellsOf(header).map((cell) => CHANGE_COLUMN.test(textOf(cell)));
  for (const cell of cellsOf(header)) markCell(cell, []);
  for (const row of body) {
    cellsOf(row).forEach((cell, i) => markCell(cell, cellClasses(textOf(cell), changeColumns[i] ?? false)));
  }
}

/** Marks every table in a tree. */
export function marketColors(tree: Root | Element): void {
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element' && node.tagName === 'table') markTable(node);
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}
