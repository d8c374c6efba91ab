import { describe, expect, it } from 'vitest';
import { dayLabel, eventCount, eventUrl, groupByDay, groupByMonthAndDay, timelineOf } from '~/lib/timeline.ts';

const event = (id: string, date: string | null) => ({ id, date, title: `标题 ${id}` });
const digest = (id: string, date: string | null, events: ReturnType<typeof event>[], broker: string | null = '国金证券') => ({
  id,
  data: { title: `研报 ${id}`, broker, date, events },
});

const digests = [
  digest('a', '2026-07-03', [event('e-a1', '2026-07-01'), event('e-a2', null), event('e-a3', '2026-07-02')]),
  digest('b', '2026-05-30', [event('e-b1', '2026-05-20'), event('e-b2', '2026-07-01'), event('e-b3', null)], '国信证券'),
  digest('c', null, []),
];

describe('timelineOf', () => {
  it('lists every event of every digest, newest first, undated last', () => {
    expect(timelineOf(digests).map((e) => e.event.id)).toEqual(['e-a3', 'e-a1', 'e-b2', 'e-b1', 'e-a2', 'e-b3']);
  });

  it('breaks ties by the newer digest, then keeps the order within a digest', () => {
    const same = [digest('x', '2026-01-01', [event('x1', '2026-01-01'), event('x2', '2026-01-01')]), digest('y', '2026-02-01', [event('y1', '2026-01-01')])];
    expect(timelineOf(same).map((e) => e.event.id)).toEqual(['y1', 'x1', 'x2']);
  });

  it('carries the digest’s id, title and broker with each event', () => {
    const [first] = timelineOf(digests);
    expect(first?.digest).toEqual({ id: 'a', title: '研报 a', broker: '国金证券', date: '2026-07-03' });
  });

  it('returns nothing for digests without events', () => {
    expect(timelineOf([digest('c', null, [])])).toEqual([]);
  });
});

describe('grouping', () => {
  const entries = timelineOf(digests);

  it('groups events by day in timeline order', () => {
    expect(groupByDay(entries).map((d) => [d.date, d.entries.map((e) => e.event.id)])).toEqual([
      ['2026-07-02', ['e-a3']],
      ['2026-07-01', ['e-a1', 'e-b2']],
      ['2026-05-20', ['e-b1']],
      [null, ['e-a2', 'e-b3']],
    ]);
  });

  it('groups days by month, undated last', () => {
    expect(groupByMonthAndDay(entries).map((m) => [m.month, m.days.map((d) => d.date)])).toEqual([
      ['2026-07', ['2026-07-02', '2026-07-01']],
      ['2026-05', ['2026-05-20']],
      ['undated', [null]],
    ]);
  });

  it('counts the events of each month, for the timeline’s month index', () => {
    expect(groupByMonthAndDay(entries).map((m) => [m.month, eventCount(m)])).toEqual([['2026-07', 3], ['2026-05', 1], ['undated', 2]]);
  });
});

describe('labels and links', () => {
  it('labels days in Chinese', () => {
    expect(dayLabel('2026-07-02')).toBe('7 月 2 日');
    expect(dayLabel(null)).toBe('未注明日期');
  });

  it('links an event to its anchor in its digest, under the base path', () => {
    expect(eventUrl('2026-07-03-gjzq', 'e-2026-07-02-abc', '/')).toBe('/digests/2026-07-03-gjzq/#e-2026-07-02-abc');
    expect(eventUrl('x', 'e-1', '/digest/')).toBe('/digest/digests/x/#e-1');
  });
});
