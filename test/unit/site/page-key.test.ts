/** Cache keys of Astro's incremental build: a page's key changes exactly when what it is rendered from does. */
import { describe, expect, it } from 'vitest';
import { pageKey, withPageKeys } from '~/lib/page-key.ts';

const entry = (id: string, digest: string, title = id) => ({ id, collection: 'digests', digest, data: { title } });

describe('pageKey', () => {
  it('is the same for the same params and props, built anew', () => {
    expect(pageKey({ slug: 'a' }, { digest: entry('a', 'd1'), newer: entry('b', 'd2') })).toBe(
      pageKey({ slug: 'a' }, { digest: entry('a', 'd1'), newer: entry('b', 'd2') }),
    );
  });

  it('changes with the params, a neighbour, or an entry whose content digest changed', () => {
    const key = pageKey({ slug: 'a' }, { digest: entry('a', 'd1'), newer: entry('b', 'd2') });
    expect(pageKey({ slug: 'x' }, { digest: entry('a', 'd1'), newer: entry('b', 'd2') })).not.toBe(key);
    expect(pageKey({ slug: 'a' }, { digest: entry('a', 'd1'), newer: entry('c', 'd3') })).not.toBe(key);
    expect(pageKey({ slug: 'a' }, { digest: entry('a', 'd9'), newer: entry('b', 'd2') })).not.toBe(key);
    expect(pageKey({ slug: 'a' }, { digest: entry('a', 'd1'), newer: null })).not.toBe(key);
  });

  it('takes an entry by its content digest: its data is what the digest was made from', () => {
    expect(pageKey({}, { digest: entry('a', 'd1', '旧标题') })).toBe(pageKey({}, { digest: entry('a', 'd1', '新标题') }));
  });

  it('covers plain values around entries: a list page keyed by its page number and items', () => {
    const page = (items: unknown[]) => ({ page: { number: 2, total: 3, items } });
    expect(pageKey({ page: '2' }, page([entry('a', 'd1')]))).not.toBe(pageKey({ page: '2' }, page([entry('a', 'd1'), entry('b', 'd2')])));
  });

  it('refuses props JSON would drop silently, so no key misses part of a page', () => {
    expect(() => pageKey({}, { companies: new Map([['a', 1]]) })).toThrow(/Map/);
    expect(() => pageKey({}, { names: new Set(['a']) })).toThrow(/Set/);
    expect(() => pageKey({}, { render: () => 1 })).toThrow(/function/);
  });
});

describe('withPageKeys', () => {
  it('adds each path its key and keeps the rest', () => {
    const [path] = withPageKeys([{ params: { slug: 'a' }, props: { n: 1 } }]);
    expect(path).toEqual({ params: { slug: 'a' }, props: { n: 1 }, cacheKey: pageKey({ slug: 'a' }, { n: 1 }) });
  });
});
