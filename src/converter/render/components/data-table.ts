/**
 * A report table: caption, the table itself (a real <table>, scrolling sideways on narrow
 * screens), and its source. The table arrives as the children: a Markdown table in the digest.
 *
 * Search indexes the cells too (a company or rating may appear only in a table), and the caption
 * makes the table a sub-result, so a result can land on it.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

interface Props {
  /** Anchor id (`tab-9`). */
  id: string;
  /** Label as printed (图表 9). */
  label?: string;
  /** Caption text. */
  caption?: string;
  /** Source line without its prefix. */
  source?: string;
  children: ElementContent[];
}

export function dataTable({ id, label, caption, source, children }: Props): Element {
  const title = [label, caption].filter(Boolean).join('：');
  return h('figure', { className: ['data-table'], id, dataPagefindTitle: title || undefined }, [
    ...(title ? [h('figcaption', h('a', { className: ['anchor'], href: `#${id}` }, title))] : []),
    h('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: title || '表格' }, children),
    ...(source ? [h('p', { className: ['table-source'] }, `资料来源：${source}`)] : []),
  ]);
}
