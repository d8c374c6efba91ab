/**
 * rehype plugin: marks numeric table cells so they align right, and signed changes so that a
 * rise shows red and a fall green (the Chinese market's colours). Runs at build time: no script
 * is needed in the browser.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const NUMBER = /^[+\-−]?\d[\d,]*(\.\d+)?\s*(%|pct|x|X|倍|亿元?|万元?|元|bp)?$/;
const SIGNED = /^([+\-−])\s*\d/;

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
}

/** `rise`, `fall`, `num`, or nothing for a cell's text. */
export function cellClasses(text: string): string[] {
  const value = text.trim();
  if (!NUMBER.test(value)) return [];
  const sign = SIGNED.exec(value)?.[1];
  const isZero = /^[+\-−]?0+(\.0+)?\D*$/.test(value);
  if (!sign || isZero) return ['num'];
  return ['num', sign === '+' ? 'rise' : 'fall'];
}

function markCells(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'td') {
      const classes = cellClasses(textOf(child));
      if (classes.length > 0) {
        const existing = child.properties['className'];
        child.properties['className'] = [...(Array.isArray(existing) ? existing.map(String) : []), ...classes];
      }
    } else markCells(child);
  }
}

export function rehypeMarketColors() {
  return (tree: Root) => markCells(tree);
}
