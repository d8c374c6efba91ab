/**
 * The browser side of Pagefind: loads `pagefind.js` from the built site's bundle once the page is
 * idle, or earlier when the reader reaches for the search box, so that a first search does not wait
 * for the runtime (issue #13: first results within 150 ms of the last keystroke); and types the
 * parts of its API we use.
 * Pagefind's excerpts are entity-encoded with only `<mark>` added, so they are safe as HTML;
 * titles and metadata are raw text and must be set as text.
 */
import type { PagefindSearchOptions } from './search-state.ts';

/** The URL parameter that carries matched words to a digest page, which highlights them. */
export const HIGHLIGHT_PARAM = 'highlight';

/** A part of a page that matched: a section or an event, linked by its anchor. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions on the page of the words matched inside this part. */
  locations?: number[];
  /** Absent for the part of the page before its first anchor. */
  anchor?: { id: string; element: string };
}

/** One matching page, loaded on demand. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/** A match before its data is loaded: relevance, and the positions of the matched words on the page. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per facet value if that value were added to the current filters. */
  filters: Record<string, Record<string, number>>;
  /** Counts per facet value for the words alone. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  debouncedSearch(query: string | null, options?: PagefindSearchOptions, ms?: number): Promise<PagefindSearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
}

/** Why search is unavailable, in words a reader (or a developer on `npm run dev`) can act on. */
export const INDEX_MISSING_MESSAGE = '搜索索引尚未生成。请先运行 npm run build（开发模式下使用最近一次构建的索引）。';

const loaded = new Map<string, Promise<Pagefind>>();

async function importPagefind(bundlePath: string): Promise<Pagefind> {
  // A runtime URL, not a module of this build: the index is written after Astro has bundled.
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 40, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/** Loads Pagefind once per bundle path; rejects with INDEX_MISSING_MESSAGE when there is no index. */
export function loadPagefind(bundlePath: string): Promise<Pagefind> {
  let pending = loaded.get(bundlePath);
  if (!pending) {
    pending = importPagefind(bundlePath).catch(() => {
      loaded.delete(bundlePath);
      throw new Error(INDEX_MISSING_MESSAGE);
    });
    loaded.set(bundlePath, pending);
  }
  return pending;
}

/**
 * Loads Pagefind when the page has loaded and the browser is idle. The runtime (pagefind.js, its
 * wasm, the index's meta: about 87 KB gzipped at 1,000 reports) is the same file on every page, so
 * a static host's cache sends it once per visit, not once per page.
 */
export function preloadPagefindWhenIdle(win: Window, bundlePath: string): void {
  const load = () => void loadPagefind(bundlePath).catch(() => undefined);
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(load, { timeout: 2000 });
    else win.setTimeout(load, 200);
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
}

/** Pagefind's punctuation test, as written in pagefind_web_js 1.6 (its alternation is unanchored in the middle). */
const PAGEFIND_PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

const foldDiacritics = (word: string) => {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
};

/**
 * The words Pagefind 1.6 searches for `term` on a Chinese page, normalized as its search() does in
 * the browser (Intl.Segmenter words; punctuation dropped, lower case, diacritics folded): the
 * highlight words it puts on each result's link (腾讯控股 → 腾 讯 控股 in Chromium). So the number of
 * pieces a term has is known without loading a result's fragment. Pagefind's default extra word
 * characters (connector punctuation such as _) pass the punctuation test anyway.
 */
export function pagefindWords(term: string, language = 'zh-CN'): string[] {
  const graphemes = new Intl.Segmenter(language, { granularity: 'grapheme' });
  const chunks: string[] = [];
  for (const { segment: word } of new Intl.Segmenter(language, { granularity: 'word' }).segment(term)) {
    let chunk = '';
    for (const { segment } of graphemes.segment(word)) if (!PAGEFIND_PUNCTUATION.test(segment)) chunk += segment.toLocaleLowerCase();
    if (chunk.length > 0) chunks.push(chunk);
  }
  const joined = chunks.join(' ').replace(/\s{2,}/g, ' ').trim();
  return joined.split(' ').map(foldDiacritics).filter((word) => word.length > 0);
}
