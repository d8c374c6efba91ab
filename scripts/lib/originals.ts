/**
 * Stage "publish originals": each report's original text beside its digest page
 * (`digests/<slug>/original.txt`), so a reader can check the digest against its source.
 * Files are read again rather than kept in memory through the build, which large archives need.
 */
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeReport } from '../../src/converter/read/decode.ts';
import { sourceInside } from '../../src/converter/read/discover.ts';
import { ORIGINAL_TEXT_FILE } from '../../src/lib/urls.ts';
import type { PublishedReport } from '../../src/converter/pipeline.ts';

/** Writes every published report's decoded text as UTF-8 with a BOM, which browsers honour on any host. */
export async function publishOriginals(inputDir: string, reports: readonly PublishedReport[], siteDir: string): Promise<number> {
  let written = 0;
  const root = await realpath(inputDir);
  for (const report of reports) {
    // Discovery never lists a link out of the input folder; one changed since is not followed either.
    const path = await realpath(join(inputDir, report.source)).catch(() => null);
    if (path === null || sourceInside(root, path) === null) continue;
    const decoded = decodeReport(await readFile(path));
    if (!decoded.ok) continue;
    const dir = join(siteDir, 'digests', report.slug);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, ORIGINAL_TEXT_FILE), `\uFEFF${decoded.text}`);
    written += 1;
  }
  return written;
}
