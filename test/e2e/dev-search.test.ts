/**
 * `npm run dev` has no index of its own: it serves the last build's Pagefind index, so search works
 * while editing, and says in its log how to get one when there is none.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';

let server: ChildProcess | null = null;

afterEach(() => {
  server?.kill();
  server = null;
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` with OUT_DIR set, and resolves with its log once it says which index it serves. */
async function startDev(outDir: string, port: number): Promise<string> {
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (/搜索使用最近一次构建的索引|还没有搜索索引/.test(log) && log.includes(String(port))) {
        clearTimeout(timer);
        resolve(log);
      }
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
  });
}

describe('search in development', () => {
  it('serves the last build’s index under /pagefind/', async () => {
    const port = await freePort();
    const log = await startDev(inject('siteDir'), port);
    expect(log).toContain('搜索使用最近一次构建的索引');
    const entry = await fetch(`http://127.0.0.1:${port}/pagefind/pagefind-entry.json`).then((r) => r.json());
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  });

  it('says how to get an index when there is no build yet', async () => {
    const port = await freePort();
    const log = await startDev('out/e2e/no-build-here', port);
    expect(log).toContain('运行 npm run build 后搜索即可使用');
    expect((await fetch(`http://127.0.0.1:${port}/pagefind/pagefind.js`)).status).toBe(404);
  });
});
