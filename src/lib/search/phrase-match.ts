/**
 * Exact matching of what a reader typed. Pagefind's segmenter splits words its dictionary does not
 * know (可灵 → 可 + 灵) and codes at their punctuation (0700.HK → 0700 + hk), and it matches every
 * piece by prefix (可 finds 可能, wind finds windows). So each term of a query is verified:
 *   - a term without punctuation inside is searched as Pagefind's exact phrase (`"可灵"`, `"SK"`):
 *     its pieces side by side, each a whole word; the pages it returns are those holding the term
 *     (but only its first occurrence on each, so positions come from the term's plain search);
 *   - a code (0700.HK, GPT-5.5, o1-mini) finds nothing as an exact phrase, since its punctuation
 *     takes a position of its own between the pieces: each piece is searched exactly (`"gpt"`,
 *     `"55"`) and a page holds the code where, in its plain search, the pieces follow one another
 *     at most CODE_GAP apart;
 *   - a Latin word or code found on few pages (at most TEXT_CHECK_PAGES, the pages a first screen of
 *     results loads anyway) is checked against those pages' text, since the index also holds the
 *     parts of compound words (tech in TechRadar) and the pieces of a code chain by prefix (55 in 550).
 * A result must hold every term; results are ordered by the sum of their terms' exact scores
 * (Pagefind's relevance for the exact words, headings and title weighted), Pagefind's order among equals.
 * Cost: an exact search per term (per piece for a code) and a plain one per term of a query of
 * several (the index chunks are those the query itself loads); a split word's pieces are counted
 * without loading a page (pagefindWords in pagefind-client.ts).
 */
import { HIGHLIGHT_PARAM } from './pagefind-client.ts';

/** The longest run of consecutive word positions: 3 when a page holds 游戏 版 号 side by side. */
export function longestRun(locations: readonly number[]): number {
  const positions = new Set(locations);
  let best = 0;
  for (const start of positions) {
    if (positions.has(start - 1)) continue;
    let length = 1;
    while (positions.has(start + length)) length += 1;
    best = Math.max(best, length);
  }
  return best;
}

/** Results in phrase order: longest adjacent run first, Pagefind's relevance order among equals (a guess before verification). */
export function rankByPhrase<T extends { words: readonly number[] }>(results: readonly T[]): T[] {
  return results
    .map((result, rank) => ({ result, rank, run: longestRun(result.words) }))
    .sort((a, b) => b.run - a.run || a.rank - b.rank)
    .map(({ result }) => result);
}

/** Punctuation as Pagefind's query parser drops it (pagefind.js, search). */
export const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/u;

/** How far apart the pieces of a code may sit: one position for the punctuation between them. */
export const CODE_GAP = 2;

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The pieces Pagefind makes of a term: its words, punctuation dropped, lower case (GPT-5.5 → gpt, 55). */
export function termPieces(term: string): string[] {
  return [...wordSegmenter.segment(term)]
    .map(({ segment }) => [...segment].filter((c) => !PUNCTUATION.test(c)).join('').toLowerCase())
    .filter((piece) => piece.trim().length > 0);
}

/** Whether a term is a code whose punctuation splits it (0700.HK, GPT-5.5), not a word Pagefind can match exactly. */
export function isCode(term: string): boolean {
  return PUNCTUATION.test(term.replace(new RegExp(`^${PUNCTUATION.source}+|${PUNCTUATION.source}+$`, 'gu'), '')) && termPieces(term).length > 1;
}

/** How many pieces the index split a term into: the highlight words Pagefind puts on a result's link. */
export function piecesOf(resultUrl: string): number {
  return new URL(resultUrl, 'https://pagefind.invalid').searchParams.getAll(HIGHLIGHT_PARAM).length;
}

const LATIN = /[A-Za-z0-9]/;

/**
 * Whether `text` holds `term` as a reader reads it: case aside, and a term that starts or ends with
 * a Latin letter or digit starts or ends a word there (Tech is not in TechRadar, GPT-5.5 not in
 * ChatGPT-5.51), while a Chinese term is found inside a longer run.
 */
export function holdsAsWord(text: string, term: string): boolean {
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  const checkStart = LATIN.test(needle[0] ?? '');
  const checkEnd = LATIN.test(needle.at(-1) ?? '');
  for (let at = lower.indexOf(needle); at !== -1 && needle; at = lower.indexOf(needle, at + 1)) {
    if (checkStart && LATIN.test(lower[at - 1] ?? '')) continue;
    if (checkEnd && LATIN.test(lower[at + needle.length] ?? '')) continue;
    return true;
  }
  return false;
}

/** Whether the index may match a term inside a longer word (TechRadar holds the compound part tech): one with a Latin end. */
export function needsTextCheck(term: string): boolean {
  return LATIN.test(term[0] ?? '') || LATIN.test(term.at(-1) ?? '');
}

/** The query Pagefind runs as an exact phrase for a term: its pieces, since a quoted dotted word (`"Trae.cn"`) finds nothing where `"traecn"` finds it. */
export function exactQuery(term: string): string {
  return `"${termPieces(term).join(' ')}"`;
}

/**
 * How many times `locations` hold a chain of `pieces` positions, each at most `gap` after the one
 * before: with gap 1, runs of adjacent words (each run counted once however long).
 */
export function chains(locations: readonly number[], pieces: number, gap = 1): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let found = 0;
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    length = i > 0 && sorted[i]! - sorted[i - 1]! <= gap ? length + 1 : 1;
    if (length === pieces) found += 1;
  }
  return found;
}

/** The pages holding a term, each with its score for the term. */
export type TermPages = ReadonlyMap<string, number>;

/** The results that hold every term, best summed score first (Pagefind's order among equals). */
export function phraseResults<T extends { id: string }>(results: readonly T[], constraints: readonly TermPages[]): T[] {
  return results
    .map((result, rank) => ({ result, rank, score: constraints.reduce((sum, pages) => sum + (pages.get(result.id) ?? NaN), 0) }))
    .filter(({ score }) => !Number.isNaN(score))
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .map(({ result }) => result);
}
