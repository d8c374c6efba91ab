/**
 * An archive of N real reports: the texts of the given folders (the corpus and the seeds) cycled
 * until there are N. Each copy after the first gets one line of its own at its end (`副本 k`),
 * or the build would reject it as an exact duplicate of an earlier one; everything else is the
 * real text, in its real layout. Report i does not depend on N.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The report files of `dirs` in a stable order (sidecars and hidden files left out). */
async function reportFiles(dirs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const names = (await readdir(dir)).filter((name) => !name.startsWith('.') && ['.txt', '.md'].includes(extname(name))).sort();
    files.push(...names.map((name) => join(dir, name)));
  }
  if (files.length === 0) throw new Error(`no report files in ${dirs.join(', ')}`);
  return files;
}

/** Writes `count` reports cycled from `dirs` into `outDir`; returns their total bytes. */
export async function writeCycledArchive(count: number, dirs: readonly string[], outDir: string): Promise<number> {
  const files = await reportFiles(dirs);
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / files.length);
    const source = i % files.length;
    const text = round === 0 ? texts[source]! : `${texts[source]!.trimEnd()}\n\n副本 ${round}\n`;
    const name = `${String(i).padStart(6, '0')}-${extname(files[source]!) === '.md' ? 'report.md' : 'report.txt'}`;
    await writeFile(join(outDir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
