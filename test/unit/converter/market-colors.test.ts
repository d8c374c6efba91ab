import { describe, expect, it } from 'vitest';
import { cellClasses } from '~/converter/render/market-colors.ts';

describe('cellClasses', () => {
  it('marks a rise red and a fall green, as the Chinese market reads them', () => {
    expect(cellClasses('+8.4975%')).toEqual(['num', 'rise']);
    expect(cellClasses('-2.45%')).toEqual(['num', 'fall']);
  });

  it('right-aligns unsigned numbers without colouring them', () => {
    expect(cellClasses('3,895,236')).toEqual(['num']);
    expect(cellClasses('15.07')).toEqual(['num']);
    expect(cellClasses('+0.00%')).toEqual(['num']);
  });

  it('reads an unsigned positive number in a change column (周涨跌幅) as a rise', () => {
    expect(cellClasses('30.57%', true)).toEqual(['num', 'rise']);
    expect(cellClasses('-8.13%', true)).toEqual(['num', 'fall']);
    expect(cellClasses('376.82', false)).toEqual(['num']);
  });

  it('leaves text and tickers alone', () => {
    expect(cellClasses('腾讯控股')).toEqual([]);
    expect(cellClasses('0700.HK')).toEqual([]);
    expect(cellClasses('-')).toEqual([]);
  });
});
