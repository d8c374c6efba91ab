/**
 * Which broker published a report: a vote over all the evidence the text holds.
 *
 *   analysts' e-mail domains ............ 3 points each
 *   SAC licence prefixes ................ 3 points each
 *   company name (…证券股份有限公司) ..... 2 points each (disclaimers)
 *   research institute (…证券研究所) ..... 1 point each
 *
 * Each kind counts at most a few times per broker, so a long run of chart source lines cannot
 * outvote the signatures. A source line that cites another firm's data names that firm first
 * and the compiling institute last (资料来源：中信证券研究部，国金证券研究所), so only the
 * last institute of a source line votes.
 */
import { BROKERS, lookupBroker, namesOf } from './brokers.ts';
import type { Broker } from './brokers.ts';
import { isSourceLine } from './lines.ts';

/** The broker found, and a warning when none or no clear winner was found. */
export interface BrokerResult {
  broker: string | null;
  warnings: string[];
}

type EvidenceKind = 'email' | 'licence' | 'company' | 'institute';

const WEIGHT: Record<EvidenceKind, number> = { email: 3, licence: 3, company: 2, institute: 1 };
const MAX_COUNTED: Record<EvidenceKind, number> = { email: 3, licence: 3, company: 3, institute: 5 };

// Starts only at a token boundary, local part bounded: an unbounded run without `@` made the scan quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const LICENCE = /(?<![A-Za-z0-9])S(\d{4})\d{9}(?!\d)/g;

/** Every broker name, longest first so that 中信建投证券 wins over 中信证券. */
const NAME_ALTERNATION = BROKERS.flatMap(namesOf)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FIRM_MENTION = new RegExp(
  `(${NAME_ALTERNATION})(?:证券)?(?:(股份有限公司|有限责任公司)|(?:经济|证券)?(?:研究所|研究院|研究发展部|研究部|研究中心))`,
  'g',
);

function brokerByEmailDomain(domain: string): Broker | undefined {
  const lower = domain.toLowerCase();
  return BROKERS.find((entry) => entry.emailDomains.some((d) => lower === d || lower.endsWith(`.${d}`)));
}

function brokerByLicencePrefix(prefix: string): Broker | undefined {
  return BROKERS.find((entry) => entry.licencePrefixes.includes(prefix));
}

/** Counts of evidence per broker and kind. */
class Tally {
  readonly counts = new Map<string, Record<EvidenceKind, number>>();

  add(entry: Broker | null | undefined, kind: EvidenceKind): void {
    if (!entry) return;
    const counts = this.counts.get(entry.name) ?? { email: 0, licence: 0, company: 0, institute: 0 };
    counts[kind] += 1;
    this.counts.set(entry.name, counts);
  }

  /** Brokers with their capped, weighted scores, best first. */
  ranking(): Array<{ name: string; score: number }> {
    const kinds = Object.keys(WEIGHT) as EvidenceKind[];
    return [...this.counts]
      .map(([name, counts]) => ({
        name,
        score: kinds.reduce((sum, kind) => sum + WEIGHT[kind] * Math.min(counts[kind], MAX_COUNTED[kind]), 0),
      }))
      .sort((a, b) => b.score - a.score);
  }
}

/** Firm names in one line: company names always, institutes only the compiler of a source line. */
function tallyFirmMentions(line: string, tally: Tally): void {
  // Every mention ends in 有限…公司 or 研究…: most lines have neither, and the name alternation is slow.
  if (!line.includes('研究') && !line.includes('有限')) return;
  const institutes: Broker[] = [];
  for (const match of line.matchAll(FIRM_MENTION)) {
    const entry = lookupBroker(match[1] ?? '');
    if (!entry) continue;
    if (match[2]) tally.add(entry, 'company');
    else institutes.push(entry);
  }
  const counted = isSourceLine(line) ? institutes.slice(-1) : institutes;
  for (const entry of counted) tally.add(entry, 'institute');
}

/** The broker that published the report, by a vote over e-mails, licences and firm names. */
export function recogniseBroker(lines: readonly string[]): BrokerResult {
  const tally = new Tally();
  for (const line of lines) {
    // Cheap tests first: an e-mail needs an `@`, a licence an `S`.
    if (line.includes('@')) for (const match of line.matchAll(EMAIL)) tally.add(brokerByEmailDomain(match[1] ?? ''), 'email');
    if (line.includes('S')) for (const match of line.matchAll(LICENCE)) tally.add(brokerByLicencePrefix(`S${match[1] ?? ''}`), 'licence');
    tallyFirmMentions(line, tally);
  }
  const [best, second] = tally.ranking();
  if (!best) return { broker: null, warnings: ['未识别出券商（broker）'] };
  if (second && second.score === best.score) {
    return { broker: null, warnings: [`券商（broker）证据不一致：${best.name}与${second.name}得分相同`] };
  }
  return { broker: best.name, warnings: [] };
}
