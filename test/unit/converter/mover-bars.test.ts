import { describe, expect, it } from 'vitest';
import { moverBars } from '~/converter/render/mover-bars.ts';

describe('moverBars', () => {
  it('grows rises right and falls left of the centre, the largest move filling its half', () => {
    const [up, down] = moverBars([
      { name: '百度', change: 8.71 },
      { name: '甲骨文', change: -4.355 },
    ]);
    expect(up).toEqual({ name: '百度', label: '+8.71%', direction: 'rise', x: 50, width: 50 });
    expect(down).toEqual({ name: '甲骨文', label: '-4.355%', direction: 'fall', x: 25, width: 25 });
  });

  it('draws no bar for no change', () => {
    expect(moverBars([{ name: '平', change: 0 }])[0]).toMatchObject({ direction: 'flat', width: 0, label: '0%' });
  });
});
