import { describe, expect, it } from 'vitest';
import { findFullDates, parseDate, parseSpan, readCompactDate, toIso } from '~/converter/parse/metadata/dates/grammar.ts';

describe('date grammar: single dates', () => {
  it.each([
    ['2026年6月29日', '2026-06-29'],
    ['2026 年 6 月 29 日', '2026-06-29'],
    ['2026年07月05日', '2026-07-05'],
    ['2026-06-29', '2026-06-29'],
    ['2026.06.29', '2026-06-29'],
    ['2026/6/29', '2026-06-29'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('takes a missing year from the context', () => {
    expect(parseDate('6月29日', 2026)).toBe('2026-06-29');
    expect(parseDate('6.29', 2026)).toBe('2026-06-29');
  });

  it('gives up without a year, and on days that do not exist', () => {
    expect(parseDate('6月29日')).toBeNull();
    expect(parseDate('2026年2月30日')).toBeNull();
    expect(toIso(2026, 13, 1)).toBeNull();
    expect(parseDate('2026-06-29 之后')).toBeNull();
  });
});

describe('date grammar: spans', () => {
  it.each([
    ['2026年6月29日-7月3日', null, '2026-06-29', '2026-07-03'],
    ['2026 年 6 月 29 日-7 月 3 日', null, '2026-06-29', '2026-07-03'],
    ['2023-07-10 至 2023-07-14', null, '2023-07-10', '2023-07-14'],
    ['2026.6.29~2026.7.3', null, '2026-06-29', '2026-07-03'],
    ['6.29-7.3', 2026, '2026-06-29', '2026-07-03'],
    ['6月29日–7月3日', 2026, '2026-06-29', '2026-07-03'],
    ['7 月 29 日—30 日', 2026, '2026-07-29', '2026-07-30'],
  ])('reads %s', (text, year, start, end) => {
    expect(parseSpan(text, year)).toEqual({ start, end });
  });

  it('rolls a year-less end over into the next year', () => {
    expect(parseSpan('12.29-1.2', 2026)).toEqual({ start: '2026-12-29', end: '2027-01-02' });
    expect(parseSpan('2026年12月29日-1月2日')).toEqual({ start: '2026-12-29', end: '2027-01-02' });
  });

  it('takes the start year from the end when only the end has one', () => {
    expect(parseSpan('12月29日-2027年1月2日')).toEqual({ start: '2026-12-29', end: '2027-01-02' });
  });

  it('rejects spans without a year, backwards spans and non-dates', () => {
    expect(parseSpan('6.29-7.3')).toBeNull();
    expect(parseSpan('2026-07-03 至 2026-06-29')).toBeNull();
    expect(parseSpan('3.2-4.5%', 2026)).toBeNull();
    expect(parseSpan('13.1-13.5', 2026)).toBeNull();
  });
});

describe('findFullDates', () => {
  it('finds dates that name their year, in order', () => {
    const text = '截至 2024 年 12 月 2 日，另见 2024-11-11 与 6 月 28 日';
    expect(findFullDates(text).map((d) => d.iso)).toEqual(['2024-12-02', '2024-11-11']);
  });
});

describe('date grammar: printed forms of a full date', () => {
  it.each([
    ['2025 年 10 月 30 日', '2025-10-30'],
    ['２０２５年１０月３０日', '2025-10-30'],
    ['２０２５－１０－３０', '2025-10-30'],
    ['2020/9/6', '2020-09-06'],
    ['2021.04.25', '2021-04-25'],
    ['二〇二一年三月二十八日', '2021-03-28'],
    ['二〇二〇年十月二十七日', '2020-10-27'],
    ['5 January 2026', '2026-01-05'],
    ['January 5, 2026', '2026-01-05'],
    ['17 Apr 2026', '2026-04-17'],
  ])('finds %s', (text, iso) => {
    expect(findFullDates(`报告 ${text} 正文`).map((d) => d.iso)).toEqual([iso]);
  });

  it('reads a date glued to the digits before it (a licence number)', () => {
    // flat_17: 分析师：陈晨SACNO：S11501180800072021年03月31日
    expect(findFullDates('SACNO：S11501180800072021年03月31日').map((d) => d.iso)).toEqual(['2021-03-31']);
  });

  it('does not read two-digit-year axis labels as dates', () => {
    // flat_12: a stock chart's axis 19/10/2819/12/2820/2/28
    expect(findFullDates('(1%)7%16%25%33%19/10/2819/12/2820/2/2820/4/28')).toEqual([]);
  });

  it('reads a compact date only where asked', () => {
    expect(findFullDates('日期： 20250324')).toEqual([]);
    expect(readCompactDate('日期： 20250324', 4)).toEqual({ iso: '2025-03-24', index: 4, end: 12 });
    expect(readCompactDate('HX-250928220321', 3)).toBeNull();
  });
});
