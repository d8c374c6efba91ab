/**
 * How well one search answered its query, judged against the archive's own text: a digest is
 * relevant when its indexed text holds every term (case aside, Latin terms as whole words: countIn); a listed section or event is right
 * when its own text does; the best one holds the terms most often.
 */
import { countIn, holds, type DigestText } from './digest-text.ts';
import type { Query } from './queries.ts';

/** What the search page showed for a query. */
export interface ShownSearch {
  /** The count the page reported. */
  total: number;
  /** The first page of results, in order: each digest's slug and the anchors listed under it. */
  results: { slug: string; subAnchors: string[] }[];
}

export interface QueryScore {
  relevant: number;
  /** Share of the first 10 shown that are relevant (null when none was shown). */
  precision: number | null;
  /** Share of the relevant the first 10 found, out of min(10, relevant) (null when none is relevant). */
  recall: number | null;
  /** Whether the reported count is the number of relevant digests. */
  countExact: boolean;
  /** The count the page reported. */
  shownTotal: number;
  /** Whether the first result is relevant (null when nothing is relevant). */
  top1: boolean | null;
  /** Listed sub-results and how many of them hold every term. */
  subListed: number;
  subHolding: number;
  /** Results with sub-results, and how many list a part holding the terms most often first. */
  subLists: number;
  subBestFirst: number;
  /** Whether no relevant result mentioning the query only in its body comes before one whose head (title, subject, key points) holds it. */
  headFirst: boolean | null;
  /** Of the first 10 shown, the slugs that are not relevant; and the relevant ones the first 10 should have held but did not. */
  wrong: string[];
  missed: string[];
}

/** How many times `text` holds each term, summed; 0 when it lacks one. */
export function occurrences(text: string, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const count = countIn(text, term);
    if (count === 0) return 0;
    total += count;
  }
  return total;
}

/** The slugs of the digests holding every term of the query. */
export function relevantDigests(digests: ReadonlyMap<string, DigestText>, query: Query): Set<string> {
  return new Set([...digests].filter(([, d]) => query.terms.every((t) => holds(d.text, t))).map(([slug]) => slug));
}

function subResultScores(shown: ShownSearch, digests: ReadonlyMap<string, DigestText>, terms: readonly string[]) {
  let subListed = 0, subHolding = 0, subLists = 0, subBestFirst = 0;
  for (const result of shown.results) {
    const parts = digests.get(result.slug)?.parts;
    if (!parts || result.subAnchors.length === 0) continue;
    const counts = result.subAnchors.map((id) => occurrences(parts.get(id) ?? '', terms));
    subListed += counts.length;
    subHolding += counts.filter((c) => c > 0).length;
    subLists += 1;
    const best = Math.max(...[...parts].filter(([id]) => id !== '').map(([, text]) => occurrences(text, terms)));
    if (counts[0]! > 0 && counts[0]! >= best) subBestFirst += 1;
  }
  return { subListed, subHolding, subLists, subBestFirst };
}

function headFirst(shown: ShownSearch, digests: ReadonlyMap<string, DigestText>, relevant: Set<string>, terms: readonly string[]): boolean | null {
  const inHead = shown.results
    .filter((r) => relevant.has(r.slug))
    .map((r) => terms.every((t) => holds(digests.get(r.slug)!.head, t)));
  if (!inHead.includes(true) || !inHead.includes(false)) return null;
  return inHead.lastIndexOf(true) < inHead.indexOf(false);
}

/** Scores one search. */
export function scoreSearch(query: Query, shown: ShownSearch, digests: ReadonlyMap<string, DigestText>): QueryScore {
  const relevant = relevantDigests(digests, query);
  const first10 = shown.results.slice(0, 10);
  const hits = first10.filter((r) => relevant.has(r.slug)).length;
  const listed = new Set(first10.map((r) => r.slug));
  return {
    relevant: relevant.size,
    precision: first10.length === 0 ? null : hits / first10.length,
    recall: relevant.size === 0 ? null : hits / Math.min(10, relevant.size),
    countExact: shown.total === relevant.size,
    shownTotal: shown.total,
    top1: relevant.size === 0 ? null : relevant.has(first10[0]?.slug ?? ''),
    ...subResultScores({ ...shown, results: first10 }, digests, query.terms),
    headFirst: headFirst({ ...shown, results: first10 }, digests, relevant, query.terms),
    wrong: first10.filter((r) => !relevant.has(r.slug)).map((r) => r.slug),
    missed: hits < Math.min(10, relevant.size) ? [...relevant].filter((slug) => !listed.has(slug)) : [],
  };
}
