/**
 * Company pages: every company or ticker the digests name (subject, listed companies, price moves,
 * events), merged into one company when the data pairs a name with a ticker or when two names
 * differ only by a Hong Kong share-class suffix (快手 = 快手-W). Each company's slug depends only on
 * itself: its ticker in readable ASCII (`0700-hk`), else a fingerprint of its name (`c-1a2b3c4d`).
 */
import { createHash } from 'node:crypto';
import { newestFirst } from './digests.ts';
import { timelineOf, type TimelineEntry, type TimelineEvent } from './timeline.ts';

/** The fields of an event companies need (the schema's `Event` satisfies it). */
export interface CompanyEvent extends TimelineEvent {
  companies: readonly string[];
}

/** Minimal shape of a digest for company pages (the content collection entry satisfies it). */
export interface CompanyDigest<E extends CompanyEvent = CompanyEvent> {
  id: string;
  data: {
    title: string;
    broker: string | null;
    date: string | null;
    subject: { name: string; ticker: string | null } | null;
    /** Companies the report names in its tables, movers and subject (older digests may lack it). */
    companies?: readonly { name: string; ticker: string | null }[];
    movers: readonly { name: string; change: number; section: string | null }[];
    events: readonly E[];
  };
}

/** One price move of the company reported in a digest. */
export interface CompanyMove<D> {
  digest: D;
  /** The name as printed (阿里巴巴-W). */
  name: string;
  /** Percent change. */
  change: number;
  /** Id of the digest section that reported it. */
  section: string | null;
}

/** A company with everything that mentions it, newest first. */
export interface Company<D extends CompanyDigest<E>, E extends CompanyEvent = CompanyEvent> {
  slug: string;
  /** Display name: the printed form most digests use. */
  name: string;
  /** Main ticker (the one most digests print), null when none is printed. */
  ticker: string | null;
  /** Every ticker seen for it. */
  tickers: string[];
  /** Every printed form of its name, most used first. */
  names: string[];
  digests: D[];
  events: TimelineEntry<E>[];
  moves: CompanyMove<D>[];
}

const HK_SHARE_CLASS = /\s*-\s*(?:SWR|SW|W|S)$/u;
const INDEX_NAME = /指数$|[板综成]指$|^(?:沪深|中证|上证|深证|国证|科创)\s*\d+$/u;

/** The name compared when merging: NFKC, trimmed, without a Hong Kong share-class suffix. */
export function companyKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').replace(HK_SHARE_CLASS, '');
}

/** A ticker in one spelling: `700.hk` → `0700.HK`, `pdd.o` → `PDD.O`. */
export function normalizeTicker(ticker: string): string {
  const compact = ticker.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  const hk = /^0*(\d+)\.HK$/u.exec(compact);
  return hk ? `${hk[1]!.padStart(4, '0')}.HK` : compact;
}

/** Market indices (上证指数, 创业板指, 沪深300) appear among price moves but are not companies. */
export function isIndexName(name: string): boolean {
  return INDEX_NAME.test(companyKey(name));
}

function fingerprint(value: string): string {
  return `c-${createHash('sha256').update(value).digest('hex').slice(0, 8)}`;
}

/** A company's URL slug, from its own ticker or name only. */
export function companySlug(key: string, ticker: string | null): string {
  if (ticker && /^[A-Z0-9]+(?:\.[A-Z0-9]+)?$/u.test(ticker)) return ticker.toLowerCase().replace('.', '-');
  return fingerprint(ticker ?? key);
}

interface Mention {
  name: string;
  ticker: string | null;
}

/** Every company a digest names, as printed (indices left out). */
function mentionsOf(digest: CompanyDigest): Mention[] {
  const { subject, companies = [], movers, events } = digest.data;
  const all: Mention[] = [
    ...(subject ? [subject] : []),
    ...companies,
    ...movers.map((m) => ({ name: m.name, ticker: null })),
    ...events.flatMap((e) => e.companies.map((name) => ({ name, ticker: null }))),
  ];
  return all
    .map((m) => ({ name: m.name.trim(), ticker: m.ticker ? normalizeTicker(m.ticker) : null }))
    .filter((m) => m.name.length > 0 && !isIndexName(m.name));
}

/** Union-find over name keys (`n:`) and tickers (`t:`). */
class Groups {
  private readonly parent = new Map<string, string>();

  find(node: string): string {
    let root = node;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(node)) this.parent.set(node, node);
    for (let n = node; n !== root; ) {
      const next = this.parent.get(n)!;
      this.parent.set(n, root);
      n = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function bump(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** Most frequent first; ties: the shorter, then by name. */
function byFrequency(counts: Map<string, number>): string[] {
  return [...counts].sort(([a, x], [b, y]) => y - x || a.length - b.length || a.localeCompare(b, 'zh-CN')).map(([v]) => v);
}

interface Draft<D> {
  keys: Set<string>;
  names: Map<string, number>;
  tickers: Map<string, number>;
  digests: Set<D>;
}

/** Groups the mentions into companies; returns each name key's draft company. */
function draftCompanies<D extends CompanyDigest>(digests: readonly D[]): Map<string, Draft<D>> {
  const mentions = digests.map((digest) => ({ digest, list: mentionsOf(digest) }));
  const groups = new Groups();
  for (const m of mentions.flatMap((x) => x.list)) {
    groups.find(`n:${companyKey(m.name)}`);
    if (m.ticker) groups.union(`n:${companyKey(m.name)}`, `t:${m.ticker}`);
  }
  const byRoot = new Map<string, Draft<D>>();
  const byKey = new Map<string, Draft<D>>();
  for (const { digest, list } of mentions) {
    const seen = new Set<string>();
    for (const m of list) {
      const key = companyKey(m.name);
      const root = groups.find(`n:${key}`);
      const draft = byRoot.get(root) ?? { keys: new Set(), names: new Map(), tickers: new Map(), digests: new Set() };
      byRoot.set(root, draft);
      byKey.set(key, draft);
      draft.keys.add(key);
      // Each form counts once per digest, so one digest repeating a name does not outvote the others.
      if (!seen.has(`n:${m.name}`)) bump(draft.names, m.name);
      if (m.ticker && !seen.has(`t:${m.ticker}`)) bump(draft.tickers, m.ticker);
      seen.add(`n:${m.name}`).add(`t:${m.ticker}`);
      draft.digests.add(digest);
    }
  }
  return byKey;
}

/** Every company the digests name, most-mentioned first, each with its digests, events and price moves. */
export function companiesOf<E extends CompanyEvent, D extends CompanyDigest<E>>(digests: readonly D[]): Company<D, E>[] {
  const byKey = draftCompanies(digests);
  const companies = new Map<Draft<D>, Company<D, E>>();
  for (const draft of new Set(byKey.values())) {
    const tickers = byFrequency(draft.tickers);
    const names = byFrequency(draft.names);
    const ticker = tickers[0] ?? null;
    const keys = [...draft.keys].sort();
    const slug = companySlug(keys[0]!, ticker);
    companies.set(draft, { slug, name: names[0]!, ticker, tickers, names, digests: newestFirst([...draft.digests]), events: [], moves: [] });
  }
  const companyOf = (name: string): Company<D, E> | undefined => {
    const draft = isIndexName(name) ? undefined : byKey.get(companyKey(name));
    return draft && companies.get(draft);
  };
  for (const entry of timelineOf<E>(digests)) {
    const named = new Set(entry.event.companies.map(companyOf).filter((c): c is Company<D, E> => c !== undefined));
    for (const company of named) company.events.push(entry);
  }
  for (const digest of newestFirst(digests)) {
    for (const { name, change, section } of digest.data.movers) companyOf(name)?.moves.push({ digest, name, change, section });
  }
  return [...companies.values()].sort(
    (a, b) => b.digests.length - a.digests.length || b.events.length - a.events.length || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/** Site-relative path of a company page (pass it through `withBase`). */
export function companyPath(slug: string): string {
  return `/companies/${slug}/`;
}

/** A company as a digest page links it: display name, main ticker, page slug. */
export interface CompanyLink {
  slug: string;
  name: string;
  ticker: string | null;
}

/**
 * For each digest id, the companies it names, in the order the report first names them (its subject
 * first). The order is the report's own, not the archive's: ordered by coverage across the archive,
 * one new report reordered the list on hundreds of pages (230 of 10,000), and every search batch
 * holding one of them was indexed again.
 */
export function companiesByDigest<D extends CompanyDigest>(companies: readonly Company<D>[]): Map<string, CompanyLink[]> {
  const firstMention = new Map<D, Map<string, number>>();
  const positionIn = (digest: D): Map<string, number> => {
    let positions = firstMention.get(digest);
    if (!positions) {
      positions = new Map();
      for (const [index, { name }] of mentionsOf(digest).entries()) if (!positions.has(companyKey(name))) positions.set(companyKey(name), index);
      firstMention.set(digest, positions);
    }
    return positions;
  };
  const byDigest = new Map<string, { link: CompanyLink; at: number }[]>();
  for (const { slug, name, ticker, names, digests } of companies) {
    const keys = names.map(companyKey);
    for (const digest of digests) {
      const positions = positionIn(digest);
      const at = Math.min(...keys.map((key) => positions.get(key) ?? Number.POSITIVE_INFINITY));
      const links = byDigest.get(digest.id) ?? [];
      links.push({ link: { slug, name, ticker }, at });
      byDigest.set(digest.id, links);
    }
  }
  return new Map([...byDigest].map(([id, links]) => [id, links.sort((a, b) => a.at - b.at).map(({ link }) => link)]));
}
