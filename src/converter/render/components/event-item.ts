/**
 * One news item the report tracks, with its own anchor so it can be linked and searched: its
 * `data-pagefind-title` makes it a search sub-result, so a query lands on the event itself.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { anchorLink, copyLink } from './copy-link.ts';

interface Props {
  /** Stable anchor id. */
  id: string;
  /** Heading depth (2–6). */
  level: number;
  /** ISO date, when known. */
  date?: string;
  /** Headline. */
  title: string;
  /** News source (36 氪). */
  source?: string;
  /** The event's text. */
  children: ElementContent[];
}

export function eventItem({ id, level, date, title, source, children }: Props): Element {
  const heading = h(`h${Math.min(Math.max(level, 2), 6)}`, { className: ['event-title'] }, [
    // A space the flex layout does not show keeps the date and headline two words to the index (not 2026-05-28ElevenLabs).
    ...(date ? [h('time', { dateTime: date }, date), ' '] : []),
    h('span', title),
    anchorLink(id, `链接到事件“${title}”`),
    copyLink(id, title),
  ]);
  return h('article', { className: ['event'], id, dataPagefindTitle: date ? `${date} ${title}` : title }, [
    heading,
    h('div', { className: ['event-body'] }, children),
    ...(source ? [h('p', { className: ['event-source'] }, `来源：${source}`)] : []),
  ]);
}
