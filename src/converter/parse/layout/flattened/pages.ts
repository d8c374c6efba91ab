/**
 * Pages of a flattened report: the text between runs of furniture. The report's own text is joined
 * into one stream (furniture taken out), with the offset where each page starts; the furniture
 * runs are kept apart as the pages' furniture lines.
 *
 * Extractors put a page's running header and footer together where the page starts, so a furniture
 * run opens the page whose number it prints. A run at the very start of the text is page 1's own;
 * otherwise the text before the first run is page 1. Printed numbers are trusted while they go up;
 * a page without one is the page after the one before.
 */
import type { FurnitureSpan } from './furniture.ts';

/** The report's text without furniture, and where its pages start in it. */
export interface PagedText {
  /** The text of every page, in order, joined. */
  stream: string;
  /** Page starts in the stream, in order: page `number` runs from `at` to the next start. */
  pages: { at: number; number: number }[];
  /** The furniture runs, each with the page it belongs to and the stream offset where it stood. */
  furniture: { text: string; page: number; at: number }[];
}

/** Fewer characters than this before the first furniture run are not a whole first page. */
const MIN_FIRST_PAGE = 300;
/** A furniture run after at most this many characters, none a letter (`=`), is page 1's own header. */
const LEADING_SLACK = 8;

/**
 * Page numbers for the furniture runs: printed ones while they go up, else one more than the last.
 * A run without a number followed by the next page's numbered run is furniture inside its page (a
 * disclaimer pointer printed in the first page's masthead): it gets that page's number and no break.
 */
function pageNumbers(spans: readonly FurnitureSpan[], leading: boolean): { number: number; breaks: boolean }[] {
  const numbers: { number: number; breaks: boolean }[] = [];
  let last = leading ? 0 : 1;
  spans.forEach((span, k) => {
    const printed = span.number?.value;
    const nextPrinted = spans[k + 1]?.number?.value;
    // Too little text before the first run for a title page: the run is printed inside it.
    const tooEarly = k === 0 && !leading && span.start < MIN_FIRST_PAGE;
    // A marker that prints the page it is on (`Page1` under page 1's header) is no break either.
    const samePage = printed !== undefined && printed === last && k > 0;
    if (tooEarly || samePage || (printed === undefined && nextPrinted === last + 1 && !(k === 0 && leading))) {
      numbers.push({ number: last, breaks: false });
      return;
    }
    const next = printed !== undefined && printed > last && printed <= last + 3 ? printed : last + 1;
    numbers.push({ number: next, breaks: true });
    last = next;
  });
  return numbers;
}

/** Splits a flattened text at its furniture into one stream of page text and the furniture lines. */
export function paginate(text: string, spans: readonly FurnitureSpan[]): PagedText {
  const before = spans.length > 0 ? text.slice(0, spans[0]!.start) : '';
  const leading = spans.length > 0 && before.length <= LEADING_SLACK && !/\p{L}/u.test(before);
  const numbers = pageNumbers(spans, leading);
  const parts: string[] = [];
  let length = 0;
  const pages: PagedText['pages'] = leading ? [] : [{ at: 0, number: 1 }];
  const furniture: PagedText['furniture'] = [];
  let from = 0;
  const append = (start: number, end: number) => {
    parts.push(text.slice(start, end));
    length += end - start;
  };
  spans.forEach((span, k) => {
    // Before a leading run there is only a stray character or two (`=`): furniture too.
    if (k === 0 && leading) furniture.push({ text: text.slice(0, span.start).trim(), page: 1, at: 0 });
    else append(from, span.start);
    if (numbers[k]!.breaks) pages.push({ at: length, number: numbers[k]!.number });
    furniture.push({ text: text.slice(span.start, span.end).trim(), page: numbers[k]!.number, at: length });
    from = span.end;
  });
  append(from, text.length);
  return { stream: parts.join(''), pages: mergeEmptyPages(pages), furniture: furniture.filter((f) => f.text !== '') };
}

/** Two page starts at the same offset (furniture printed twice): the later number stands. */
function mergeEmptyPages(pages: PagedText['pages']): PagedText['pages'] {
  return pages.filter((page, k) => pages[k + 1]?.at !== page.at);
}

/** The page a stream offset is on. */
export function pageAt(pages: PagedText['pages'], at: number): number {
  let page = pages[0]?.number ?? 1;
  for (const start of pages) {
    if (start.at > at) break;
    page = start.number;
  }
  return page;
}
