import { describe, expect, it } from 'vitest';
import { changeClass, changeLabel, ratingLabel, truncate, whenLabel } from '~/components/archive/format.ts';

describe('card labels', () => {
  it('truncates long key points by character, with an ellipsis', () => {
    expect(truncate('电商：板块仍呈现疲弱态势', 20)).toBe('电商：板块仍呈现疲弱态势');
    expect(truncate('一二三四五六七八九十', 5)).toBe('一二三四…');
    expect([...truncate('一二三四五六七八九十', 5)]).toHaveLength(5);
    expect(truncate('  a\n  b  ', 10)).toBe('a b');
  });

  it('shows the date, else the period, else 未注明日期', () => {
    expect(whenLabel({ date: '2026-07-03', period: { start: '2026-06-29', end: '2026-07-03' } })).toBe('2026-07-03');
    expect(whenLabel({ date: null, period: { start: '2023-07-10', end: '2023-07-14' } })).toBe('2023-07-10 至 2023-07-14');
    expect(whenLabel({ date: null, period: null })).toBe('未注明日期');
  });

  it('shows a rating with its action', () => {
    expect(ratingLabel({ value: '买入', action: '维持' })).toBe('买入（维持）');
    expect(ratingLabel({ value: '增持', action: null })).toBe('增持');
    expect(ratingLabel(null)).toBeNull();
  });

  it('colours a rise red and a fall green (Chinese market convention)', () => {
    expect([changeLabel(1.29), changeClass(1.29)]).toEqual(['+1.29%', 'rise']);
    expect([changeLabel(-2.45), changeClass(-2.45)]).toEqual(['-2.45%', 'fall']);
    expect([changeLabel(0), changeClass(0)]).toEqual(['0.00%', null]);
  });
});
