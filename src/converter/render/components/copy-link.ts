/**
 * A "copy link" button for an anchor. Hidden until the page's script can use the clipboard:
 * without JavaScript the heading's `#` link still gives the same URL.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';

/** `id`: the anchor to link to; `label`: what the link points at, for screen readers. */
export function copyLink(id: string, label: string): Element {
  return h(
    'button',
    { type: 'button', className: ['copy-link'], dataCopyLink: id, ariaLabel: `复制链接：${label}`, dataPagefindIgnore: '', hidden: true },
    '复制链接',
  );
}

/** The `#` link of a heading or event; search leaves it out of the text. */
export function anchorLink(id: string, label: string): Element {
  return h('a', { className: ['anchor'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' }, '#');
}
