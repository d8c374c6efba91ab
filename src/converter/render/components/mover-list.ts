/**
 * Price moves of one section as a small diverging bar chart, drawn at build time as inline SVG
 * (no chart library in the browser). Each row keeps the name and the number as text; the bar is
 * decoration. Red for a rise, green for a fall.
 */
import type { Element } from 'hast';
import { h, s } from 'hastscript';
import type { Mover } from '../../../schema/report.ts';
import { moverBars, type MoverBar } from '../mover-bars.ts';

interface Props {
  /** All the digest's movers; only those of `section` are shown. */
  movers: Mover[];
  /** Section id. */
  section: string;
}

function barRow(bar: MoverBar): Element {
  const chart = s('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', ariaHidden: 'true', focusable: 'false' }, [
    s('line', { x1: '50', y1: '0', x2: '50', y2: '10', className: ['axis'] }),
    s('rect', { x: String(bar.x), y: '1.5', width: String(bar.width), height: '7', className: [bar.direction] }),
  ]);
  return h('li', [h('span', { className: ['name'] }, bar.name), chart, h('span', { className: ['change', bar.direction] }, bar.label)]);
}

/** Nothing when the section has no moves. */
export function moverList({ movers, section }: Props): Element | null {
  const bars = moverBars(movers.filter((m) => m.section === section));
  if (bars.length === 0) return null;
  return h('figure', { className: ['movers'] }, [h('figcaption', '涨跌幅'), h('ol', bars.map(barRow))]);
}
