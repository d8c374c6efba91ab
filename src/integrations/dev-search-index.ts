/**
 * `npm run dev` has no search index of its own: Pagefind indexes the built site. This integration
 * serves the last build's index (`<OUT_DIR or dist>/pagefind/`) under the dev server's `/pagefind/`,
 * so search works while editing. Without a build the requests 404 and the search box says to run
 * `npm run build`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The file under `indexDir` a request path names, or null when it escapes the folder or is missing. */
export async function indexFileFor(indexDir: string, requestPath: string): Promise<string | null> {
  const root = normalize(indexDir + sep);
  const file = normalize(join(root, decodeURIComponent(requestPath.split('?')[0] ?? '')));
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

function serveIndex(indexDir: string) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const file = await indexFileFor(indexDir, req.url ?? '/');
    if (!file) return next();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  };
}

/** Serves the last build's Pagefind index in `astro dev`. */
export function devSearchIndex(outDir: string): AstroIntegration {
  let base = '/';
  return {
    name: 'research-digest:dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = resolve(outDir, 'pagefind');
        server.middlewares.use(`${base}pagefind`, serveIndex(indexDir));
        stat(indexDir).then(
          () => logger.info(`搜索使用最近一次构建的索引：${indexDir}`),
          () => logger.warn(`还没有搜索索引（${indexDir}）：运行 npm run build 后搜索即可使用。`),
        );
      },
    },
  };
}
