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
      ['a.TXT', join(dir, 'a.meta.yaml')], ['b.md', null], ['link.txt', null], ['sub/c.txt', null],
    ]);
    expect(Object.fromEntries(skipped.map((s) => [s.source, s.reason]))).toEqual({
      '.DS_Store': expect.stringContaining('隐藏文件'),
      '.git/': expect.stringContaining('隐藏文件夹'),
      'README': expect.stringContaining('不是文本报告（无扩展名）'),
      'lonely.meta.yaml': expect.stringContaining('应有 lonely.txt 或 lonely.md'),
      'memo.docx': '不是文本报告（.docx）：请先另存为 UTF-8 编码的 .txt',
      'scan.pdf': '不是文本报告（.pdf）：请先用 PDF 提取工具转换为 .txt',
      'sub-link': expect.stringContaining('符号链接'),
    });
    expect(skipped.map((s) => s.source)).toEqual([...skipped.map((s) => s.source)].sort());
  });
});
