/** The console line about the conversion cache: how much of the archive a build did not convert again. */

export function cacheSummary(cache: { hits: number; misses: number }, cacheDir: string | null, warning: string | null = null): string {
  if (cacheDir === null) return `转换缓存：未启用（--no-cache），${cache.misses} 篇全部重新转换`;
  const summary = `转换缓存：复用缓存 ${cache.hits} 篇，重新转换 ${cache.misses} 篇（${cacheDir}）`;
  return warning ? `${summary}\n${warning}` : summary;
}
