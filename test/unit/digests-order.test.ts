import { describe, expect, it } from 'vitest';
import { neighbours, newestFirst } from '~/lib/digests.ts';

const digest = (id: string, date: string | null) => ({ id, data: { date } });

describe('newestFirst', () => {
  it('puts the newest date first and undated digests last', () => {
    const sorted = newestFirst([digest('a', '2023-07-16'), digest('b', null), digest('c', '2026-07-03')]);
    expect(sorted.map((d) => d.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks ties by id so the order is the same on every build', () => {
    const sorted = newestFirst([digest('z', '2024-01-01'), digest('m', '2024-01-01')]);
    expect(sorted.map((d) => d.id)).toEqual(['m', 'z']);
  });
});

describe('neighbours', () => {
  const sorted = [digest('c', '2026-07-03'), digest('a', '2023-07-16'), digest('b', null)];

  it('gives the newer and the older digest either side', () => {
    expect(neighbours(sorted, 1)).toEqual({ newer: sorted[0], older: sorted[2] });
  });

  it('has no newer digest for the newest, no older for the oldest, nothing outside the list', () => {
    expect(neighbours(sorted, 0).newer).toBeNull();
    expect(neighbours(sorted, 2).older).toBeNull();
    expect(neighbours(sorted, 3)).toEqual({ newer: null, older: null });
    expect(neighbours(sorted, -1)).toEqual({ newer: null, older: null });
  });
});
