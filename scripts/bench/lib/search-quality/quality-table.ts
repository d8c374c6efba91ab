/** Scores of many queries summed up per kind of query, as the table `bench:search-quality` prints. */
import { QUERY_KINDS, type Query } from './queries.ts';
import type { QueryScore } from './scoring.ts';

export interface ScoredQuery {
  query: Query;
  score: QueryScore;
  ms: number;
}

const mean = (values: readonly number[]) => (values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length);
const percent = (value: number) => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)} %`);
const share = (flags: readonly (boolean | null)[]) => {
  const known = flags.filter((f): f is boolean => f !== null);
  return known.length === 0 ? NaN : known.filter(Boolean).length / known.length;
};

/** A query is distinctive when at most this share of the archive's digests holds it. */
export const DISTINCTIVE_SHARE = 0.02;

function row(label: string, scored: readonly ScoredQuery[], digestCount: number): string {
  const scores = scored.map((s) => s.score);
  const found = scores.filter((s) => s.relevant > 0);
  const distinctive = found.filter((s) => s.relevant <= Math.max(1, digestCount * DISTINCTIVE_SHARE));
  const sum = (pick: (s: QueryScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const cells = [
    `${label} (${scored.length})`,
    percent(mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])))),
    percent(mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall])))),
    percent(share(found.map((s) => s.countExact))),
    `${percent(share(distinctive.map((s) => s.top1)))} (${distinctive.length})`,
    percent(sum((s) => s.subHolding) / sum((s) => s.subListed)),
    percent(sum((s) => s.subBestFirst) / sum((s) => s.subLists)),
    percent(share(scores.map((s) => s.headFirst))),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The quality table: one row per kind of query and one for all. */
export function qualityTable(scored: readonly ScoredQuery[], digestCount: number): string {
  const lines = [
    '| queries | precision@10 | recall@10 | count exact | top-1 relevant (distinctive) | sub-results holding the query | best sub-result first | head matches first |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...QUERY_KINDS.map(({ kind, label }) => row(label, scored.filter((s) => s.query.kind === kind), digestCount)),
    row('all', scored, digestCount),
  ];
  return lines.join('\n');
}

/** The median and 95th percentile of later searches, ms. */
export function laterSearchMs(scored: readonly ScoredQuery[]): { median: number; p95: number } {
  const sorted = scored.map((s) => s.ms).sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN };
}

/** The `limit` worst-answered queries, one line each: what was wrong, what was missed, a count off, sub-results that miss the query. */
export function missLines(scored: readonly ScoredQuery[], limit: number): string[] {
  const badness = ({ score: s }: ScoredQuery) =>
    s.wrong.length + Math.min(10, s.missed.length) + (s.subListed - s.subHolding) + (s.top1 === false ? 1 : 0) + (s.countExact ? 0 : 0.5);
  return scored
    .filter((s) => badness(s) > 0)
    .sort((a, b) => badness(b) - badness(a))
    .slice(0, limit)
    .map(({ query, score: s }) => {
      const list = (slugs: readonly string[]) => slugs.slice(0, 3).join(', ') + (slugs.length > 3 ? ` …(${slugs.length})` : '');
      return `- [${query.kind}] ${query.text}: relevant ${s.relevant}, count shown ${s.shownTotal}; wrong ${s.wrong.length} (${list(s.wrong)}); missed ${s.missed.length} (${list(s.missed)}); sub-results holding ${s.subHolding}/${s.subListed}; top-1 ${s.top1}`;
    });
}
