/**
 * A minimal static file server for tests: serves a built site under its `base` path on
 * 127.0.0.1 with a random port, like any static host would (index.html for directories, 404.html).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** Origin plus base, ending in `/`: `http://127.0.0.1:PORT/base/`. */
  url: string;
  close(): Promise<void>;
}

async function resolveFile(siteDir: string, pathname: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.(\/|\\|$))+/, '');
  const candidate = join(siteDir, safe);
  if (!candidate.startsWith(siteDir)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (await stat(index).catch(() => null)) return index;
  }
  return null;
}

export async function serveStatic(siteDir: string, base = '/'): Promise<StaticSite> {
  const root = normalize(siteDir + sep);
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    const file = inBase === null ? null : await resolveFile(root, inBase);
    const served = file ?? join(root, '404.html');
    res.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).on('error', () => res.end()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
