/**
 * On a digest opened from a search result (`?highlight=可灵`), marks the matched words in the
 * article with Pagefind's highlighter. It is loaded only when there is something to mark, and
 * without its injected <style> (the CSP allows none): search.css styles `mark.pagefind-highlight`.
 */
import { HIGHLIGHT_PARAM } from './pagefind-client.ts';

interface PagefindHighlightConstructor {
  new (options: { highlightParam: string; addStyles: boolean; markContext: string }): unknown;
}

/** Highlights the words in the URL's highlight parameter inside the digest article. */
export async function highlightMatches(doc: Document, bundlePath: string): Promise<void> {
  const win = doc.defaultView;
  if (!win || !new URLSearchParams(win.location.search).has(HIGHLIGHT_PARAM)) return;
  try {
    await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`);
  } catch {
    return; // No index built (npm run dev before a build): the page reads fine without marks.
  }
  const PagefindHighlight = (win as Window & { PagefindHighlight?: PagefindHighlightConstructor }).PagefindHighlight;
  if (!PagefindHighlight) return;
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
}
