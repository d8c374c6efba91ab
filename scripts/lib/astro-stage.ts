/**
 * Stage "astro", run in a child process: Astro keeps most of what it allocated until its process
 * ends (about 4 GB after a 1,000-digest build), and Pagefind then starts another large process.
 * Run in one process, their peaks added up; in a child, Astro's memory is returned before indexing.
 *
 * As a script (`node scripts/lib/astro-stage.ts <outDir>`) it is that child.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

/** Builds the site into `outDir` in a child process; rejects when the build fails. */
export function buildSiteInChildProcess(outDir: string): Promise<void> {
  // The IPC channel tells the child when this process ends, however it ends (see below).
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), outDir], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: process.env });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`Astro 构建失败（${signal ?? `退出码 ${code}`}），见上方输出。`));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node scripts/lib/astro-stage.ts <outDir>');
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  // A build killed with SIGKILL cannot stop its child: the child stops itself, rather than go on
  // writing into a staging folder the next build deletes. The channel must not keep it alive.
  process.on('disconnect', () => process.exit(1));
  process.channel?.unref();
  await build({ root: process.cwd(), outDir, logLevel: 'warn' });
}
