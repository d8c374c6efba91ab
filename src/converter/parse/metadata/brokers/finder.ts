/**
 * Which broker published a report: a weighted vote over every kind of evidence in the text, in
 * any layout, then the firm's name as it was when the report was published.
 *
 *   kind       weight  counted at most   example
 *   licence       4       3 (distinct)    执业证书编号：S1130518080002 → S1130 国金证券
 *   self          4       3               本报告由川财证券有限责任公司编制；版权归国海证券所有; prepared by …
 *   email         3       3               zhujun1@gjzq.com.cn
 *   masthead      3       2               东兴证券股份有限公司证券研究报告 (first page)
 *   web           2       2               www.huajinsc.cn
 *   english       2       3               This publication is prepared by Phillip Securities (Hong Kong) Ltd
 *   compiler      1.5     4               资料来源：Wind，国海证券研究所
 *   institute     1       2               华创证券研究所 (elsewhere)
 *   company       1       3               信达证券股份有限公司 (elsewhere)
 *
 * The caps keep a long run of one kind (forty chart sources citing another firm) from outvoting
 * the signatures. Evidence for other firms is set aside by `roles.ts` (cited sources, former
 * employers, watermarks naming a buyer). A firm needs MIN_SCORE: one strong signal or a few weak.
 */
import { ranked } from '../candidates.ts';
import type { Candidate } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { mayNameFirm, mentionsIn } from './mentions.ts';
import { lookupBroker, nameOn } from './registry.ts';
import type { Firm } from './registry.ts';
import { rolesOf } from './roles.ts';
import { domainsIn, englishIn, licencesIn } from './signatures.ts';
import { compactLatin, searchable, simplified } from './text-view.ts';

type Kind = 'licence' | 'self' | 'email' | 'masthead' | 'web' | 'english' | 'compiler' | 'institute' | 'company';

const WEIGHT: Record<Kind, number> = { licence: 4, self: 4, email: 3, masthead: 3, web: 2, english: 2, compiler: 1.5, institute: 1, company: 1 };
const CAP: Record<Kind, number> = { licence: 3, self: 3, email: 3, masthead: 2, web: 2, english: 3, compiler: 4, institute: 2, company: 3 };
const MIN_SCORE = 3;
const KINDS = Object.keys(WEIGHT) as Kind[];

/** Evidence gathered for one firm (or one name outside the registry). */
class Tally {
  readonly counts = new Map<Kind, number>();
  readonly snippets = new Map<Kind, string>();
  /** How often each of the firm's names was printed. */
  readonly printed = new Map<string, number>();
  private readonly licences = new Set<string>();

  add(kind: Kind, snippet: string, licence?: string): void {
    if (licence !== undefined) {
      if (this.licences.has(licence)) return;
      this.licences.add(licence);
    }
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (!this.snippets.has(kind)) this.snippets.set(kind, snippet);
  }

  print(name: string): void {
    this.printed.set(name, (this.printed.get(name) ?? 0) + 1);
  }

  score(): number {
    return KINDS.reduce((sum, kind) => sum + WEIGHT[kind] * Math.min(this.counts.get(kind) ?? 0, CAP[kind]), 0);
  }

  /** The evidence snippets, strongest contribution first. */
  evidence(): string {
    const contribution = (kind: Kind) => WEIGHT[kind] * Math.min(this.counts.get(kind) ?? 0, CAP[kind]);
    return [...this.snippets.keys()].sort((a, b) => contribution(b) - contribution(a)).slice(0, 3).map((kind) => this.snippets.get(kind)).join(' / ');
  }
}

function snippet(line: string, start: number, end: number): string {
  return line.slice(Math.max(0, start - 12), end + 12).replace(/\s+/g, ' ').trim();
}

/** A publisher outside the registry, named by its own disclaimer (本报告由某某证券股份有限公司制作). */
const UNKNOWN_SELF =
  /(?:报告(?:由|版权(?:均)?(?:归|属于))|版权(?:均)?(?:归|属于|为)|此(?:份)?报告由)\s*["“]?([\u4e00-\u9fff]{2,8}?证券)(?:\([^)]{1,6}\))?(?:股份)?有限(?:责任)?公司/g;

/** What a line must hold to carry a licence, an address or an English firm name. */
const LICENCE_SIGN = /[SA]\d{11}/;
const DOMAIN_SIGN = /[@＠]|www\.|https?:|\.(?:com|cn|net|hk|tw|sg)/i;
const ENGLISH_SIGN = /ltd|limited|co\.|corp|inc\b|research|international|est\.|pte|prepared|published|issued|distributed|copyright|©|\(c\)/i;

class Evidence {
  readonly firms = new Map<Firm, Tally>();
  readonly unknown = new Map<string, Tally>();

  tally(firm: Firm): Tally {
    const tally = this.firms.get(firm) ?? new Tally();
    this.firms.set(firm, tally);
    return tally;
  }

  /** Reads one line of the report (simplified characters; `masthead`: in the first page's header or sidebar). */
  read(raw: string, masthead: boolean): void {
    // Cheap tests on the raw line first: most lines hold no firm name and no signature.
    const names = mayNameFirm(raw);
    const licences = LICENCE_SIGN.test(raw);
    const domains = DOMAIN_SIGN.test(raw);
    const english = ENGLISH_SIGN.test(raw);
    if (!names && !licences && !domains && !english) return;
    const line = searchable(raw);
    if (licences) for (const sig of licencesIn(line)) this.tally(sig.firm).add('licence', snippet(line, sig.start, sig.start + sig.text.length), sig.text);
    if (domains) for (const sig of domainsIn(line)) this.tally(sig.firm).add(sig.kind, snippet(line, sig.start, sig.start + sig.text.length));
    if (english) this.readEnglish(compactLatin(line));
    if (names) this.readMentions(line, masthead);
  }

  private readEnglish(compact: string): void {
    for (const sig of englishIn(compact)) {
      const tally = this.tally(sig.firm);
      tally.add(sig.byline ? 'self' : 'english', snippet(compact, sig.start, sig.start + sig.text.length));
      if (sig.era) tally.print(sig.era.name);
    }
  }

  private readMentions(line: string, masthead: boolean): void {
    const mentions = mentionsIn(line);
    const roles = rolesOf(line, mentions, masthead);
    mentions.forEach((mention, i) => {
      const role = roles[i]!;
      if (role === 'ignored') return;
      const tally = this.tally(mention.firm);
      tally.print(mention.era.name);
      if (role !== 'name') tally.add(role, snippet(line, mention.start, mention.end));
    });
    if (!/报告|版权/.test(line)) return;
    for (const match of line.matchAll(UNKNOWN_SELF)) {
      const name = match[1]!;
      if (lookupBroker(name)) continue;
      const tally = this.unknown.get(name) ?? new Tally();
      tally.add('self', snippet(line, match.index, match.index + match[0].length));
      this.unknown.set(name, tally);
    }
  }
}

/**
 * Broker candidates for a report, best first: each firm with enough evidence, under the name it
 * had on `date` (the publication date when known; without it, the name the report prints).
 */
export function brokerCandidates(context: FieldContext, date: string | null): Candidate<string>[] {
  const all = simplified(context.all);
  const masthead = new Set(all === context.all ? context.masthead : simplified(context.masthead, true));
  const evidence = new Evidence();
  for (const line of all) evidence.read(line, masthead.has(line));
  const byName = new Map<string, Candidate<string>>();
  const add = (name: string, tally: Tally) => {
    const score = tally.score();
    if (score < MIN_SCORE) return;
    const known = byName.get(name);
    byName.set(name, known ? { ...known, score: known.score + score } : { value: name, score, evidence: tally.evidence() });
  };
  for (const [firm, tally] of evidence.firms) add(nameOn(firm, date, tally.printed), tally);
  for (const [name, tally] of evidence.unknown) add(name, tally);
  return ranked([...byName.values()]);
}
