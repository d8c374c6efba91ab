/**
 * The search page (/search/): query, filters with counts, order, results ten at a time. The URL
 * always carries the current search, so it can be shared, bookmarked, and walked with Back/Forward.
 */
import { byDate, countFacets, loadFacetIndex, passesFilters, type FacetIndex } from './facet-index.ts';
import { renderFacets, type FacetCounts } from './facet-view.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-client.ts';
import { phraseResults, rankByPhrase } from './phrase-match.ts';
import { resultItem } from './result-view.ts';
import { pageConstraints, termMatches, type TermMatch } from './sub-result-match.ts';
import {
  SEARCH_FACETS, emptySearchState, hasCriteria, pagefindOptions, readSearchParams, searchHref, toggleFilter,
  type FacetKey, type SearchState, type SortKey,
} from './search-state.ts';

const PAGE_SIZE = 10;
/** Typing pause before searching, in ms: short, for the reasons in header-search.ts. */
const TYPING_PAUSE_MS = 30;

interface SearchPageParts {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  facets: HTMLElement;
  status: HTMLElement;
  hint: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
}

function findParts(doc: Document): SearchPageParts | null {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const pick = <T extends Element>(selector: string) => root?.querySelector<T>(selector) ?? null;
  const parts = {
    root, form: pick<HTMLFormElement>('form'), input: pick<HTMLInputElement>('input[name="q"]'),
    sort: pick<HTMLSelectElement>('select[name="sort"]'), facets: pick<HTMLElement>('.search-facets'),
    status: pick<HTMLElement>('.search-status'), hint: pick<HTMLElement>('.search-hint'),
    results: pick<HTMLOListElement>('.search-results'), more: pick<HTMLButtonElement>('.search-more'),
    clear: pick<HTMLButtonElement>('.search-clear'),
  };
  return Object.values(parts).every(Boolean) ? (parts as SearchPageParts) : null;
}

function statusText(state: SearchState, total: number): string {
  const about = state.query ? `与“${state.query}”相关的` : '符合筛选条件的';
  return total > 0 ? `找到 ${total} 篇${about}研报` : `没有找到${about}研报。试试更短或不同的关键词${hasFilters(state) ? '，或清除筛选' : ''}。`;
}

function hasFilters(state: SearchState): boolean {
  return SEARCH_FACETS.some(({ key }) => state.filters[key].length > 0);
}

class SearchPage {
  private readonly parts: SearchPageParts;
  private readonly searchPath: string;
  private state: SearchState;
  private pagefind: Pagefind | null = null;
  private allCounts: FacetCounts = {};
  private index: FacetIndex | null = null;
  private generation = 0;
  private results: PagefindResult[] = [];
  private terms: TermMatch[] = [];
  private shown = 0;

  constructor(parts: SearchPageParts, searchPath: string) {
    this.parts = parts;
    this.searchPath = searchPath;
    this.state = readSearchParams(new URLSearchParams(parts.root.ownerDocument.location.search));
  }

  async start(bundlePath: string): Promise<void> {
    this.fillControls();
    this.wire();
    this.setBusy('正在加载搜索索引…');
    try {
      this.pagefind = await loadPagefind(bundlePath);
      this.allCounts = await this.pagefind.filters();
      this.index = await loadFacetIndex(this.pagefind);
    } catch (error) {
      this.setIdle((error as Error).message);
      return;
    }
    await this.run();
  }

  private fillControls(): void {
    this.parts.input.value = this.state.query;
    this.parts.sort.value = this.state.sort;
  }

  private wire(): void {
    const { form, input, sort, facets, more, clear } = this.parts;
    const win = form.ownerDocument.defaultView!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const typed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.update({ ...this.state, query: input.value.trim() }, 'replace'), TYPING_PAUSE_MS);
    };
    // The pinyin letters of an IME composition start no search; its end does (an input may follow
    // it: the pause makes the two one search).
    input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) typed();
    });
    input.addEventListener('compositionend', typed);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      this.update({ ...this.state, query: input.value.trim() }, 'push');
    });
    sort.addEventListener('change', () => this.update({ ...this.state, sort: sort.value as SortKey }, 'push'));
    facets.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      this.update(toggleFilter(this.state, box.name as FacetKey, box.value), 'push');
    });
    clear.addEventListener('click', () => this.update({ ...emptySearchState(), query: this.state.query, sort: this.state.sort }, 'push'));
    more.addEventListener('click', () => void this.showMore());
    win.addEventListener('popstate', () => {
      this.state = readSearchParams(new URLSearchParams(win.location.search));
      this.fillControls();
      void this.run();
    });
  }

  private update(next: SearchState, history: 'push' | 'replace'): void {
    this.state = next;
    const win = this.parts.root.ownerDocument.defaultView!;
    const href = searchHref(this.searchPath, next);
    if (href !== `${win.location.pathname}${win.location.search}`) {
      win.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', href);
    }
    void this.run();
  }

  private async run(): Promise<void> {
    const mine = ++this.generation;
    const { pagefind, index, state } = this;
    if (!pagefind || !index) return;
    this.parts.clear.hidden = !hasFilters(state);
    if (!hasCriteria(state)) return this.showEmpty();
    this.setBusy('正在搜索…');
    const found = await this.matching(pagefind, index, state);
    if (mine !== this.generation) return;
    renderFacets(this.parts.facets, this.allCounts, found.counts, state);
    this.results = found.results;
    this.terms = found.terms;
    this.shown = 0;
    this.parts.results.replaceChildren();
    this.parts.hint.hidden = true;
    await this.showMore();
    this.setIdle(statusText(state, found.results.length));
  }

  /** The results for a search and the filter counts beside them, both from the same phrase-matched set. */
  private async matching(pagefind: Pagefind, index: FacetIndex, state: SearchState) {
    if (!state.query) {
      const listed = await pagefind.search(null, pagefindOptions(state));
      return { results: listed.results, terms: [], counts: countFacets(index.newestFirst, state, index) };
    }
    const whole = await pagefind.search(state.query);
    // Load the likely first page of results during the phrase check (Pagefind caches page data).
    for (const likely of rankByPhrase(whole.results).slice(0, PAGE_SIZE)) void likely.data().catch(() => undefined);
    const terms = await termMatches((term) => pagefind.search(term), state.query, whole);
    const candidates = phraseResults(whole.results, pageConstraints(terms));
    const filtered = candidates.filter((r) => passesFilters(r.id, state, index));
    const results = state.sort === 'relevance' ? filtered : byDate(filtered, index, state.sort);
    return { results, terms, counts: countFacets(candidates.map((r) => r.id), state, index) };
  }

  private showEmpty(): void {
    renderFacets(this.parts.facets, this.allCounts, this.allCounts, this.state);
    this.results = [];
    this.parts.results.replaceChildren();
    this.parts.more.hidden = true;
    this.parts.hint.hidden = false;
    this.setIdle('输入关键词开始搜索，或选择筛选条件浏览。');
  }

  private async showMore(): Promise<void> {
    const { results } = this;
    const mine = this.generation;
    const next = results.slice(this.shown, this.shown + PAGE_SIZE);
    const page = await Promise.all(next.map((r) => r.data()));
    if (mine !== this.generation) return;
    const doc = this.parts.results.ownerDocument;
    this.parts.results.append(...page.map((data, i) => resultItem(doc, data, { subResults: 3, excerpt: true, pageId: next[i]!.id, terms: this.terms })));
    this.shown += page.length;
    this.parts.more.hidden = this.shown >= results.length;
    this.parts.more.textContent = `显示更多（还有 ${results.length - this.shown} 篇）`;
  }

  private setBusy(message: string): void {
    this.parts.root.setAttribute('aria-busy', 'true');
    this.parts.status.textContent = message;
  }

  private setIdle(message: string): void {
    this.parts.root.removeAttribute('aria-busy');
    this.parts.status.textContent = message;
  }
}

/** Starts the search page, if this is it. */
export function mountSearchPage(doc: Document): void {
  const parts = findParts(doc);
  if (!parts) return;
  const { bundlePath = '/pagefind/', searchPath = '/search/' } = parts.root.dataset;
  void new SearchPage(parts, searchPath).start(bundlePath);
}
