/**
 * Copy-link buttons: each `[data-copy-link="id"]` button copies the page URL with `#id` and says
 * so (复制成功) in its label for a moment, and in a live region for screen readers.
 */

/** The shareable URL of an anchor on the current page. */
export function anchorUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, id: string): string {
  return `${location.origin}${location.pathname}${location.search}#${encodeURIComponent(id)}`;
}

function announce(doc: Document, message: string): void {
  let region = doc.getElementById('copy-link-status');
  if (!region) {
    region = doc.createElement('p');
    region.id = 'copy-link-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    doc.body.append(region);
  }
  region.textContent = message;
}

/** Shows and wires every copy-link button, when the clipboard is available. */
export function enableCopyLinks(doc: Document): void {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard) return;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = anchorUrl(doc.location, button.dataset['copyLink'] ?? '');
      try {
        await clipboard.writeText(url);
        button.textContent = '已复制';
        announce(doc, `已复制链接：${url}`);
      } catch {
        button.textContent = '复制失败';
      }
      setTimeout(() => (button.textContent = '复制链接'), 2000);
    });
  }
}
