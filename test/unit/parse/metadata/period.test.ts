import { describe, expect, it } from 'vitest';
import { findPeriod } from '~/converter/parse/metadata/period.ts';

describe('findPeriod', () => {
  it('reads a labelled span: 本期（…）', () => {
    expect(findPeriod(['本期（2026年6月29日-7月3日），恒生互联网科技业指数上涨'], null)).toEqual({
      start: '2026-06-29',
      end: '2026-07-03',
    });
  });

  it('reads 本周 with words between the label and the span', () => {
    expect(findPeriod(['● 本周行情回顾（2023-07-10 至 2023-07-14）'], null)).toEqual({
      start: '2023-07-10',
      end: '2023-07-14',
    });
  });

  it('prefers the most frequent labelled span and ignores 上周', () => {
    const lines = [
      '上周（2023-07-03 至 2023-07-09）回顾',
      '本周(2023-07-10 至 2023-07-14)，上证指数上涨',
      '图表 16 IOS 游戏畅销榜本周排名 (2023-07-10 至 2023-07-16)',
      '从指数表现来看，本周(2023-07-10 至 2023-07-14)',
    ];
    expect(findPeriod(lines, null)).toEqual({ start: '2023-07-10', end: '2023-07-14' });
  });

  it('falls back to chart captions, with the year from the context', () => {
    const lines = ['图表1：相关行业指数表现（6.29-7.3）', '图表2：重点个股涨跌幅（6.29-7.3）', '正文（3.2-4.5）'];
    expect(findPeriod(lines, 2026)).toEqual({ start: '2026-06-29', end: '2026-07-03' });
  });

  it('rolls captions over a new year', () => {
    expect(findPeriod(['图 1：指数表现（12.29-1.2）'], 2026)).toEqual({ start: '2026-12-29', end: '2027-01-02' });
  });

  it('is null without a span, or without a year for a year-less span', () => {
    expect(findPeriod(['5月恒生科技指数基本持平'], 2026)).toBeNull();
    expect(findPeriod(['图表1：相关行业指数表现（6.29-7.3）'], null)).toBeNull();
  });
});
