/**
 * The header search box: Pagefind's UI, mounted by a bundled module so the page needs no inline
 * script (the Content-Security-Policy allows only the site's own scripts). Without a built index
 * (`npm run dev` before any build) the box stays empty.
 */

interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

/** Mounts Pagefind's UI in `#site-search`, labelled in Chinese. */
export function mountSiteSearch(doc: Document): void {
  const box = doc.getElementById('site-search');
  const PagefindUI = (doc.defaultView as (Window & { PagefindUI?: PagefindUIConstructor }) | null)?.PagefindUI;
  if (!box || !PagefindUI) return;
  new PagefindUI({
    element: '#site-search',
    bundlePath: box.dataset['bundlePath'],
    showSubResults: true,
    translations: { placeholder: '搜索研报、公司、事件…', search_label: '搜索研报文摘' },
  });
  // Pagefind's input carries only a title; screen readers need a real label.
  box.querySelector('input')?.setAttribute('aria-label', '搜索研报文摘');
}
