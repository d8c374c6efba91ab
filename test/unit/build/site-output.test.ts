/**
 * The site swap (scripts/lib/site-output.ts): a new site replaces the old only once complete, and
 * what an interrupted swap leaves is put right by the next build. The end-to-end kills are in
 * test/e2e/interrupted-build.test.ts; here each leftover state is made by hand.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertReplaceable, buildThenReplaceSite, publishStagedSite, recoverInterruptedBuild, sitePaths } from '../../../scripts/lib/site-output.ts';
import { tempDirs } from '../../helpers/temp-files.ts';

const tempDir = tempDirs();

async function site(dir: string, page: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), page);
}

const page = (dir: string) => readFile(join(dir, 'index.html'), 'utf8');

describe('buildThenReplaceSite', () => {
  it('publishes what the build wrote beside the old site, keeping a deploy repository (.git) as Astro does', async () => {
    const root = await tempDir();
    const out = join(root, 'dist');
    await site(out, 'old');
    await mkdir(join(out, '.git'));
    await writeFile(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    await buildThenReplaceSite(out, async (siteDir) => {
      expect(siteDir).not.toBe(out);
      expect(await page(out)).toBe('old');
      await site(siteDir, 'new');
    });
    expect(await page(out)).toBe('new');
    expect(await readFile(join(out, '.git', 'HEAD'), 'utf8')).toContain('gh-pages');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('leaves the old site as it was when a stage fails, and says so', async () => {
    const root = await tempDir();
    const out = join(root, 'dist');
    await site(out, 'old');
    const failing = buildThenReplaceSite(out, async (siteDir) => {
      await site(siteDir, 'half');
      throw new Error('Pagefind 索引失败');
    });
    await expect(failing).rejects.toThrow(`构建失败：Pagefind 索引失败\n${out}/ 未改动，仍是上次成功构建的站点。`);
    expect(await page(out)).toBe('old');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('replaces the folder a symbolic link points to, and keeps the link', async () => {
    const root = await tempDir();
    await site(join(root, 'www'), 'old');
    await symlink(join(root, 'www'), join(root, 'dist'));
    await buildThenReplaceSite(join(root, 'dist'), (siteDir) => site(siteDir, 'new'));
    expect(await page(join(root, 'www'))).toBe('new');
    expect(await page(join(root, 'dist'))).toBe('new');
  });
});

describe('recoverInterruptedBuild', () => {
  it('deletes the staging folders of builds that did not finish, and says so', async () => {
    const root = await tempDir();
    const out = join(root, 'dist');
    await site(out, 'old');
    await site(sitePaths(out, 4242).staging, 'half');
    const notes = await recoverInterruptedBuild(out);
    expect(notes).toEqual([`上次构建没有完成（被中断或失败），已删除它未完成的输出；${out}/ 仍是上次成功构建的站点`]);
    expect(await readdir(root)).toEqual(['dist']);
    expect(await page(out)).toBe('old');
  });

  it('puts the previous site back when a build was killed between the two renames', async () => {
    const root = await tempDir();
    const out = join(root, 'dist');
    const paths = sitePaths(out);
    await site(paths.previous, 'old');
    await site(paths.staging, 'new');
    expect(await recoverInterruptedBuild(out)).toContain(`上次构建在替换站点时被中断，已恢复上次的站点 ${out}/`);
    expect(await page(out)).toBe('old');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('finishes a swap that was killed before the previous site was deleted', async () => {
    const root = await tempDir();
    const out = join(root, 'dist');
    const paths = sitePaths(out);
    await site(out, 'new');
    await site(paths.previous, 'old');
    await mkdir(join(paths.previous, '.git'));
    expect(await recoverInterruptedBuild(out)).toEqual([]);
    expect(await page(out)).toBe('new');
    expect(existsSync(join(out, '.git'))).toBe(true);
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('never touches other folders beside the output', async () => {
    const root = await tempDir();
    await site(join(root, 'dist'), 'old');
    await site(join(root, '.dist-backup'), 'mine');
    await site(join(root, '.other.building-1'), 'mine');
    await recoverInterruptedBuild(join(root, 'dist'));
    expect((await readdir(root)).sort()).toEqual(['.dist-backup', '.other.building-1', 'dist']);
  });
});

describe('publishStagedSite', () => {
  it('publishes into an output folder that did not exist', async () => {
    const root = await tempDir();
    const paths = sitePaths(join(root, 'dist'));
    await site(paths.staging, 'first');
    await publishStagedSite(paths);
    expect(await page(join(root, 'dist'))).toBe('first');
  });
});

describe('assertReplaceable', () => {
  it('refuses an output folder that holds the project or the input folder, which the swap would delete', () => {
    expect(() => assertReplaceable('.', [process.cwd()])).toThrow('每次构建都会整体替换输出文件夹');
    expect(() => assertReplaceable('content', ['content/reports'])).toThrow('包含 content/reports');
    expect(() => assertReplaceable('dist', [process.cwd(), 'content/reports'])).not.toThrow();
    expect(() => assertReplaceable('content-site', ['content'])).not.toThrow();
  });
});
