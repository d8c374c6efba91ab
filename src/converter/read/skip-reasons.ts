/**
 * Why a file in the input folder is not read as a report: messages for the build report,
 * each saying what the file is and what the publisher can do about it.
 */
import { basename, extname } from 'node:path';

/** What to do with files of a known non-report kind, by lower-case extension. */
const CONVERT_HINTS: Readonly<Record<string, string>> = {
  '.pdf': '请先用 PDF 提取工具转换为 .txt',
  '.doc': '请先另存为 UTF-8 编码的 .txt',
  '.docx': '请先另存为 UTF-8 编码的 .txt',
  '.rtf': '请先另存为 UTF-8 编码的 .txt',
  '.html': '请先另存为纯文本 .txt',
  '.htm': '请先另存为纯文本 .txt',
};
const DEFAULT_HINT = '只读取 .txt 和 .md 报告；如果它是报告，请转换为 UTF-8 编码的 .txt';

/** A file whose extension is not `.txt` or `.md`. */
export function unsupportedReason(path: string): string {
  const extension = extname(path).toLowerCase();
  const shown = extension === '' ? '无扩展名' : extension;
  return `不是文本报告（${shown}）：${CONVERT_HINTS[extension] ?? DEFAULT_HINT}`;
}

/** A `name.meta.yaml` with no `name.txt` or `name.md` beside it. */
export function orphanSidecarReason(path: string): string {
  const stem = basename(path).slice(0, -'.meta.yaml'.length);
  return `修正文件没有对应的报告（应有 ${stem}.txt 或 ${stem}.md），未使用`;
}

/**
 * A hidden file or folder (`.DS_Store`, `.git/`): skipped without being read, and listed with the
 * status `skipped`: there is nothing for the publisher to fix, so `--strict` does not fail on it.
 */
export function hiddenReason(isFolder: boolean): string {
  return isFolder
    ? '已跳过隐藏文件夹（以 . 开头），其中的文件不会发布'
    : '已跳过隐藏文件（以 . 开头，如系统生成的 .DS_Store），不当作报告；可以删除';
}

/** Not a regular file: a broken link, a link to a folder, a socket … */
export function specialFileReason(isLink: boolean): string {
  return isLink ? '符号链接指向文件夹或不存在的文件，未读取' : '不是普通文件，未读取';
}

/**
 * A symbolic link to something outside the input folder: archives are assembled from shared
 * folders, and a link must not put a private file (`→ /etc/passwd`, `→ ~/notes.txt`) on a public site.
 */
export function linkOutsideReason(target: string): string {
  return `符号链接指向输入文件夹之外（${target}），未读取、未发布：只发布输入文件夹里的文件；确需发布请把文件复制进来`;
}

/** A symbolic link into a hidden folder, whose files are never published. */
export function linkIntoHiddenReason(targetSource: string): string {
  return `符号链接指向隐藏文件夹里的 ${targetSource}，未读取、未发布（隐藏文件夹里的文件不会发布）`;
}

/** A symbolic link to a report that is itself in the input folder: published once, from the file itself. */
export function linkCopyReason(targetSource: string): string {
  return `是指向 ${targetSource} 的符号链接，与 ${targetSource} 内容相同（重复文件），只发布 ${targetSource}`;
}
