/**
 * One search result as DOM: the digest's title, broker, date and rating, an excerpt with the
 * matched words marked, and links straight to the sections and events that matched. Shared by
 * the header's instant results and the search page.
 */
import { HIGHLIGHT_PARAM, type PagefindResultData, type PagefindSubResult } from './pagefind-client.ts';

/** A sub-result's weight: how strongly the words matched inside that section or event. */
function subResultScore(sub: PagefindSubResult & { weighted_locations?: { balanced_score: number }[] }): number {
  return sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? 0;
}

/**
 * The sections and events worth showing under a result: those with an anchor (the part before the
 * first heading is the page itself), the `limit` strongest, in the order they appear on the page.
 */
export function topSubResults(subs: readonly PagefindSubResult[], limit: number): PagefindSubResult[] {
  const anchored = subs.filter((sub) => sub.anchor);
  const strongest = new Set([...anchored].sort((a, b) => subResultScore(b) - subResultScore(a)).slice(0, limit));
  return anchored.filter((sub) => strongest.has(sub));
}

/** A result link without an empty highlight parameter (Pagefind adds one to filter-only results). */
export function resultHref(url: string): string {
  return url.replace(new RegExp(`([?&])${HIGHLIGHT_PARAM}=(?=&|#|$)&?`), '$1').replace(/[?&](?=#|$)/, '');
}

/** The metadata line under a title: 国金证券 · 2026-07-03 · 买入. */
export function resultMetaLine(meta: PagefindResultData['meta']): string {
  return [meta['broker'], meta['date'], meta['rating']].filter((part): part is string => Boolean(part)).join(' · ');
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}

/** Pagefind encodes entities and adds only `<mark>`, so its excerpt is safe to set as HTML. */
function excerptParagraph(doc: Document, html: string): HTMLParagraphElement {
  const excerpt = element(doc, 'p', 'result-excerpt');
  excerpt.innerHTML = html;
  return excerpt;
}

function subResultList(doc: Document, subs: PagefindSubResult[]): HTMLUListElement {
  const list = element(doc, 'ul', 'sub-results');
  for (const sub of subs) {
    const item = element(doc, 'li', 'sub-result');
    const link = element(doc, 'a', 'sub-result-title');
    link.href = resultHref(sub.url);
    link.textContent = sub.title;
    item.append(link, excerptParagraph(doc, sub.excerpt));
    list.append(item);
  }
  return list;
}

export interface ResultViewOptions {
  /** How many matching sections/events to list under the result. */
  subResults: number;
  /** Whether to show the page excerpt (the header's compact list leaves it out). */
  excerpt: boolean;
}

/** Builds the list item for one result. */
export function resultItem(doc: Document, data: PagefindResultData, options: ResultViewOptions): HTMLLIElement {
  const item = element(doc, 'li', 'search-result');
  const title = element(doc, 'a', 'result-title');
  title.href = resultHref(data.url);
  title.textContent = data.meta['title'] ?? data.url;
  item.append(title);
  const metaLine = resultMetaLine(data.meta);
  if (metaLine) {
    const meta = element(doc, 'p', 'result-meta');
    meta.textContent = metaLine;
    item.append(meta);
  }
  if (options.excerpt) item.append(excerptParagraph(doc, data.excerpt));
  const subs = topSubResults(data.sub_results, options.subResults);
  if (subs.length > 0) item.append(subResultList(doc, subs));
  return item;
}
