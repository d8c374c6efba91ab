/**
 * A digest page's text as the search index sees it: the `data-pagefind-body` article without
 * `data-pagefind-ignore` elements, cut into parts where Pagefind starts a sub-result (a heading with
 * an id and text, or an element with an id and `data-pagefind-title`: a section or an event; a figure
 * or table with an id is no sub-result, so its text reads as part of the one before it, as it does
 * to a reader who follows that link), and the text of its head (title, subject and key points: the
 * summary card). Blocks are kept apart by line breaks, so a word never spans two paragraphs or cells.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';

export interface DigestText {
  /** The whole indexed text. */
  text: string;
  /** The summary card's text: title, subject, key points. */
  head: string;
  /** Anchor id → the text from that element up to the next element with an id. */
  parts: Map<string, string>;
}

const BLOCK = /^(p|div|li|ul|ol|dl|dt|dd|h[1-6]|td|th|tr|table|thead|tbody|section|article|figure|figcaption|blockquote|pre|header|footer|br)$/i;

function isIgnored(element: HTMLElement): boolean {
  return element.hasAttribute('data-pagefind-ignore');
}

/** Whether Pagefind lists the part starting at `element` as a sub-result (pagefind.js, calculate_sub_results). */
function startsSubResult(element: HTMLElement): boolean {
  if (!element.getAttribute('id')) return false;
  if (/\S/.test(element.getAttribute('data-pagefind-title') ?? '')) return true;
  return /^h[1-6]$/i.test(element.tagName) && /\S/.test(element.text);
}

/** Splits a page into its parts: the text before the first anchor under '', then one per anchor. */
function walk(root: HTMLElement): { parts: Map<string, string>; head: string } {
  const chunks = new Map<string, string[]>([['', []]]);
  let current = '';
  let head: string[] = [];
  const visit = (node: Node, inHead: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      chunks.get(current)!.push(node.text);
      if (inHead) head.push(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    if (isIgnored(element) || /^(script|style|template)$/i.test(element.tagName)) return;
    const id = startsSubResult(element) ? element.getAttribute('id') : null;
    if (id) {
      current = id;
      if (!chunks.has(id)) chunks.set(id, []);
    }
    const block = BLOCK.test(element.tagName);
    if (block) chunks.get(current)!.push('\n');
    const headHere = inHead || element.classList.contains('summary-card');
    for (const child of element.childNodes) visit(child, headHere);
    if (block) {
      chunks.get(current)!.push('\n');
      if (headHere) head.push('\n');
    }
  };
  visit(root, false);
  const parts = new Map([...chunks].map(([id, texts]) => [id, tidy(texts.join(''))]));
  return { parts, head: tidy(head.join('')) };
}

/** Collapses spaces within lines and blank lines between them. */
function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}

/** The indexed text of one built digest page. */
export function digestText(html: string): DigestText {
  const article = parse(html).querySelector('[data-pagefind-body]');
  if (!article) throw new Error('no data-pagefind-body element on the page');
  const { parts, head } = walk(article);
  return { text: [...parts.values()].join('\n'), head, parts };
}

const LATIN = /[A-Za-z0-9]/;

/**
 * How many times `text` holds `term`, ignoring case as the index does. A term that starts or ends
 * with a Latin letter or digit must start or end a word there, as a reader reads it: SK is not in
 * risk, Wind is not in Windows, Q1 is not in Q12; a Chinese term is found inside a longer run
 * (可灵 in 快手可灵AI), and a code next to Chinese text is a word of its own (腾讯控股0700.HK).
 */
export function countIn(text: string, term: string): number {
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  if (needle.length === 0) return 0;
  const checkStart = LATIN.test(needle[0]!);
  const checkEnd = LATIN.test(needle.at(-1)!);
  let count = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const before = lower[at - 1] ?? '';
    const after = lower[at + needle.length] ?? '';
    if ((checkStart && LATIN.test(before)) || (checkEnd && LATIN.test(after))) continue;
    count += 1;
  }
  return count;
}

/** Whether `text` holds `term` (see countIn). */
export function holds(text: string, term: string): boolean {
  return countIn(text, term) > 0;
}
