/**
 * The published site is replaced only by a complete one. Every stage writes into a staging folder
 * beside the output folder (`.dist.building-<pid>` next to `dist/`, on the same file system so a
 * rename can move it); when all of them succeeded, two renames put it in place
 * (`dist` → `.dist.previous`, staging → `dist`) and the previous site is deleted. A build that
 * fails or is killed before that leaves `dist/` as the last good build made it.
 *
 * What a kill can leave, and what the next build does about it (under the build lock, so no
 * other build is using them):
 * - a staging folder: deleted, and the console says the last build did not finish;
 * - `.dist.previous` without `dist` (killed between the two renames): renamed back;
 * - `.dist.previous` beside a new `dist` (killed before the old site was deleted): deleted.
 *
 * Node has no atomic exchange of two folders (renameat2 RENAME_EXCHANGE), so for the moment
 * between the two renames `dist` does not exist; a deploy reading it then sees no site rather than
 * half of one. Astro's own build empties its output folder except `.git`; so does this, and a
 * `.git` there (a deploy repository) is carried into the new site. When the output path is a
 * symbolic link, the folder it points to is replaced and the link stays.
 */
import { existsSync, lstatSync, realpathSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Where one build writes, and what it replaces. */
export interface SitePaths {
  /** The output folder readers are served from (the real folder when `--out` is a symbolic link). */
  target: string;
  /** This build's staging folder, beside `target`. */
  staging: string;
  /** Where the previous site waits while it is replaced. */
  previous: string;
}

const STAGING_INFIX = '.building-';

export function sitePaths(outDir: string, pid = process.pid): SitePaths {
  const given = resolve(outDir);
  const target = existsSync(given) && lstatSync(given).isSymbolicLink() ? realpathSync(given) : given;
  const parent = dirname(target);
  const name = basename(target);
  return { target, staging: join(parent, `.${name}${STAGING_INFIX}${pid}`), previous: join(parent, `.${name}.previous`) };
}

function contains(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

/**
 * The output folder is replaced wholesale, so it must not hold anything a build needs: throws when
 * it is, or contains, one of `keep` (the project, the input folder).
 */
export function assertReplaceable(outDir: string, keep: readonly string[]): void {
  const { target } = sitePaths(outDir);
  for (const path of keep) {
    if (contains(target, resolve(path))) {
      throw new Error(`输出文件夹 ${outDir} 包含 ${path}：每次构建都会整体替换输出文件夹，请用 --out 指定一个单独的文件夹（如 dist）`);
    }
  }
}

/** Moves a `.git` of the previous site into the new one, as Astro keeps it in its output folder. */
async function carryGitOver(previous: string, target: string): Promise<void> {
  if (existsSync(join(previous, '.git')) && !existsSync(join(target, '.git'))) await rename(join(previous, '.git'), join(target, '.git'));
}

/**
 * Puts back what an interrupted build left (see the file comment) and deletes its staging
 * folders; returns what it did, for the console. Only call it holding the build lock.
 */
export async function recoverInterruptedBuild(outDir: string): Promise<string[]> {
  const { target, previous } = sitePaths(outDir);
  const notes: string[] = [];
  if (existsSync(previous)) {
    if (!existsSync(target)) {
      await rename(previous, target);
      notes.push(`上次构建在替换站点时被中断，已恢复上次的站点 ${outDir}/`);
    } else {
      await carryGitOver(previous, target);
      await rm(previous, { recursive: true, force: true });
    }
  }
  const parent = dirname(target);
  const prefix = `.${basename(target)}${STAGING_INFIX}`;
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix));
  for (const name of leftovers) await rm(join(parent, name), { recursive: true, force: true });
  if (leftovers.length > 0) notes.push(`上次构建没有完成（被中断或失败），已删除它未完成的输出；${outDir}/ 仍是上次成功构建的站点`);
  return notes;
}

/** Replaces the site at `paths.target` with the complete one in `paths.staging`. */
export async function publishStagedSite(paths: SitePaths): Promise<void> {
  const { target, staging, previous } = paths;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, target);
    throw error;
  }
  await carryGitOver(previous, target);
  await rm(previous, { recursive: true, force: true });
}

/** The exit code of a process ended by `signal`, as shells report it. */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/**
 * Runs `build` with a fresh staging folder and publishes what it wrote there when it resolves.
 * When it rejects, or the process is interrupted (Ctrl-C, SIGTERM, SIGHUP), the staging folder is
 * deleted, the console says the published site was not changed, and the error (or the signal's
 * exit code) ends the build. A SIGKILL cannot be caught: the next build cleans up after it.
 */
export async function buildThenReplaceSite<T>(outDir: string, build: (siteDir: string) => Promise<T>): Promise<T> {
  const paths = sitePaths(outDir);
  await rm(paths.staging, { recursive: true, force: true });
  await mkdir(dirname(paths.target), { recursive: true });
  const untouched = existsSync(paths.target) ? `${outDir}/ 未改动，仍是上次成功构建的站点。` : `没有写入 ${outDir}/。`;
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(paths.staging, { recursive: true, force: true });
    console.error(`\n构建被中断（${signal}）：${untouched}`);
    process.exit(SIGNAL_EXIT[signal] ?? 1);
  };
  // process.exit() elsewhere (a lost build lock) skips the catch below.
  const exiting = () => rmSync(paths.staging, { recursive: true, force: true });
  const signals = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];
  for (const signal of signals) process.on(signal, interrupted);
  process.on('exit', exiting);
  try {
    const result = await build(paths.staging);
    await publishStagedSite(paths);
    return result;
  } catch (error) {
    await rm(paths.staging, { recursive: true, force: true });
    throw new Error(`构建失败：${(error as Error).message}\n${untouched}`, { cause: error });
  } finally {
    for (const signal of signals) process.off(signal, interrupted);
    process.off('exit', exiting);
  }
}
