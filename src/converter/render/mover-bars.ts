/**
 * Geometry of the movers bar chart: bars grow from a centre axis (x = 50 of 100), right for a
 * rise and left for a fall, scaled so the largest move fills its half.
 */
import type { Mover } from '../../schema/report.ts';

export interface MoverBar {
  name: string;
  /** `+2.48%` / `-2.45%`, as a reader expects to see it. */
  label: string;
  direction: 'rise' | 'fall' | 'flat';
  /** Left edge and width in the chart's 0–100 units. */
  x: number;
  width: number;
}

const HALF = 50;

/** Bars in the order the report lists the moves. */
export function moverBars(movers: readonly Pick<Mover, 'name' | 'change'>[]): MoverBar[] {
  const largest = Math.max(0, ...movers.map((m) => Math.abs(m.change)));
  return movers.map(({ name, change }) => {
    const width = largest === 0 ? 0 : Math.round((Math.abs(change) / largest) * HALF * 100) / 100;
    const direction = change > 0 ? 'rise' : change < 0 ? 'fall' : 'flat';
    return {
      name,
      label: `${change > 0 ? '+' : ''}${change}%`,
      direction,
      x: change < 0 ? HALF - width : HALF,
      width,
    };
  });
}
