/**
 * `npm start`: build the archive if it has not been built or a report changed since, then serve
 * the built site on localhost (Astro's preview server, which honours BASE_PATH) with search working.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { scriptOptions } from './lib/args.ts';

const options = scriptOptions();

/** Newest modification time of anything under `dir`, or 0 when it does not exist. */
async function newestChange(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const times = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.mtimeMs)));
  return Math.max(0, ...times);
}

function builtAt(): number {
  try {
    return statSync(join(options.outDir, 'pagefind', 'pagefind.js')).mtimeMs;
  } catch {
    return 0;
  }
}

const sourcesChanged = Math.max(await newestChange(options.inputDir), await newestChange('src')) > builtAt();
const forward = process.argv.slice(2);
// Telemetry off: a publisher's build should not phone home (and this network would refuse it).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;

if (sourcesChanged) {
  console.log('正在构建文摘站点…');
  const status = run(['scripts/build.ts', ...forward]);
  if (status !== 0) process.exit(status);
}
process.exit(run(['node_modules/astro/bin/astro.mjs', 'preview', '--outDir', options.outDir]));
