/**
 * Table cells the Chinese market's way: numbers align right, a rise shows red and a fall green.
 * A Sätteri hast plugin (Astro 7's Markdown engine) adds the classes at build time, so no
 * script runs in the browser. Alignment moves from inline styles to classes, which a strict
 * Content-Security-Policy allows.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

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

function rowsOf(node: Element | ElementContent): Element[] {
  if (node.type !== 'element') return [];
  if (node.tagName === 'tr') return [node];
  return node.children.flatMap(rowsOf);
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

function markCell(cell: Element, classes: readonly string[], ctx: HastVisitorContext): void {
  ctx.setProperty(cell, 'style', undefined);
  if (classes.length > 0) ctx.setProperty(cell, 'className', classes);
}

/** Marks every cell of a digest table; the header row says which columns are changes. */
export const marketColors = defineHastPlugin({
  name: 'research-digest-market-colors',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      const [header, ...body] = rowsOf(table);
      if (!header) return;
      const changeColumns = cellsOf(header).map((cell) => CHANGE_COLUMN.test(ctx.textContent(cell)));
      for (const cell of cellsOf(header)) markCell(cell, [], ctx);
      for (const row of body) {
        cellsOf(row).forEach((cell, i) => markCell(cell, cellClasses(ctx.textContent(cell), changeColumns[i] ?? false), ctx));
      }
    },
  },
});
