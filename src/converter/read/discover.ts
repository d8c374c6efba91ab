/**
 * Stage "discover": find the report files in the input folder.
 * A report is a `.txt` or `.md` file; `name.meta.yaml` next to `name.txt` is its sidecar override.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One report file found in the input folder. */
export interface InputFile {
  /** Path relative to the input folder, with `/` separators: the report's `source`. */
  source: string;
  /** Absolute or cwd-relative path to read. */
  path: string;
  /** Path of the sidecar override file, when one exists. */
  sidecarPath: string | null;
}

const REPORT_EXTENSIONS = ['.txt', '.md'];
export const SIDECAR_SUFFIX = '.meta.yaml';

/** Lists every report under `inputDir` (recursively), sorted by source so every build sees the same order. */
export async function discoverReports(inputDir: string): Promise<InputFile[]> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const fileSet = new Set(files);
  return files
    .filter((path) => REPORT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext)))
    .map((path) => {
      const sidecarPath = path.replace(/\.(txt|md)$/i, SIDECAR_SUFFIX);
      return {
        source: relative(inputDir, path).split(sep).join('/'),
        path,
        sidecarPath: fileSet.has(sidecarPath) ? sidecarPath : null,
      };
    })
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}
