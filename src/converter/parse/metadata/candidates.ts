/**
 * What every field finder returns: candidates, each with a score and the evidence it was read
 * from, best first. The metadata stage takes the best one; a field with no candidate is null and
 * becomes a warning. Keeping the evidence makes every decision explainable in tests and warnings.
 */

/** One reading of a field. */
export interface Candidate<T> {
  /** The value as the report model stores it. */
  value: T;
  /** How sure the finder is; each finder documents its own scale. Higher wins. */
  score: number;
  /** The snippet of report text the value was read from. */
  evidence: string;
}

/** Candidates best first; among equal scores the one found first stays first. */
export function ranked<T>(candidates: readonly Candidate<T>[]): Candidate<T>[] {
  return candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .map(({ candidate }) => candidate);
}

/** The best candidate, or null when there is none. */
export function best<T>(candidates: readonly Candidate<T>[]): Candidate<T> | null {
  return ranked(candidates)[0] ?? null;
}
