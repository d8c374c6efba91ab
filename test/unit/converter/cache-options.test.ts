/** The scripts' cache options: on by default in node_modules, `CACHE_DIR` to move it, `--no-cache` to turn it off. */
import { describe, expect, it } from 'vitest';
import { cacheSummary } from '~/converter/cache/summary.ts';
import { DEFAULT_CACHE_DIR, scriptOptions } from '../../../scripts/lib/args.ts';

describe('cache options', () => {
  it('caches under node_modules by default', () => {
    expect(scriptOptions([], {}).cacheDir).toBe(DEFAULT_CACHE_DIR);
    expect(DEFAULT_CACHE_DIR).toMatch(/^node_modules\//);
  });

  it('takes the folder from CACHE_DIR, and an empty one as unset', () => {
    expect(scriptOptions([], { CACHE_DIR: '/tmp/digest-cache' }).cacheDir).toBe('/tmp/digest-cache');
    expect(scriptOptions([], { CACHE_DIR: '' }).cacheDir).toBe(DEFAULT_CACHE_DIR);
  });

  it('turns the cache off with --no-cache, whatever CACHE_DIR says', () => {
    expect(scriptOptions(['--no-cache'], { CACHE_DIR: '/tmp/digest-cache' }).cacheDir).toBeNull();
  });

  it('says on the console how many reports were reused', () => {
    expect(cacheSummary({ hits: 998, misses: 2 }, DEFAULT_CACHE_DIR)).toContain('复用缓存 998 篇，重新转换 2 篇');
    expect(cacheSummary({ hits: 0, misses: 5 }, null)).toContain('--no-cache');
  });
});
