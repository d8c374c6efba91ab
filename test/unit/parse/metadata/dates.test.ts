import { describe, expect, it } from 'vitest';
import { findFullDates, parseDate, parseSpan, toIso } from '~/converter/parse/metadata/dates.ts';

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
