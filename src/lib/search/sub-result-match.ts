/**
 * Which sections and events under a result hold what was searched, best first. Pagefind lists
 * every part of a page where any piece of any term matched (searching 可灵 lists a section for its
 * 可疑 and another for its 可能), and orders them by a score that adds pieces up. A part holds a
 * term when the term's pieces run side by side inside it (a code's: chain, phrase-match.ts) for as
 * many positions as the term has pieces; it is listed only when it holds every term, ranked by how
 * often it holds them.
 */
import { pagefindWords, type PagefindResult, type PagefindSubResult } from './pagefind-client.ts';
import { chains, CODE_GAP, exactQuery, holdsAsWord, isCode, needsTextCheck, PUNCTUATION, termPieces, type TermPages } from './phrase-match.ts';

/** One term of a query: where it matched on each page, as a chain of how many pieces how far apart. */
export interface TermMatch {
  term: string;
  /** Pieces of the term to the index (可灵 → 可 + 灵: 2), side by side or, for a code, chained. */
  pieces: number;
  /** Largest step between the pieces of a chain. */
  gap: number;
  /** Page id → the positions of the term's pieces on that page. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** The pages holding the term, with Pagefind's score for it. */
  pages: TermPages;
  /** The term's Latin pieces (ai, gpt, 55): a position matched by a longer word (OpenAI, 550) does not count in a part. */
  latin: string[];
}

type TermSearch = (query: string) => Promise<{ results: PagefindResult[] }>;

/** Each page holding every response: its positions united and its scores summed. */
function intersect(responses: readonly { results: PagefindResult[] }[]): Map<string, { words: number[]; score: number }> {
  const pages = new Map<string, { words: number[]; score: number; seen: number }>();
  for (const response of responses) {
    for (const r of response.results) {
      const page = pages.get(r.id) ?? { words: [], score: 0, seen: 0 };
      page.words.push(...r.words);
      page.score += r.score;
      page.seen += 1;
      pages.set(r.id, page);
    }
  }
  return new Map([...pages].filter(([, p]) => p.seen === responses.length));
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * How many pieces the index split a word into (Chinese words only; others stay whole): the words
 * Pagefind searches for it, which are the highlight words on a result's link, known without loading
 * a result's fragment (issue #13).
 */
function wordPieces(term: string, plain: { results: PagefindResult[] }): number {
  if (plain.results.length === 0 || (term.match(CJK)?.length ?? 0) < 2) return 1;
  return Math.max(1, pagefindWords(term).length);
}

/** At most this many pages are checked against their text: a first screen of results, loaded anyway. */
export const TEXT_CHECK_PAGES = 10;

/** The pages whose text holds a Latin word or code as a word, when they are few (needsTextCheck). */
async function checkedByText(term: string, results: PagefindResult[]): Promise<PagefindResult[]> {
  if (!needsTextCheck(term) || results.length > TEXT_CHECK_PAGES) return results;
  const texts = await Promise.all(results.map(async (r) => ((await r.data()) as { content?: string }).content ?? ''));
  return results.filter((_, i) => holdsAsWord(texts[i]!, term));
}

/**
 * One term: the pages holding it from its exact search (a code's pieces each exactly, pages with
 * all of them), and its positions on each from its plain search, since an exact search gives only
 * its first occurrence per page. A code's pieces must also chain in those positions.
 */
async function termMatch(term: string, search: TermSearch, whole: { results: PagefindResult[] } | undefined): Promise<TermMatch> {
  const code = isCode(term);
  const parts = code ? termPieces(term) : [term];
  const [plain, joined, ...exact] = await Promise.all([
    whole ?? search(term),
    // A dotted name (Trae.cn) may be one word to the index, its pieces compound parts at one position.
    code ? search(`"${parts.join('')}"`) : null,
    ...parts.map((part) => search(exactQuery(part))),
  ]);
  const members = intersect(exact);
  const asOneWord = new Map((joined?.results ?? []).map((r) => [r.id, r.score]));
  const pieces = code ? parts.length : wordPieces(term, plain!);
  const gap = code ? CODE_GAP : 1;
  const chained = plain!.results.filter((r) => asOneWord.has(r.id) || (members.has(r.id) && (!code || chains(r.words, pieces, gap) > 0)));
  const held = await checkedByText(term, chained);
  const latin = termPieces(term).filter((piece) => LATIN_PIECE.test(piece));
  const score = (id: string) => members.get(id)?.score ?? asOneWord.get(id)!;
  return { term, pieces, gap, latin, positions: new Map(held.map((r) => [r.id, r.words])), pages: new Map(held.map((r) => [r.id, score(r.id)])) };
}

/** Every term of the query with the pages holding it; a one-term query's plain search is the query's own (`whole`). */
export async function termMatches(search: TermSearch, query: string, whole?: { results: PagefindResult[] }): Promise<TermMatch[]> {
  const terms = query.trim().split(/\s+/).filter(Boolean);
  return Promise.all(terms.map((term) => termMatch(term, search, terms.length === 1 ? whole : undefined)));
}

const LATIN_PIECE = /[a-z0-9]/;

/** A page's words by position, as Pagefind's excerpts read them: its content split at zero-width spaces (null for text not so split). */
export function pageWords(data: object): string[] | null {
  const raw = (data as { raw_content?: string }).raw_content;
  return raw?.includes('\u200B') ? raw.split('\u200B') : null;
}

const normalWord = (word: string) => [...word.toLowerCase()].filter((c) => !PUNCTUATION.test(c) && c.trim()).join('');

/** How many times a code's pieces stand in order at `positions`, each at most `gap` after the one before (PE-TTM, not PE … PE). */
export function orderedChains(positions: readonly number[], pieces: readonly string[], gap: number, words: readonly string[]): number {
  const at = new Set(positions);
  let found = 0;
  for (const start of at) {
    if (normalWord(words[start] ?? '') !== pieces[0]) continue;
    let last = start;
    for (let k = 1; k < pieces.length && last !== -1; k++) {
      let next = -1;
      for (let q = last + 1; q <= last + gap && next === -1; q++) if (at.has(q) && normalWord(words[q] ?? '') === pieces[k]) next = q;
      last = next;
    }
    if (last !== -1) found += 1;
  }
  return found;
}

/** Whether the word at a matched position is one of the term's Latin pieces itself, not a longer word holding one (OpenAI for ai). */
function wordFits(word: string | undefined, latin: readonly string[]): boolean {
  if (word === undefined || latin.length === 0) return true;
  const normal = normalWord(word);
  return !LATIN_PIECE.test(normal) || latin.includes(normal);
}

type ScoredSub = PagefindSubResult & { weighted_locations?: { balanced_score: number }[] };

/** How often a part holds every term (0 when it misses one). */
function timesHeld(sub: PagefindSubResult, pageId: string, matches: readonly TermMatch[], words: readonly string[] | null): number {
  const inPart = new Set(sub.locations ?? []);
  let total = 0;
  for (const match of matches) {
    const own = (match.positions.get(pageId) ?? []).filter((p) => inPart.has(p) && wordFits(words?.[p], match.latin));
    const ordered = words && match.pieces > 1 && match.latin.length === match.pieces;
    const runs = ordered ? orderedChains(own, match.latin, match.gap, words) : chains(own, match.pieces, match.gap);
    if (runs === 0) return 0;
    total += runs;
  }
  return total;
}

const pagefindScore = (sub: ScoredSub) => sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? 0;

/**
 * The anchored parts of page `pageId` holding every term, most often held first (Pagefind's score
 * among equals), at most `limit`. `words`, the page's words by position (pageWords), lets a Latin
 * term count only where it stands as a word of its own.
 */
export function matchingSubResults(
  subs: readonly PagefindSubResult[], pageId: string, matches: readonly TermMatch[], limit: number, words: readonly string[] | null = null,
): PagefindSubResult[] {
  return subs
    .filter((sub) => sub.anchor)
    .map((sub, order) => ({ sub, order, held: timesHeld(sub, pageId, matches, words) }))
    .filter(({ held }) => held > 0)
    .sort((a, b) => b.held - a.held || pagefindScore(b.sub) - pagefindScore(a.sub) || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => sub);
}

/** The pages holding each term, with their scores: a result must be in every one. */
export function pageConstraints(matches: readonly TermMatch[]): TermPages[] {
  return matches.map((m) => m.pages);
}
