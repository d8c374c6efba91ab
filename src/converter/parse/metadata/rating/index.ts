/**
 * The report's own investment rating and what changed about it (see `finder.ts` for the forms
 * read). The best candidate gives the value; its action, or else the action of the best other
 * candidate with the same value (the summary's 维持“买入”评级 under a masthead that prints only
 * 买入), or else an action printed apart (评级变动 维持). A previous rating (上次评级：看好) is
 * never read as 维持: that would be inferring.
 */
import type { Rating } from '../../../../schema/report.ts';
import { ranked, type Candidate } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { frontRegion } from '../front-region.ts';
import { ratingCandidates, separateAction, type RatingReading } from './finder.ts';
import { ACTION, VALUE } from './vocabulary.ts';

export { RATING_ACTIONS, RATING_VALUES } from './vocabulary.ts';

const STANDALONE = new RegExp(
  String.raw`^(?:[A-Za-z]+\s+)?${VALUE}(?:\s*[（(]\s*${ACTION}\s*[）)]|\s*[·•|/]?\s*${ACTION})?\s*(?:评级|評級)?$`,
);

/** The rating, its candidates (best first), and a warning when there is none. */
export function findRating(context: FieldContext): { rating: Rating | null; candidates: Candidate<RatingReading>[]; warnings: string[] } {
  const region = frontRegion(context);
  const candidates = ranked(ratingCandidates(region));
  const first = candidates[0];
  if (!first) return { rating: null, candidates, warnings: ['未找到投资评级（rating）'] };
  const { value } = first.value;
  const sameValue = candidates.find((c) => c.value.value === value && c.value.action !== null && c.value.kind !== 'previous');
  const action = first.value.action ?? sameValue?.value.action ?? separateAction(region);
  return { rating: { value, action }, candidates, warnings: [] };
}

/** A line that is nothing but a rating (买入（维持评级）, 优于大市 · 维持, Buy 买进). */
export function isRatingLine(line: string): boolean {
  return STANDALONE.test(line.trim());
}
