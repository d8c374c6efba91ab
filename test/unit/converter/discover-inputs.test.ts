/** Discovery lists every file in the input folder: reports, and everything else with the reason it is skipped. */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from '~/converter/read/discover.ts';

describe('discoverInputs', () => {
  it('lists reports with sidecars, and every other file with a reason, sorted by source', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inputs-'));
    await mkdir(join(dir, '.git', 'objects'), { recursive: true });
    await mkdir(join(dir, 'sub'));
    const files: Record<string, string> = {
      'a.TXT': 'a', 'a.meta.yaml': 'title: A', 'b.md': 'b', 'sub/c.txt': 'c', 'scan.pdf': '%PDF-', 'memo.docx': 'PK',
      'README': 'x', 'lonely.meta.yaml': 'title: X', '.DS_Store': 'x', '.git/HEAD': 'x', '.git/objects/ab': 'x',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    await symlink(join(dir, 'b.md'), join(dir, 'link.txt'));
    await symlink(join(dir, 'sub'), join(dir, 'sub-link'));

    const { reports, skipped } = await discoverInputs(dir);
    expect(reports.map((r) => [r.source, r.sidecarPath])).toEqual([
      ['a.TXT', join(dir, 'a.meta.yaml')], ['b.md', null], ['sub/c.txt', null],
    ]);
    expect(Object.fromEntries(skipped.map((s) => [s.source, s.reason]))).toEqual({
      '.DS_Store': expect.stringContaining('隐藏文件'),
      '.git/': expect.stringContaining('隐藏文件夹'),
      'README': expect.stringContaining('不是文本报告（无扩展名）'),
      'lonely.meta.yaml': expect.stringContaining('应有 lonely.txt 或 lonely.md'),
      'memo.docx': '不是文本报告（.docx）：请先另存为 UTF-8 编码的 .txt',
      'scan.pdf': '不是文本报告（.pdf）：请先用 PDF 提取工具转换为 .txt',
      'link.txt': '是指向 b.md 的符号链接，与 b.md 内容相同（重复文件），只发布 b.md',
      'sub-link': expect.stringContaining('符号链接'),
    });
    expect(skipped.map((s) => s.source)).toEqual([...skipped.map((s) => s.source)].sort());
  });
});

describe('discoverInputs and symbolic links', () => {
  async function folders(): Promise<{ dir: string; outside: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'inputs-links-'));
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeFile(join(outside, 'private.txt'), '内部资料，不得公开');
    await mkdir(join(outside, 'more'));
    return { dir, outside };
  }

  it('never reads a link that leads outside the input folder, and lists it as not published with the target', async () => {
    const { dir, outside } = await folders();
    await writeFile(join(dir, 'real.txt'), 'r');
    await symlink(join(outside, 'private.txt'), join(dir, 'c.txt'));
    await symlink('../' + join(outside, 'private.txt').split('/').slice(-2).join('/'), join(dir, 'relative.txt'));
    await symlink(join(outside, 'more'), join(dir, 'more'));
    await symlink(join(outside, 'private.txt'), join(dir, 'real.meta.yaml'));
    const { reports, skipped } = await discoverInputs(dir);
    expect(reports).toEqual([{ source: 'real.txt', path: join(dir, 'real.txt'), sidecarPath: null }]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.source, s]));
    for (const source of ['c.txt', 'relative.txt', 'more', 'real.meta.yaml']) {
      expect(reasons[source], source).toMatchObject({ ignorable: false, reason: expect.stringContaining('符号链接指向输入文件夹之外') });
    }
    expect(reasons['c.txt']!.reason).toContain(join(outside, 'private.txt'));
  });

  it('never reads a link into a hidden folder', async () => {
    const { dir } = await folders();
    await mkdir(join(dir, '.private'));
    await writeFile(join(dir, '.private', 'notes.txt'), 'n');
    await symlink(join(dir, '.private', 'notes.txt'), join(dir, 'notes.txt'));
    const { reports, skipped } = await discoverInputs(dir);
    expect(reports).toEqual([]);
    expect(skipped.find((s) => s.source === 'notes.txt')?.reason).toBe('符号链接指向隐藏文件夹里的 .private/notes.txt，未读取、未发布（隐藏文件夹里的文件不会发布）');
  });

  it('reads a link to a file inside the folder that is not a report of its own, and publishes the file itself when both are there', async () => {
    const { dir } = await folders();
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'z.txt'), 'z');
    await writeFile(join(dir, 'notes.dat'), 'n');
    // Sorts before its target: the target is still the one published.
    await symlink(join(dir, 'sub', 'z.txt'), join(dir, 'a-link.txt'));
    await symlink('notes.dat', join(dir, 'notes.txt'));
    const { reports, skipped } = await discoverInputs(dir);
    expect(reports.map((r) => r.source)).toEqual(['notes.txt', 'sub/z.txt']);
    expect(skipped.find((s) => s.source === 'a-link.txt')?.reason).toBe('是指向 sub/z.txt 的符号链接，与 sub/z.txt 内容相同（重复文件），只发布 sub/z.txt');
  });

  it('works when the input folder itself is reached through a link', async () => {
    const { dir, outside } = await folders();
    await writeFile(join(dir, 'a.txt'), 'a');
    await symlink(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const linked = join(outside, 'reports-link');
    await symlink(dir, linked);
    const { reports, skipped } = await discoverInputs(linked);
    expect(reports.map((r) => r.source)).toEqual(['a.txt']);
    expect(skipped.map((s) => s.source)).toEqual(['b.txt']);
  });
});
