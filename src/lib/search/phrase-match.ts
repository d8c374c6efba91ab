/**
 * Phrase-aware matching for Chinese queries. Pagefind's segmenter splits words its dictionary does
 * not know (可灵 → 可 + 灵, 版号 → 版 + 号) and then matches and ranks each piece
 * on its own: a page with 可 in one paragraph and 灵 in another matches 可灵, and a long page full of
 * 游戏 outranks the page about 游戏版号. Every result carries the positions of its matched words;
 * where the pieces of a term sit side by side the page holds the term itself. So:
 *   - a result must hold each split term as a phrase: its pieces side by side (how many pieces, the
 *     highlight words on a result link tell);
 *   - results are ordered by their longest run of adjacent matched words, Pagefind's order among equals.
 * Cost: one search per term of a query of several (sub-result-match.ts) and one page's data per split
 * term (usually a page the results show anyway); positions come with the search response.
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

/** Results in phrase order: longest adjacent run first, Pagefind's relevance order among equals. */
export function rankByPhrase<T extends { words: readonly number[] }>(results: readonly T[]): T[] {
  return results
    .map((result, rank) => ({ result, rank, run: longestRun(result.words) }))
    .sort((a, b) => b.run - a.run || a.rank - b.rank)
    .map(({ result }) => result);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * The terms of a query the index may split: two or more Chinese characters. (Codes such as 0700.HK
 * are split too, but Pagefind indexes their parts at one position, so they need no phrase check.)
 */
export function splittableTerms(query: string): string[] {
  return query.split(/\s+/).filter((term) => (term.match(CJK)?.length ?? 0) >= 2);
}

/** How many pieces the index split a term into: the highlight words Pagefind puts on a result's link. */
export function piecesOf(resultUrl: string): number {
  return new URL(resultUrl, 'https://pagefind.invalid').searchParams.getAll(HIGHLIGHT_PARAM).length;
}

/**
 * The pages holding a term as a phrase, from the results of searching the term alone: those whose
 * matched words run side by side at least as long as the term has pieces. Null when the term is one
 * piece to the index (it constrains nothing).
 */
export function phrasePages(termResults: readonly { id: string; words: readonly number[] }[], pieces: number): Set<string> | null {
  if (pieces < 2) return null;
  return new Set(termResults.filter((r) => longestRun(r.words) >= pieces).map((r) => r.id));
}

/** The results that hold every constrained term as a phrase, in phrase order. */
export function phraseResults<T extends { id: string; words: readonly number[] }>(results: readonly T[], constraints: readonly Set<string>[]): T[] {
  return rankByPhrase(results.filter((r) => constraints.every((pages) => pages.has(r.id))));
}
