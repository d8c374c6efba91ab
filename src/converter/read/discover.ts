/**
 * Stage "discover": list every file in the input folder, so none is ignored silently.
 * A report is a `.txt` or `.md` file; `name.meta.yaml` next to `name.txt` is its sidecar override.
 * Every other file is listed as skipped, with the reason (see `skip-reasons.ts`): files of other
 * kinds, sidecars without a report, and hidden files and folders (`.DS_Store`, `.git/`), which are
 * not read or descended into but still appear, once each, in the build report.
 *
 * Symbolic links are followed only to files inside the input folder (its real path): a link
 * elsewhere, or into a hidden folder, is listed as not published and never read. A link to a
 * report the folder holds anyway is listed as a copy of it, so the report is read and published
 * once, from the file itself, whatever the names' order.
 */
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { hiddenReason, linkCopyReason, linkIntoHiddenReason, linkOutsideReason, orphanSidecarReason, specialFileReason, unsupportedReason } from './skip-reasons.ts';

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

/** `path` relative to `root` with `/` separators, or null when it is not inside `root`. */
export function sourceInside(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  return rel.split(sep).join('/');
}

/** Where a symbolic link leads: its target's real path and kind, and its source when inside the input folder. */
interface LinkTarget {
  real: string;
  info: Stats;
  /** Relative to the input folder's real path; null when outside it. */
  source: string | null;
}

async function followLink(path: string, realRoot: string): Promise<LinkTarget | null> {
  try {
    const real = await realpath(path);
    return { real, info: await stat(real), source: sourceInside(realRoot, real) };
  } catch {
    return null; // broken, or a loop
  }
}

interface Walk {
  root: string;
  /** The input folder's real path, which links must stay inside. */
  realRoot: string;
  files: string[];
  /** Link path → the source of the file inside the folder it leads to. */
  links: Map<string, string>;
  skipped: SkippedInput[];
}

/** Why a link that leads to `target` is not read, or null when it may be. */
function refusedLink(target: LinkTarget): string | null {
  if (target.source === null) return linkOutsideReason(target.real);
  if (target.source.split('/').some((segment) => segment.startsWith('.'))) return linkIntoHiddenReason(target.source);
  return null;
}

/** Walks `dir`, collecting file paths and skipped entries; hidden entries are not entered. */
async function walk(state: Walk, dir: string): Promise<void> {
  const source = (path: string) => relative(state.root, path).split(sep).join('/');
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // A symbolic link is followed to a file, never to a folder (which could loop).
    const link = entry.isSymbolicLink() ? await followLink(path, state.realRoot) : null;
    const target = entry.isSymbolicLink() ? (link?.info ?? null) : entry;
    const isDir = target?.isDirectory() ?? false;
    const refused = link && refusedLink(link);
    if (entry.name.startsWith('.')) state.skipped.push({ source: source(path) + (isDir ? '/' : ''), reason: hiddenReason(isDir), ignorable: true });
    else if (refused) state.skipped.push({ source: source(path), reason: refused, ignorable: false });
    else if (target?.isFile()) {
      state.files.push(path);
      if (link?.source) state.links.set(path, link.source);
    } else if (isDir && !entry.isSymbolicLink()) await walk(state, path);
    else state.skipped.push({ source: source(path), reason: specialFileReason(entry.isSymbolicLink()), ignorable: false });
  }
}

/** Lists every file under `inputDir` (recursively): reports with their sidecars, and every other file with the reason it is skipped. */
export async function discoverInputs(inputDir: string): Promise<InputListing> {
  const state: Walk = { root: inputDir, realRoot: await realpath(inputDir), files: [], links: new Map(), skipped: [] };
  await walk(state, inputDir);
  const { files, links, skipped } = state;
  const source = (path: string) => relative(inputDir, path).split(sep).join('/');
  const ownReports = new Set(files.filter((path) => !links.has(path) && REPORT_EXTENSION.test(path)).map(source));
  // A link to one of the folder's own reports is a copy of it, listed as such and not read.
  const copies = new Set(files.filter((path) => ownReports.has(links.get(path) ?? '') && REPORT_EXTENSION.test(path)));
  for (const path of copies) skipped.push({ source: source(path), reason: linkCopyReason(links.get(path)!), ignorable: false });
  const reportPaths = files.filter((path) => REPORT_EXTENSION.test(path) && !copies.has(path));
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
