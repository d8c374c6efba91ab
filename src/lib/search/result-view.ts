/**
 * One search result as DOM: the digest's title, broker, date and rating, an excerpt with the
 * query's terms marked (excerpt.ts), and links straight to the sections and events that hold the query. Shared by
 * the header's instant results and the search page.
 */
import { HIGHLIGHT_PARAM, type PagefindResultData, type PagefindSubResult } from './pagefind-client.ts';
import { cleanExcerpt } from './excerpt.ts';
import { matchingSubResults, pageWords, type TermMatch } from './sub-result-match.ts';

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

/**
 * Pagefind encodes entities and adds only `<mark>`, so its excerpt is safe to set as HTML (and stays
 * so: cleanExcerpt only drops marks and trims text).
 */
function excerptParagraph(doc: Document, html: string, terms: readonly string[]): HTMLParagraphElement {
  const excerpt = element(doc, 'p', 'result-excerpt');
  excerpt.innerHTML = cleanExcerpt(html, terms);
  return excerpt;
}

function subResultList(doc: Document, subs: PagefindSubResult[], terms: readonly string[]): HTMLUListElement {
  const list = element(doc, 'ul', 'sub-results');
  for (const sub of subs) {
    const item = element(doc, 'li', 'sub-result');
    const link = element(doc, 'a', 'sub-result-title');
    link.href = resultHref(sub.url);
    link.textContent = sub.title;
    item.append(link, excerptParagraph(doc, sub.excerpt, terms));
    list.append(item);
  }
  return list;
}

export interface ResultViewOptions {
  /** How many matching sections/events to list under the result. */
  subResults: number;
  /** Whether to show the page excerpt (the header's compact list leaves it out). */
  excerpt: boolean;
  /** The result's page id and the query's terms, which decide the sections and events listed. */
  pageId: string;
  terms: readonly TermMatch[];
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
  const terms = options.terms.map((t) => t.term);
  if (options.excerpt) item.append(excerptParagraph(doc, data.excerpt, terms));
  const subs = matchingSubResults(data.sub_results, options.pageId, options.terms, options.subResults, pageWords(data));
  if (subs.length > 0) item.append(subResultList(doc, subs, terms));
  return item;
}
