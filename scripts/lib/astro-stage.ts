/**
 * Stage "astro", run in a child process: Astro keeps most of what it allocated until its process
 * ends (about 4 GB after a 1,000-digest build), and Pagefind then starts another large process.
 * Run in one process, their peaks added up; in a child, Astro's memory is returned before indexing.
 *
 * As a script (`node scripts/lib/astro-stage.ts <outDir> <cacheDir> [--force]`) it is that child.
 *
 * Rebuilds are incremental (astro.config.mjs, `experimental.incrementalBuild`): pages whose code
 * and cache key (src/lib/page-key.ts) are unchanged are copied from the last build in `cacheDir`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { NO_PROGRESS, type StageProgress } from '../../src/converter/progress.ts';
import type { PagesWritten } from './astro-page-logger.ts';

/** Where Astro keeps its caches, and whether to ignore what they hold (`--no-cache`). */
export interface AstroCache {
  /** Astro's `cacheDir`: the content layer's data store and the incremental build's pages. */
  dir: string;
  /** Render every page, as a first build does (Astro's `--force`); the cache is written anew. */
  force: boolean;
}

/** Where the last successful build's page count is kept: the next build's progress total. */
const pageCountFile = (cache: AstroCache) => join(cache.dir, 'research-digest-pages.json');

/** Pages the last build wrote, or null on a first build (then progress shows pages and rate only). */
export function lastPageCount(cache: AstroCache): number | null {
  try {
    const { pages } = JSON.parse(readFileSync(pageCountFile(cache), 'utf8')) as { pages: unknown };
    return typeof pages === 'number' && pages > 0 ? pages : null;
  } catch {
    return null;
  }
}

/** Builds the site into `outDir` in a child process; rejects when the build fails. */
export function buildSiteInChildProcess(outDir: string, cache: AstroCache, progress: StageProgress = NO_PROGRESS): Promise<void> {
  const args = [fileURLToPath(import.meta.url), outDir, cache.dir, ...(cache.force ? ['--force'] : [])];
  // The IPC channel tells the child when this process ends, however it ends (see below), and
  // carries the count of pages written (astro-page-logger.ts).
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: process.env });
  let pages = 0;
  let started = false;
  child.on('message', (message: PagesWritten) => {
    if (!started) progress.start('生成页面', lastPageCount(cache));
    started = true;
    progress.tick(message.astroPages - pages);
    pages = message.astroPages;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (started) progress.end();
      if (code !== 0) return reject(new Error(`Astro 构建失败（${signal ?? `退出码 ${code}`}），见上方输出。`));
      mkdirSync(cache.dir, { recursive: true });
      writeFileSync(pageCountFile(cache), `${JSON.stringify({ pages })}\n`);
      resolve();
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outDir, cacheDir, force] = process.argv.slice(2);
  if (!outDir || !cacheDir) throw new Error('usage: node scripts/lib/astro-stage.ts <outDir> <cacheDir> [--force]');
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  // A build killed with SIGKILL cannot stop its child: the child stops itself, rather than go on
  // writing into a staging folder the next build deletes. The channel must not keep it alive.
  process.on('disconnect', () => process.exit(1));
  process.channel?.unref();
  // Info level reaches the logger, which prints warnings and errors and counts pages.
  const logger = { entrypoint: fileURLToPath(new URL('./astro-page-logger.ts', import.meta.url)) };
  await build({ root: process.cwd(), outDir, cacheDir, force: force === '--force', logLevel: 'info', logger });
}
