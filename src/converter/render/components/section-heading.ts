/** A section heading with a stable ASCII anchor id, at the report's own heading depth. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { anchorLink, copyLink } from './copy-link.ts';

interface Props {
  /** Anchor id from the report model (`s1-1`). */
  id: string;
  /** Depth in the report: 1 renders as h2, since the digest title is the page's h1. */
  level: number;
  /** Heading text. */
  title: string;
}

export function sectionHeading({ id, level, title }: Props): Element {
  return h(`h${Math.min(level + 1, 6)}`, { id, className: ['section-heading'] }, [
    title,
    anchorLink(id, `链接到“${title}”`),
    ' ',
    copyLink(id, title),
  ]);
}
