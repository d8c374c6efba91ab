/**
 * What a built page makes the browser download up front, read from its HTML: stylesheets,
 * scripts, module preloads, and the static imports of those modules and of inline modules.
 * Also which of it belongs to the site search, so a page can be weighed without search.
 * Pure string work: the file reading and gzipping are in page-weight.ts.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** Where search assets are served from (Pagefind's bundle), relative to the site's base. */
export const SEARCH_BUNDLE_DIR = 'pagefind/';

/** Elements that only exist for the search box: the mount point and Pagefind's components. */
const SEARCH_ELEMENT_IDS = new Set(['site-search']);

/** A file the page loads, as written in the page (unresolved). */
export interface AssetRef {
  url: string;
  kind: 'stylesheet' | 'script' | 'modulepreload';
}

/** The external assets and inline module code of one page. */
export interface PageReferences {
  assets: AssetRef[];
  /** Text of every inline `<script>` (JSON-LD excluded): imports in it load more files. */
  inlineScripts: string[];
}

/** Only code runs or imports: JSON-LD and other data blocks do neither. */
function isExecutableScript(script: HTMLElement): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

function relTokens(link: HTMLElement): string[] {
  return (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
}

export function pageReferences(html: string): PageReferences {
  const root = parse(html);
  const assets: AssetRef[] = [];
  const inlineScripts: string[] = [];
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = relTokens(link);
    const url = link.getAttribute('href')!;
    if (rel.includes('stylesheet')) assets.push({ url, kind: 'stylesheet' });
    else if (rel.includes('modulepreload')) assets.push({ url, kind: 'modulepreload' });
  }
  for (const script of root.querySelectorAll('script')) {
    if (!isExecutableScript(script)) continue;
    const src = script.getAttribute('src');
    if (src !== undefined) assets.push({ url: src, kind: 'script' });
    else inlineScripts.push(script.rawText);
  }
  return { assets, inlineScripts };
}

/**
 * Specifiers a module imports statically (`import x from "a"`, `import "a"`, `export * from "a"`),
 * as minified bundles write them. Dynamic `import()` is left out: it loads later, if at all.
 */
export function jsImports(code: string): string[] {
  const specifiers = new Set<string>();
  const statement = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?(["'`])([^"'`\n]+)\1/g;
  for (const match of code.matchAll(statement)) specifiers.add(match[2]!);
  return [...specifiers];
}

/** `@import "a.css"` and `@import url(a.css)` of a stylesheet. */
export function cssImports(css: string): string[] {
  const imports: string[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)) imports.push(match[1]!);
  return imports;
}

/**
 * The site path (`/_astro/a.js`, no base) a reference names when it is written in a file served
 * at `fromPath`, or null when it leaves the site (another origin, `data:`, outside `base`).
 */
export function sitePath(ref: string, fromPath: string, base = '/'): string | null {
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(ref, `${origin}${fromPath}`);
  } catch {
    return null;
  }
  if (url.origin !== origin || !url.pathname.startsWith(base)) return null;
  return `/${url.pathname.slice(base.length)}`;
}

/** Whether a site path lies in Pagefind's bundle. */
export function isSearchPath(path: string): boolean {
  return path.startsWith(`/${SEARCH_BUNDLE_DIR}`);
}

/** Whether code is search code: it names Pagefind (loads its bundle or mounts its UI). */
export function isSearchCode(code: string): boolean {
  return /pagefind/i.test(code);
}

function isSearchElement(element: HTMLElement, fromPath: string, base: string): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag.startsWith('pagefind-') || SEARCH_ELEMENT_IDS.has(element.id)) return true;
  const ref = tag === 'link' ? element.getAttribute('href') : tag === 'script' ? element.getAttribute('src') : undefined;
  if (ref !== undefined) {
    const path = sitePath(ref, fromPath, base);
    return path !== null && isSearchPath(path);
  }
  return tag === 'script' && isExecutableScript(element) && isSearchCode(element.rawText);
}

/**
 * The page as it would be without site search: its search box, Pagefind's stylesheet and
 * script tags, and inline scripts that mount the search are cut out of the original text
 * (nothing else is re-serialised, so the rest compresses exactly as served).
 */
export function withoutSearch(html: string, fromPath: string, base = '/'): string {
  const root = parse(html);
  const ranges: [number, number][] = [];
  for (const element of root.querySelectorAll('*')) {
    if (!isSearchElement(element, fromPath, base)) continue;
    const [start, end] = element.range;
    if (!ranges.some(([s, e]) => start >= s && end <= e)) ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let kept = '';
  let at = 0;
  for (const [start, end] of ranges) {
    kept += html.slice(at, start);
    at = Math.max(at, end);
  }
  return kept + html.slice(at);
}

/** What Pagefind's runtime fetches when search starts, from `pagefind-entry.json`. */
export function pagefindRuntimeFiles(entryJson: string): string[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { hash: string; wasm: string | null }> };
  const files = ['pagefind.js', 'pagefind-entry.json'];
  for (const language of Object.values(entry.languages ?? {})) {
    files.push(`wasm.${language.wasm ?? 'unknown'}.pagefind`, `pagefind.${language.hash}.pf_meta`);
  }
  return [...new Set(files)];
}
