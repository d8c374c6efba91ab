/** The console line about the conversion cache: how much of the archive a build did not convert again. */

export function cacheSummary(cache: { hits: number; misses: number }, cacheDir: string | null, warning: string | null = null): string {
  if (cacheDir === null) return `转换缓存：未启用（--no-cache），${cache.misses} 篇全部重新转换`;
  const summary = `转换缓存：复用缓存 ${cache.hits} 篇，重新转换 ${cache.misses} 篇（${cacheDir}）`;
  return warning ? `${summary}\n${warning}` : summary;
}

/** The one warning of a run whose cache could not be opened, or not written; null when it worked. */
export function cacheWarning(openProblem: string | null, writeProblem: string | null): string | null {
  if (openProblem) return `警告：转换缓存不可用（${openProblem}），本次构建不使用缓存，结果不受影响`;
  if (writeProblem) return `警告：转换缓存无法写入（${writeProblem}），本次转换的结果没有存入缓存，结果不受影响`;
  return null;
}
