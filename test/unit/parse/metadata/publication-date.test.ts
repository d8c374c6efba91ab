import { describe, expect, it } from 'vitest';
import { findExplicitDate, inferDate } from '~/converter/parse/metadata/publication-date.ts';

describe('findExplicitDate', () => {
  it.each([
    [['报告日期：2023-07-16'], '2023-07-16'],
    [['发布日期: 2026年7月5日'], '2026-07-05'],
    [['腾讯控股（0700.HK） 报告日期：2026年8月15日'], '2026-08-15'],
    [['互联网行业研究', '2026年07月05日'], '2026-07-05'],
    [['证券研究报告 | 2026.07.05'], '2026-07-05'],
  ])('reads %j', (lines, date) => {
    expect(findExplicitDate(lines)).toBe(date);
  });

  it('does not take a date inside a sentence or without a year', () => {
    expect(findExplicitDate(['本期（2026年6月29日-7月3日）指数上涨', '7月3日'])).toBeNull();
  });
});

describe('inferDate', () => {
  it('infers from the period end', () => {
    expect(inferDate([], { start: '2026-06-29', end: '2026-07-03' }, [])).toEqual({
      date: '2026-07-03',
      dateSource: 'inferred',
      warnings: ['发布日期（date）由报告期推断（2026-07-03）'],
    });
  });

  it('takes the latest of the 截至 dates, the period end and the related reports', () => {
    const lines = ['截至 2024 年 12 月 2 日，PE-TTM 为 20.59x', '截止2024年11月30日', '截至 5 月 20 日（无年份）'];
    const result = inferDate(lines, null, [{ title: '旧报告', date: '2024-11-11' }]);
    expect(result.date).toBe('2024-12-02');
    expect(result.warnings).toEqual(['发布日期（date）由“截至”数据日期推断（2024-12-02）']);
  });

  it('falls back to the newest related report', () => {
    const result = inferDate([], null, [{ title: 'A', date: '2026-05-11' }, { title: 'B', date: '2026-05-19' }]);
    expect(result.date).toBe('2026-05-19');
    expect(result.warnings[0]).toMatch(/相关研究/);
  });

  it('gives nulls and a warning without any date', () => {
    expect(inferDate(['正文'], null, [])).toEqual({ date: null, dateSource: null, warnings: ['未找到报告日期（date）'] });
  });
});
