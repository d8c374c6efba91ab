/** A chart whose image was lost in extraction: the digest says what the original showed. */
import type { Element } from 'hast';
import { h } from 'hastscript';

interface Props {
  id: string;
  label?: string;
  caption: string;
  source?: string;
}

export function lostChart({ id, label, caption, source }: Props): Element {
  return h('figure', { className: ['lost-chart'], id }, [
    h('figcaption', [h('span', { className: ['lost-chart-label'] }, '原文图表'), ...(label ? [h('strong', label)] : []), ` ${caption}`]),
    ...(source ? [h('p', { className: ['chart-source'] }, `资料来源：${source}`)] : []),
  ]);
}
