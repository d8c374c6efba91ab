/**
 * The search box in every page's header: results appear as the reader types, `/` focuses the box
 * from anywhere, the arrow keys walk the results and Escape closes them. Without JavaScript the
 * box is a plain form that opens the search page with the query.
 */
import { HIGHLIGHT_PARAM, loadPagefind, preloadPagefindWhenIdle, type Pagefind } from './pagefind-client.ts';
import { phraseResults, rankByPhrase } from './phrase-match.ts';
import { cardHref, loadCards, type ResultCard } from './result-cards.ts';
import { resultItem, resultMetaLine } from './result-view.ts';
import { pageConstraints, termMatches } from './sub-result-match.ts';
import { emptySearchState, searchHref } from './search-state.ts';

/** How many results the header shows before "see all". */
const INSTANT_RESULTS = 5;
/**
 * How many of them show their sections and events at once. The others show them when the reader
 * points at or tabs to them: each needs its page's fragment (the whole page text, 8–19 KB gzipped),
 * and five of them would take a first search past 150 KB at 1,000 reports (issue #13).
 */
const PARTS_AT_ONCE = 1;
/**
 * Typing pause before searching, in ms: none beyond the current task (inputs of one task count
 * once). A reader's keystrokes come 100–250 ms apart and an IME commits a Chinese word as one input,
 * so a pause skips few searches and delays every one (issue #13: first results within 150 ms of the
 * last keystroke). Inputs while an IME is composing (the pinyin letters) start none; a search
 * overtaken by newer input stops before it loads any result's data.
 */
const TYPING_PAUSE_MS = 0;

interface HeaderSearchParts {
  root: HTMLElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  all: HTMLAnchorElement;
}

function findParts(doc: Document): HeaderSearchParts | null {
  const root = doc.querySelector<HTMLElement>('[data-site-search]');
  const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = root?.querySelector<HTMLElement>('.search-panel');
  const status = panel?.querySelector<HTMLElement>('.search-status');
  const list = panel?.querySelector<HTMLOListElement>('.search-results');
  const all = panel?.querySelector<HTMLAnchorElement>('.search-all');
  if (!root || !input || !panel || !status || !list || !all) return null;
  return { root, input, panel, status, list, all };
}

/** True when a key press belongs to a field the reader is typing in, so `/` must not be taken. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const element = target as HTMLElement;
  return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
}

/** A result as its card shows it (title and metadata line), until its fragment brings the sections and events under it. */
function cardItem(doc: Document, card: ResultCard, query: string): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'search-result';
  const title = doc.createElement('a');
  title.className = 'result-title';
  title.href = cardHref(card, query, HIGHLIGHT_PARAM);
  title.textContent = card.meta['title'] ?? card.url;
  const meta = doc.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = resultMetaLine(card.meta);
  item.append(title, ...(meta.textContent ? [meta] : []));
  return item;
}

/** Puts what a result's fragment brings into its card: Pagefind's link (with its highlight words) and the sections and events under it. */
function completeCard(item: HTMLLIElement, full: HTMLLIElement): void {
  const title = item.querySelector<HTMLAnchorElement>('.result-title');
  const fullTitle = full.querySelector<HTMLAnchorElement>('.result-title');
  if (title && fullTitle) title.href = fullTitle.href;
  const subs = full.querySelector('.sub-results');
  if (subs) item.append(subs);
}

async function renderInstantResults(parts: HeaderSearchParts, pagefind: Pagefind, bundlePath: string, query: string, isStale: () => boolean) {
  const response = await pagefind.search(query);
  if (isStale()) return;
  // Start loading the likely results while the phrase check runs, cards before fragments (the
  // cards are shown first): both are cached, so the wait is the longer of the two, not their sum.
  const likely = rankByPhrase(response.results).slice(0, INSTANT_RESULTS);
  void loadCards(bundlePath, likely.map((r) => r.id));
  for (const result of likely.slice(0, PARTS_AT_ONCE)) void result.data().catch(() => undefined);
  const terms = await termMatches((term) => pagefind.search(term), query, response);
  const ranked = phraseResults(response.results, pageConstraints(terms));
  const shown = ranked.slice(0, INSTANT_RESULTS);
  const doc = parts.list.ownerDocument;
  const fullItem = async (i: number) => resultItem(doc, await shown[i]!.data(), { subResults: 2, excerpt: false, pageId: shown[i]!.id, terms });
  const cards = await loadCards(bundlePath, shown.map((r) => r.id));
  if (isStale()) return;
  if (cards) {
    const items = cards.map((card) => cardItem(doc, card, query));
    parts.list.replaceChildren(...items);
    items.forEach((item, i) => {
      const complete = async () => completeCard(item, await fullItem(i));
      if (i < PARTS_AT_ONCE) return;
      for (const intent of ['pointerenter', 'focusin']) item.addEventListener(intent, () => void complete().catch(() => undefined), { once: true });
    });
    const first = await Promise.all(items.slice(0, PARTS_AT_ONCE).map(async (item, i) => [item, await fullItem(i)] as const));
    if (isStale()) return;
    for (const [item, full] of first) completeCard(item, full);
  } else {
    const full = await Promise.all(shown.map((_, i) => fullItem(i)));
    if (isStale()) return;
    parts.list.replaceChildren(...full);
  }
  const total = ranked.length;
  parts.status.textContent = total === 0 ? `没有找到与“${query}”相关的研报。` : `找到 ${total} 篇相关研报`;
  parts.all.hidden = total <= INSTANT_RESULTS;
  parts.all.textContent = `查看全部 ${total} 篇结果`;
}

function links(parts: HeaderSearchParts): HTMLAnchorElement[] {
  return [...parts.list.querySelectorAll<HTMLAnchorElement>('a'), ...(parts.all.hidden ? [] : [parts.all])];
}

/** Arrow keys move between the box and the result links; Escape closes and returns to the box. */
function onPanelKey(parts: HeaderSearchParts, event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    parts.panel.hidden = true;
    parts.input.focus();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const targets = links(parts);
  if (parts.panel.hidden || targets.length === 0) return;
  event.preventDefault();
  const at = targets.indexOf(event.target as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) parts.input.focus();
  else targets[Math.min(next, targets.length - 1)]!.focus();
}

function wireSearching(parts: HeaderSearchParts, bundlePath: string, searchPath: string): void {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query last searched (or cleared), so a composition's end and the input after it search once. */
  let searched = '';
  const run = async (query: string, mine: number) => {
    try {
      const pagefind = await loadPagefind(bundlePath);
      await renderInstantResults(parts, pagefind, bundlePath, query, () => mine !== generation);
    } catch (error) {
      if (mine === generation) parts.status.textContent = (error as Error).message;
    } finally {
      if (mine === generation) parts.panel.removeAttribute('aria-busy');
    }
  };
  const search = () => {
    const query = parts.input.value.trim();
    searched = query;
    const mine = ++generation;
    clearTimeout(timer);
    parts.panel.hidden = query === '';
    if (!query) return;
    parts.all.href = searchHref(searchPath, { ...emptySearchState(), query });
    parts.status.textContent = '正在搜索…';
    parts.panel.setAttribute('aria-busy', 'true');
    timer = setTimeout(() => void run(query, mine), TYPING_PAUSE_MS);
  };
  parts.input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) search();
  });
  // Browsers differ on whether an input event follows the end of a composition: search on its end too, once.
  parts.input.addEventListener('compositionend', () => {
    if (parts.input.value.trim() !== searched) search();
  });
  // Pagefind loads once the page is idle; a reader who reaches for the box first starts it then.
  const preload = () => void loadPagefind(bundlePath).catch(() => undefined);
  for (const intent of ['pointerenter', 'pointerdown', 'focusin']) parts.root.addEventListener(intent, preload, { once: true });
  preloadPagefindWhenIdle(parts.root.ownerDocument.defaultView!, bundlePath);
}

/** Wires the header search box on this page, if it has one. */
export function mountHeaderSearch(doc: Document): void {
  const parts = findParts(doc);
  if (!parts) return;
  const { bundlePath = '/pagefind/', searchPath = '/search/' } = parts.root.dataset;
  wireSearching(parts, bundlePath, searchPath);
  parts.root.addEventListener('keydown', (event) => onPanelKey(parts, event));
  doc.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    event.preventDefault();
    parts.input.focus();
    parts.input.select();
  });
  doc.addEventListener('click', (event) => {
    if (!parts.root.contains(event.target as Node)) parts.panel.hidden = true;
  });
}
