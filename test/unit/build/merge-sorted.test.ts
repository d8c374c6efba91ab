import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../../scripts/lib/search-index/merge-sorted.ts';

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const merge = (lists: string[][]) => [...mergeSorted(lists.map((list) => list[Symbol.iterator]()), (word) => word, byCode)];

describe('mergeSorted', () => {
  it('groups equal keys across streams in ascending order, items in stream order', () => {
    const groups = merge([['b', 'd'], ['a', 'b', 'e'], [], ['b', 'c', 'e']]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.stream)])).toEqual([
      ['a', [1]],
      ['b', [0, 1, 3]],
      ['c', [3]],
      ['d', [0]],
      ['e', [1, 3]],
    ]);
  });

  it('gives what a scan of every head gives, on random sorted lists', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const lists = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        [...new Set(Array.from({ length: Math.floor(random() * 40) }, () => String.fromCharCode(97 + Math.floor(random() * 26)).repeat(1 + Math.floor(random() * 2))))].sort(byCode),
      );
      const expected = [...new Set(lists.flat())].sort(byCode).map((key) => ({ key, streams: lists.flatMap((list, i) => (list.includes(key) ? [i] : [])) }));
      expect(merge(lists).map((g) => ({ key: g.key, streams: g.items.map((i) => i.stream) }))).toEqual(expected);
    }
  });
});
