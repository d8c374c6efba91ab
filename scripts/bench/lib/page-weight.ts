/**
 * The weight of a built page as a reader's browser would download it, gzipped: the HTML plus
 * every stylesheet and script it loads up front (static module imports followed; dynamic
 * `import()` is not up front). Weighed twice:
 *
 *   without search  the HTML with its search box and search tags cut out, and the assets that
 *                   are not search code (not under `/pagefind/`, not naming Pagefind, not
 *                   imported by search code)
 *   with search     the HTML as served and every asset it loads up front
 *
 * Pagefind's runtime (pagefind.js, pagefind-entry.json, the WebAssembly module and the language's
 * metadata, `pagefindRuntimeFiles`) is weighed apart: a search UI that loads it on first use
 * downloads it with the first search, not with the page. When a page does load it up front, it
 * is in "with search" as well.
 *
 * Pagefind's `.pagefind`/`.pf_*` files are gzip already and counted as stored; everything else
 * is gzipped with zlib's default level, as a server compressing on the fly would.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  cssImports,
  isSearchCode,
  isSearchPath,
  jsImports,
  pageReferences,
  pagefindRuntimeFiles,
  SEARCH_BUNDLE_DIR,
  sitePath,
  withoutSearch,
} from './page-references.ts';

/** One downloaded file. */
export interface WeighedFile {
  /** Site path (`/_astro/a.js`), or `(html)` for the page itself. */
  path: string;
  gzipBytes: number;
  /** Counted only in the weight with search. */
  search: boolean;
}

export interface PageWeight {
  /** The page, relative to the site folder. */
  page: string;
  /** Gzipped bytes of the page without search, and with it. */
  withoutSearch: number;
  withSearch: number;
  /** Everything counted, the page first. */
  files: WeighedFile[];
  /** Gzipped bytes of Pagefind's runtime (not in `withSearch` unless the page loads it up front). */
  searchRuntime: number;
}

/** Transfer size of a file's content: stored size when it is gzip already. */
function transferSize(content: Buffer): number {
  return content[0] === 0x1f && content[1] === 0x8b ? content.length : gzipSync(content).length;
}

/** Reads and weighs site files once per site, however many pages share them. */
export class SiteFiles {
  readonly #dir: string;
  readonly #base: string;
  readonly #cache = new Map<string, Promise<{ text: string; gzipBytes: number } | null>>();

  constructor(siteDir: string, base = '/') {
    this.#dir = siteDir;
    this.#base = base;
  }

  get dir(): string {
    return this.#dir;
  }

  get base(): string {
    return this.#base;
  }

  /** A site path's text and transfer size, or null when the build wrote no such file. */
  read(path: string): Promise<{ text: string; gzipBytes: number } | null> {
    let file = this.#cache.get(path);
    if (!file) {
      file = readFile(join(this.#dir, decodeURIComponent(path))).then(
        (content) => ({ text: content.toString('utf8'), gzipBytes: transferSize(content) }),
        () => null,
      );
      this.#cache.set(path, file);
    }
    return file;
  }
}

/** Site paths a loaded file loads in turn. */
function importsOf(path: string, text: string, base: string): string[] {
  const refs = path.endsWith('.css') ? cssImports(text) : path.endsWith('.js') || path.endsWith('.mjs') ? jsImports(text) : [];
  return refs.flatMap((ref) => sitePath(ref, `${base}${path.slice(1)}`, base) ?? []);
}

/** Every file reachable from `entries` through imports, weighed; a file is search when it or an importer is. */
async function collect(entries: { path: string; search: boolean }[], site: SiteFiles): Promise<WeighedFile[]> {
  const found = new Map<string, WeighedFile>();
  const queue = [...entries];
  while (queue.length > 0) {
    const { path, search: importerIsSearch } = queue.shift()!;
    if (found.has(path)) continue;
    const file = await site.read(path);
    if (!file) continue;
    const search = importerIsSearch || isSearchPath(path) || (/\.m?js$/.test(path) && isSearchCode(file.text));
    found.set(path, { path, gzipBytes: file.gzipBytes, search });
    for (const next of importsOf(path, file.text, site.base)) queue.push({ path: next, search });
  }
  return [...found.values()];
}

const sumOf = (files: readonly WeighedFile[]) => files.reduce((total, f) => total + f.gzipBytes, 0);

/** Weighs one built page (`digests/x/index.html`, relative to the site folder). */
export async function pageWeight(site: SiteFiles, page: string): Promise<PageWeight> {
  const html = await readFile(join(site.dir, page), 'utf8');
  const pagePath = `${site.base}${page.split(sep).join('/').replace(/index\.html$/, '')}`;
  const { assets, inlineScripts } = pageReferences(html);
  const entries = assets.flatMap((asset) => {
    const path = sitePath(asset.url, pagePath, site.base);
    return path === null ? [] : [{ path, search: false }];
  });
  for (const code of inlineScripts) {
    for (const ref of jsImports(code)) {
      const path = sitePath(ref, pagePath, site.base);
      if (path !== null) entries.push({ path, search: isSearchCode(code) });
    }
  }
  const assetFiles = await collect(entries, site);
  const htmlWithout = gzipSync(withoutSearch(html, pagePath, site.base)).length;
  const htmlFull = gzipSync(html).length;
  return {
    page,
    withoutSearch: htmlWithout + sumOf(assetFiles.filter((f) => !f.search)),
    withSearch: htmlFull + sumOf(assetFiles),
    files: [{ path: '(html)', gzipBytes: htmlFull, search: false }, ...assetFiles],
    searchRuntime: await searchRuntimeBytes(site),
  };
}

/** Gzipped bytes of what Pagefind's runtime fetches when it starts (0 without an index). */
async function searchRuntimeBytes(site: SiteFiles): Promise<number> {
  const entry = await site.read(`/${SEARCH_BUNDLE_DIR}pagefind-entry.json`);
  if (!entry) return 0;
  const files = await Promise.all(pagefindRuntimeFiles(entry.text).map((file) => site.read(`/${SEARCH_BUNDLE_DIR}${file}`)));
  return files.reduce((total, file) => total + (file?.gzipBytes ?? 0), 0);
}

/** Weighs several pages of one site; relative paths under `siteDir`. */
export async function pageWeights(siteDir: string, pages: readonly string[], base = '/'): Promise<PageWeight[]> {
  const site = new SiteFiles(siteDir, base);
  const weights: PageWeight[] = [];
  for (const page of pages) weights.push(await pageWeight(site, relative(siteDir, join(siteDir, page))));
  return weights;
}
