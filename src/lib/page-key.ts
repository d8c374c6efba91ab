/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page that
 * `getStaticPaths` returns with the same `cacheKey` as in the last build, and whose code (the
 * route's module graph, which Astro hashes) is unchanged, is copied from the last build instead of
 * rendered again. So a page's key must change whenever anything it is rendered from changes,
 * besides code and config: every route renders from its params and props alone (plus
 * `Astro.url`, which the path fixes), so the key is a hash of those.
 *
 * A digest entry in the props stands in as its id and its content digest (Astro's hash of its
 * archive-entry JSON, which holds the hash of its body's HTML: `bodyHash`), so a list of a
 * thousand digests hashes in microseconds and a page holding a digest changes when its entry does.
 */
import { createHash } from 'node:crypto';

/** What a collection entry looks like to the key: its collection, id and content digest. */
interface KeyedEntry {
  collection: string;
  id: string;
  digest: string;
}

function isKeyedEntry(value: object): value is KeyedEntry {
  const entry = value as Partial<KeyedEntry>;
  return typeof entry.collection === 'string' && typeof entry.id === 'string' && typeof entry.digest === 'string' && 'data' in value;
}

/**
 * JSON of `value` with entries replaced by their digests. Values JSON would lose silently (a Map,
 * a Set, a function) throw instead: a key that missed part of the props would reuse a stale page.
 */
function keyText(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') throw new TypeError(`pageKey：props 中有无法作为键的值（${typeof item}）`);
    if (item instanceof Map || item instanceof Set) throw new TypeError('pageKey：props 中有 Map 或 Set，请改为数组');
    if (item !== null && typeof item === 'object' && isKeyedEntry(item)) return `${item.collection}/${item.id}@${item.digest}`;
    return item;
  });
}

/** The key of a page rendered from `params` and `props`: SHA-256 of both, hex. */
export function pageKey(params: Record<string, string | undefined>, props: unknown): string {
  return createHash('sha256').update(keyText({ params, props })).digest('hex');
}

/** `getStaticPaths` results with their `cacheKey` added. */
export function withPageKeys<P extends { params: Record<string, string | undefined>; props?: unknown }>(paths: readonly P[]): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageKey(path.params, path.props) }));
}
