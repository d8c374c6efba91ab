/**
 * The converter fingerprint: a hash of everything besides the input that decides a conversion's
 * result — the converter's and the schema's source code, the installed versions of the packages
 * that code imports (with their own dependencies), and the Node version (text decoding, regular
 * expressions). Any change to one of them invalidates every cache entry, so a cached conversion is
 * always what this code would produce now.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC_DIR = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));
/** The code a conversion runs: the converter (this cache included) and the schemas it validates with. */
const CODE_DIRS = ['converter', 'schema'];
/** The installed tree first (what actually runs), then the committed lockfile. */
const LOCKFILES = ['node_modules/.package-lock.json', 'package-lock.json'];
const IMPORT_SPECIFIER = /\bfrom\s+['"]([^'"./][^'"]*)['"]|\bimport\s+['"]([^'"./][^'"]*)['"]/g;

interface LockedPackage {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
type LockedPackages = Record<string, LockedPackage>;

/** Every source file under the code folders, as [path relative to `src/`, text], in a stable order. */
async function codeFiles(): Promise<Array<[string, string]>> {
  const listings = await Promise.all(CODE_DIRS.map((dir) => readdir(join(SRC_DIR, dir), { recursive: true, withFileTypes: true })));
  const paths = listings.flat().filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const files = await Promise.all(paths.map(async (path): Promise<[string, string]> => [relative(SRC_DIR, path).split(sep).join('/'), await readFile(path, 'utf8')]));
  return files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `astro/zod` → `astro`, `@scope/name/sub` → `@scope/name`; built-in `node:` modules are not packages. */
function importedPackages(sources: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of sources) {
    for (const match of text.matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return [...names].sort();
}

/** Where Node finds package `name` from the package at `from` (`''` for the project): the nearest `node_modules`. */
function resolveLocked(packages: LockedPackages, from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/** `path@version` of each package in the dependency closure of `roots`. Type-only imports (`mdast`) resolve to nothing and drop out. */
function lockedClosure(packages: LockedPackages, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.flatMap((name) => resolveLocked(packages, '', name) ?? []);
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const locked = packages[path]!;
    const deps = { ...locked.peerDependencies, ...locked.optionalDependencies, ...locked.dependencies };
    for (const name of Object.keys(deps)) {
      const resolved = resolveLocked(packages, path, name);
      if (resolved && !seen.has(resolved)) queue.push(resolved);
    }
  }
  return [...seen].sort().map((path) => `${path}@${packages[path]!.version ?? '?'}`);
}

/** The imported packages' locked versions; without a readable lockfile, `package.json`'s version ranges. */
async function dependencyVersions(roots: readonly string[]): Promise<string[]> {
  for (const lockfile of LOCKFILES) {
    const text = await readFile(join(PROJECT_DIR, lockfile), 'utf8').catch(() => null);
    if (text === null) continue;
    try {
      const packages = (JSON.parse(text) as { packages?: LockedPackages }).packages;
      if (packages) return lockedClosure(packages, roots);
    } catch {
      // A broken lockfile is no reason to fail the build: try the next source of versions.
    }
  }
  return [await readFile(join(PROJECT_DIR, 'package.json'), 'utf8')];
}

async function computeFingerprint(): Promise<string> {
  const files = await codeFiles();
  const versions = await dependencyVersions(importedPackages(files.map(([, text]) => text)));
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const [path, text] of files) hash.update(`${path}\n${text.length}\n${text}\n`);
  for (const version of versions) hash.update(`${version}\n`);
  return hash.digest('hex');
}

let fingerprint: Promise<string> | null = null;

/**
 * The fingerprint of the converter code this process has loaded: computed once (a few ms), since
 * the code that runs cannot change while the process lives.
 */
export function converterFingerprint(): Promise<string> {
  fingerprint ??= computeFingerprint();
  return fingerprint;
}
