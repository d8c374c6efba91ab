import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, paginate, pagePath, pagerLinks } from '~/lib/pagination.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('uses one page size constant of 20', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(paginate(range(20))).toHaveLength(1);
    expect(paginate(range(21)).map((p) => p.items.length)).toEqual([20, 1]);
  });

  it('numbers pages from 1 and tells each page the total', () => {
    const pages = paginate(range(5), 2);
    expect(pages.map((p) => [p.number, p.total, p.items])).toEqual([
      [1, 3, [0, 1]],
      [2, 3, [2, 3]],
      [3, 3, [4]],
    ]);
  });

  it('gives an empty list one empty page, so the home page still renders', () => {
    expect(paginate([])).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate(range(3), 0)).toThrow(RangeError);
    expect(() => paginate(range(3), 1.5)).toThrow(RangeError);
  });
});

describe('pagePath and pagerLinks', () => {
  it('puts page 1 at the home page and later pages under /page/', () => {
    expect(pagePath(1)).toBe('/');
    expect(pagePath(2)).toBe('/page/2/');
    expect(pagePath(12)).toBe('/page/12/');
  });

  it('links to the previous and next pages, none past either end', () => {
    expect(pagerLinks({ number: 1, total: 1 })).toEqual({ prev: null, next: null });
    expect(pagerLinks({ number: 1, total: 3 })).toEqual({ prev: null, next: '/page/2/' });
    expect(pagerLinks({ number: 2, total: 3 })).toEqual({ prev: '/', next: '/page/3/' });
    expect(pagerLinks({ number: 3, total: 3 })).toEqual({ prev: '/page/2/', next: null });
  });
});
