/**
 * Which sections and events under a result hold what was searched, best first. Pagefind lists
 * every part of a page where any piece of any term matched (searching 可灵 lists a section for its
 * 可疑 and another for its 可能), and orders them by a score that adds pieces up. A part holds a
 * term when the term's own positions on the page (from searching the term alone) run side by side
 * inside the part for as many positions as the term has pieces; it is listed only when it holds
 * every term, ranked by how often it holds them.
 */
import { type PagefindResult, type PagefindSubResult } from './pagefind-client.ts';
import { phrasePages, piecesOf, splittableTerms } from './phrase-match.ts';

/** One term of a query: how many pieces the index makes of it, and where it matched on each page. */
export interface TermMatch {
  term: string;
  pieces: number;
  /** Page id → the positions of the term's pieces on that page. */
  positions: ReadonlyMap<string, readonly number[]>;
}

/** How many times `locations` hold a run of at least `pieces` consecutive positions. */
export function phraseRuns(locations: readonly number[], pieces: number): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let runs = 0;
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    length = i > 0 && sorted[i] === sorted[i - 1]! + 1 ? length + 1 : 1;
    if (length === pieces) runs += 1;
  }
  return runs;
}

async function termMatch(term: string, response: { results: PagefindResult[] }): Promise<TermMatch> {
  const best = response.results[0];
  const splittable = splittableTerms(term).length > 0;
  const pieces = best && splittable ? Math.max(1, piecesOf((await best.data()).url)) : 1;
  return { term, pieces, positions: new Map(response.results.map((r) => [r.id, r.words])) };
}

/** Every term of the query with its positions: the whole query's response for a one-term query, else one search per term. */
export async function termMatches(
  search: (term: string) => Promise<{ results: PagefindResult[] }>,
  query: string,
  whole: { results: PagefindResult[] },
): Promise<TermMatch[]> {
  const terms = query.trim().split(/\s+/).filter(Boolean);
  return Promise.all(terms.map(async (term) => termMatch(term, terms.length === 1 ? whole : await search(term))));
}

type ScoredSub = PagefindSubResult & { weighted_locations?: { balanced_score: number }[] };

/** How often a part holds every term (0 when it misses one). */
function timesHeld(sub: PagefindSubResult, pageId: string, matches: readonly TermMatch[]): number {
  const inPart = new Set(sub.locations ?? []);
  let total = 0;
  for (const match of matches) {
    const runs = phraseRuns((match.positions.get(pageId) ?? []).filter((p) => inPart.has(p)), match.pieces);
    if (runs === 0) return 0;
    total += runs;
  }
  return total;
}

const pagefindScore = (sub: ScoredSub) => sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? 0;

/** The anchored parts of page `pageId` holding every term, most often held first (Pagefind's score among equals), at most `limit`. */
export function matchingSubResults(subs: readonly PagefindSubResult[], pageId: string, matches: readonly TermMatch[], limit: number): PagefindSubResult[] {
  return subs
    .filter((sub) => sub.anchor)
    .map((sub, order) => ({ sub, order, held: timesHeld(sub, pageId, matches) }))
    .filter(({ held }) => held > 0)
    .sort((a, b) => b.held - a.held || pagefindScore(b.sub) - pagefindScore(a.sub) || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => sub);
}

/** The phrase constraint of each split term: the pages holding its pieces side by side. */
export function pageConstraints(matches: readonly TermMatch[]): Set<string>[] {
  return matches
    .map((m) => phrasePages([...m.positions].map(([id, words]) => ({ id, words })), m.pieces))
    .filter((pages): pages is Set<string> => pages !== null);
}
