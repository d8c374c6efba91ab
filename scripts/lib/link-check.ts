/**
 * Internal link check of a built site: every `href` and `src` in every HTML page that stays on
 * the site must name a file the build wrote (`x/` → `x/index.html`) and, when it has a fragment,
 * an element with that id in the target page. Links to other origins, `mailto:` and other
 * schemes, and bare `#` are skipped; same-page `#id` links are checked like any other.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** One link that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, relative to the site folder (`digests/x/index.html`). */
  page: string;
  /** The link as written. */
  href: string;
}

export interface LinkCheckResult {
  /** Internal links checked. */
  checked: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /** The deployed origin (`https://example.com`): absolute links to it are checked too. */
  origin?: string | undefined;
}

/** Stands in for the origin when none is given: no real link points at it. */
const PLACEHOLDER_ORIGIN = 'http://site.invalid';

/** Site-relative file paths (`/`-separated) of every HTML page under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** `/` or `/sub/`: always one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The URL a built file is served at: `digests/x/index.html` → `<origin><base>digests/x/`. */
export function pageUrl(file: string, origin: string, base: string): URL {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${base}${path}`, origin);
}

/** Links an element tree carries: `href` and `src` of every element (`<a>`, `<link>`, `<img>`, `<script>` …). */
function linksOf(root: HTMLElement): string[] {
  const links: string[] = [];
  for (const element of root.querySelectorAll('[href], [src]')) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value !== undefined) links.push(value.trim());
    }
  }
  return links;
}

/** The resolved URL of an internal link, or null for one the check skips. */
export function internalTarget(href: string, page: URL): URL | null {
  if (href === '' || href === '#') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href)) return null; // mailto:, data:, javascript: …
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return null;
  }
  return url.origin === page.origin ? url : null;
}

/** The file a served path names, relative to the site folder, or null when it is outside `base`. */
export function fileForPath(pathname: string, base: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!path.startsWith(base)) return null;
  const rest = path.slice(base.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

/** Reads and parses pages once; answers whether files and ids exist. */
class SiteFiles {
  readonly #dir: string;
  readonly #ids = new Map<string, Promise<Set<string> | null>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  async exists(file: string): Promise<boolean> {
    if (file.split('/').includes('..')) return false;
    return stat(join(this.#dir, file)).then((s) => s.isFile(), () => false);
  }

  /** Ids (and `<a name>`s) of an HTML page, or null when the file is not HTML. */
  ids(file: string, root?: HTMLElement): Promise<Set<string> | null> {
    let ids = this.#ids.get(file);
    if (!ids) {
      ids = file.endsWith('.html') ? this.#readIds(file, root) : Promise.resolve(null);
      this.#ids.set(file, ids);
    }
    return ids;
  }

  async #readIds(file: string, root?: HTMLElement): Promise<Set<string>> {
    const tree = root ?? parse(await readFile(join(this.#dir, file), 'utf8'));
    const ids = new Set<string>();
    for (const el of tree.querySelectorAll('[id], a[name]')) {
      const id = el.getAttribute('id');
      const name = el.tagName === 'A' ? el.getAttribute('name') : undefined;
      if (id !== undefined) ids.add(id);
      if (name !== undefined) ids.add(name);
    }
    return ids;
  }
}

/** Whether one resolved internal link leads somewhere. */
async function resolves(target: URL, base: string, files: SiteFiles): Promise<boolean> {
  const file = fileForPath(target.pathname, base);
  if (file === null) return false;
  let found = await files.exists(file);
  let resolved = file;
  if (!found && !file.endsWith('.html') && (await files.exists(`${file}/index.html`))) {
    found = true; // a folder linked without its trailing slash: servers redirect to it
    resolved = `${file}/index.html`;
  }
  if (!found) return false;
  const fragment = target.hash.slice(1);
  if (fragment === '') return true;
  const ids = await files.ids(resolved);
  if (ids === null) return true; // a fragment into a text file or image is the reader's business
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  return ids.has(id);
}

/**
 * Checks every internal `href`/`src` of the built site in `siteDir`, which is served under `base`
 * (`/` or `/research/`): a link outside `base` is broken, since it leaves the deployed site.
 */
export async function checkLinks(siteDir: string, base: string, options: LinkCheckOptions = {}): Promise<LinkCheckResult> {
  const basePath = normaliseBase(base);
  const origin = options.origin ? new URL(options.origin).origin : PLACEHOLDER_ORIGIN;
  const files = new SiteFiles(siteDir);
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of await htmlFiles(siteDir)) {
    const root = parse(await readFile(join(siteDir, page), 'utf8'));
    await files.ids(page, root);
    const url = pageUrl(page, origin, basePath);
    for (const href of linksOf(root)) {
      const target = internalTarget(href, url);
      if (target === null) continue;
      checked += 1;
      if (!(await resolves(target, basePath, files))) broken.push({ page, href });
    }
  }
  return { checked, broken };
}
