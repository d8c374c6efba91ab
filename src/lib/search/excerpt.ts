/**
 * A result's excerpt as a reader should see it. Pagefind marks every word that matched any piece
 * of the query, by prefix (searching 可灵 marks 可在 and the 可 of 可商用), and cuts a fixed number of
 * words around the densest matches, mid-sentence. So marks are kept only where marked words spell a
 * query term (a Latin term from the start of a marked word to the end of one: not the ai of OpenAI),
 * and the excerpt is trimmed to the sentences around them.
 */
import { termPieces } from './phrase-match.ts';

interface Token {
  text: string;
  marked: boolean;
}

const MARK = /<mark>([\s\S]*?)<\/mark>/g;
/** Text that may sit between the marked pieces of one term: punctuation and spaces (GPT</mark>-<mark>5.5). */
const JOINER = /^[\s\p{P}]*$/u;
/** A sentence ends at Chinese full stops, semicolons, ! and ?, or a full stop before a space (Pagefind puts '. ' between blocks). */
const SENTENCE_END = /[。！？；!?]|\.(?=\s)/g;
const LATIN = /[a-z0-9]/;

function tokens(html: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of html.matchAll(MARK)) {
    if (match.index > last) out.push({ text: html.slice(last, match.index), marked: false });
    out.push({ text: match[1]!, marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) out.push({ text: html.slice(last), marked: false });
  return out;
}

const normal = (text: string) => [...text.toLowerCase()].filter((c) => !/[\s\p{P}]/u.test(c)).join('');

/** Indexes of the marked tokens of one run (marks joined only by punctuation) that spell a term. */
function spelled(run: readonly number[], list: readonly Token[], terms: readonly string[]): number[] {
  let joined = '';
  const owner: number[] = [];
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const index of run) {
    const piece = normal(list[index]!.text);
    starts.add(joined.length);
    for (const _ of piece) owner.push(index);
    joined += piece;
    ends.add(joined.length);
  }
  const kept = new Set<number>();
  for (const term of terms) {
    const needle = termPieces(term).join('');
    if (!needle) continue;
    const latin = LATIN.test(needle[0]!) || LATIN.test(needle.at(-1)!);
    for (let at = joined.indexOf(needle); at !== -1; at = joined.indexOf(needle, at + 1)) {
      if (latin && (!starts.has(at) || !ends.has(at + needle.length))) continue;
      for (let i = at; i < at + needle.length; i++) kept.add(owner[i]!);
    }
  }
  return [...kept];
}

/** Marks that spell a term, as token indexes. */
function keptMarks(list: readonly Token[], terms: readonly string[]): Set<number> {
  const kept = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    for (const index of spelled(run, list, terms)) kept.add(index);
    run = [];
  };
  list.forEach((token, index) => {
    if (token.marked) run.push(index);
    else if (!JOINER.test(token.text)) flush();
  });
  flush();
  return kept;
}

/** `text` from just after its last sentence end (or all of it). */
function afterLastEnd(text: string): string {
  const last = [...text.matchAll(SENTENCE_END)].at(-1);
  return last ? text.slice(last.index + last[0].length).trimStart() : text;
}

/** `text` up to and including its first sentence end (or all of it). */
function throughFirstEnd(text: string): string {
  const first = [...text.matchAll(SENTENCE_END)][0];
  return first ? text.slice(0, first.index + first[0].length) : text;
}

/** The excerpt with only the marks that spell a query term, trimmed to the sentences holding them. */
export function cleanExcerpt(html: string, terms: readonly string[]): string {
  const list = tokens(html);
  const kept = keptMarks(list, terms);
  if (kept.size === 0) return list.map((t) => t.text).join('');
  const first = Math.min(...kept);
  const last = Math.max(...kept);
  const text = (from: number, to: number) => list.slice(from, to).map((t) => t.text).join('');
  const middle = list
    .slice(first, last + 1)
    .map((token, i) => (token.marked && kept.has(first + i) ? `<mark>${token.text}</mark>` : token.text))
    .join('');
  return `${afterLastEnd(text(0, first))}${middle}${throughFirstEnd(text(last + 1, list.length))}`;
}
