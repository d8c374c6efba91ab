import { describe, expect, it } from 'vitest';
import { numericCell } from '~/converter/parse/tables/index.ts';

describe('numericCell', () => {
  it('reads signs, decimals and percent', () => {
    expect(numericCell('+8.4975%')).toEqual({ value: 8.4975, unit: '%' });
    expect(numericCell('-2.28')).toEqual({ value: -2.28, unit: null });
  });

  it('reads multiples and percentage points', () => {
    expect(numericCell('20.12x')).toEqual({ value: 20.12, unit: 'x' });
    expect(numericCell('3.2pct')).toEqual({ value: 3.2, unit: 'pct' });
  });

  it('drops thousands separators and keeps a unit after a space, longest unit first', () => {
    expect(numericCell('1,850 亿元')).toEqual({ value: 1850, unit: '亿元' });
    expect(numericCell('3,895,236')).toEqual({ value: 3895236, unit: null });
  });

  it('reads accounting negatives in brackets', () => {
    expect(numericCell('(2.3)')).toEqual({ value: -2.3, unit: null });
  });

  it('gives null for placeholders and non-numbers', () => {
    for (const cell of ['-', '', ' ', '—', 'N/A', '2025E', '0700.HK', '腾讯控股', '1,85', '3.2 亿元 左右']) {
      expect(numericCell(cell), cell).toBeNull();
    }
  });
});
