/**
 * The broker registry and finder: which firm published a report, named as it was then.
 * `registry.ts` holds the lookups, `firms/` the data, `finder.ts` the vote over the evidence.
 */
import { best } from '../candidates.ts';
import type { Candidate } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { brokerCandidates } from './finder.ts';

export { brokerCandidates } from './finder.ts';
export { BROKERS, brokerCode, erasOf, FIRMS, lookupBroker, nameOn, namesOf } from './registry.ts';
export type { Broker, Era, Firm, FormerName } from './registry.ts';

/** The broker found, its candidates, and a warning when none or no clear winner was found. */
export interface BrokerResult {
  broker: string | null;
  candidates: Candidate<string>[];
  warnings: string[];
}

export const NO_BROKER_WARNING = '未识别出券商（broker）';

/** The report's broker: the best candidate, unless two share the best score. */
export function findBroker(context: FieldContext, date: string | null): BrokerResult {
  const candidates = brokerCandidates(context, date);
  const [first, second] = candidates;
  if (!first) return { broker: null, candidates, warnings: [NO_BROKER_WARNING] };
  if (second && second.score === first.score) {
    return { broker: null, candidates, warnings: [`券商（broker）证据不一致：${first.value}与${second.value}得分相同`] };
  }
  return { broker: best(candidates)!.value, candidates, warnings: [] };
}
