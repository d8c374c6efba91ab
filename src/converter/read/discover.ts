/**
 * Stage "discover": list every file in the input folder, so none is ignored silently.
 * A report is a `.txt` or `.md` file; `name.meta.yaml` next to `name.txt` is its sidecar override.
 * Every other file is listed as skipped, with the reason (see `skip-reasons.ts`): files of other
 * kinds, sidecars without a report, and hidden files and folders (`.DS_Store`, `.git/`), which are
 * not read or descended into but still appear, once each, in the build report.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { hiddenReason, orphanSidecarReason, specialFileReason, unsupportedReason } from './skip-reasons.ts';

/** One report file found in the input folder. */
export interface InputFile {
  /** Path relative to the input folder, with `/` separators: the report's `source`. */
  source: string;
  /** Absolute or cwd-relative path to read. */
  path: string;
  /** Path of the sidecar override file, when one exists. */
  sidecarPath: string | null;
}

/** A file (or hidden folder, source ending in `/`) that is not read as a report, and why. */
export interface SkippedInput {
  source: string;
  reason: string;
  /** Nothing for the publisher to act on (a hidden file): listed as skipped, not rejected. */
  ignorable: boolean;
}

/** Everything in the input folder: reports to convert, and the rest with reasons. */
export interface InputListing {
  reports: InputFile[];
  skipped: SkippedInput[];
}

const REPORT_EXTENSION = /\.(txt|md)$/i;
export const SIDECAR_SUFFIX = '.meta.yaml';

/** Code-unit order on `source`: the same order on every machine and locale. */
export function bySource<T extends { source: string }>(a: T, b: T): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Walks `dir`, collecting file paths and skipped entries; hidden entries are not entered. */
async function walk(root: string, dir: string, files: string[], skipped: SkippedInput[]): Promise<void> {
  const source = (path: string) => relative(root, path).split(sep).join('/');
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // A symbolic link is followed to a file, never to a folder (which could loop).
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    const isDir = target?.isDirectory() ?? false;
    if (entry.name.startsWith('.')) skipped.push({ source: source(path) + (isDir ? '/' : ''), reason: hiddenReason(isDir), ignorable: true });
    else if (target?.isFile()) files.push(path);
    else if (isDir && !entry.isSymbolicLink()) await walk(root, path, files, skipped);
    else skipped.push({ source: source(path), reason: specialFileReason(entry.isSymbolicLink()), ignorable: false });
  }
}

/** Lists every file under `inputDir` (recursively): reports with their sidecars, and every other file with the reason it is skipped. */
export async function discoverInputs(inputDir: string): Promise<InputListing> {
  const files: string[] = [];
  const skipped: SkippedInput[] = [];
  await walk(inputDir, inputDir, files, skipped);
  const source = (path: string) => relative(inputDir, path).split(sep).join('/');
  const reportPaths = files.filter((path) => REPORT_EXTENSION.test(path));
  const sidecarOf = (path: string) => path.replace(REPORT_EXTENSION, SIDECAR_SUFFIX);
  const usedSidecars = new Set(reportPaths.map(sidecarOf));
  const fileSet = new Set(files);
  for (const path of files) {
    if (REPORT_EXTENSION.test(path) || usedSidecars.has(path)) continue;
    const isSidecar = path.toLowerCase().endsWith(SIDECAR_SUFFIX);
    skipped.push({ source: source(path), reason: isSidecar ? orphanSidecarReason(path) : unsupportedReason(path), ignorable: false });
  }
  const reports = reportPaths.map((path) => ({
    source: source(path),
    path,
    sidecarPath: fileSet.has(sidecarOf(path)) ? sidecarOf(path) : null,
  }));
  return { reports: reports.sort(bySource), skipped: skipped.sort(bySource) };
}
